/// How far a typed word is from a dictionary word: a Damerau–Levenshtein distance whose
/// steps cost less when they are the slips writers make most (Mitton's and Kukich's surveys of
/// real misspellings): a doubled or undoubled letter, a vowel for a vowel (`-ant`/`-ent`,
/// `-able`/`-ible`), a neighbouring key, a letter for one that sounds alike (`c`/`s`), and two
/// letters swapped (`ie`/`ei`).
enum SpellingCost {
  /// The cost of each kind of step (a plain insertion, deletion or substitution costs 1).
  enum Step {
    static let doubling = 0.5
    static let vowel = 0.6
    static let transposition = 0.6
    static let adjacentKey = 0.75
    static let soundAlike = 0.7
    /// Added when the first letter differs: writers rarely get it wrong.
    static let firstLetter = 0.4
  }

  /// The QWERTY neighbours of each letter (same row and the rows above and below).
  static let keyboardNeighbours: [UInt8: String] = [
    0x61: "qwsz", 0x62: "vghn", 0x63: "xdfv", 0x64: "serfcx", 0x65: "wsdr", 0x66: "drtgvc",
    0x67: "ftyhbv", 0x68: "gyujnb", 0x69: "ujko", 0x6A: "huikmn", 0x6B: "jiolm", 0x6C: "kop",
    0x6D: "njk", 0x6E: "bhjm", 0x6F: "iklp", 0x70: "ol", 0x71: "wa", 0x72: "edft",
    0x73: "awedxz", 0x74: "rfgy", 0x75: "yhji", 0x76: "cfgb", 0x77: "qase", 0x78: "zsdc",
    0x79: "tghu", 0x7A: "asx",
  ]

  /// Letters that can stand for the same sound in English spelling.
  static let soundAlikePairs: [(Character, Character)] = [
    ("c", "s"), ("c", "k"), ("s", "z"), ("k", "q"), ("c", "q"), ("g", "j"), ("f", "v"),
    ("i", "y"), ("m", "n"), ("d", "t"), ("b", "p"),
  ]

  /// `table[a * 128 + b]`: the cost of typing `a` for `b`, both lower-case ASCII.
  static let substitution: [Double] = {
    var table = [Double](repeating: 1, count: 128 * 128)
    let vowels: [UInt8] = Array("aeiou".utf8)
    for a in vowels { for b in vowels { table[Int(a) * 128 + Int(b)] = Step.vowel } }
    for (letter, neighbours) in keyboardNeighbours {
      for other in neighbours.utf8 {
        let index = Int(letter) * 128 + Int(other)
        table[index] = min(table[index], Step.adjacentKey)
      }
    }
    for (first, second) in soundAlikePairs {
      guard let a = first.asciiValue, let b = second.asciiValue else { continue }
      table[Int(a) * 128 + Int(b)] = min(table[Int(a) * 128 + Int(b)], Step.soundAlike)
      table[Int(b) * 128 + Int(a)] = min(table[Int(b) * 128 + Int(a)], Step.soundAlike)
    }
    for letter in 0..<128 { table[letter * 128 + letter] = 0 }
    return table
  }()

  /// The weighted distance from `typed` to `word` (lower-case ASCII), or a value above
  /// `limit` as soon as every alignment costs more than `limit`.
  static func distance(
    _ typed: UnsafeBufferPointer<UInt8>, _ word: UnsafeBufferPointer<UInt8>, limit: Double,
    rows: inout [Double]
  ) -> Double {
    let n = typed.count
    let m = word.count
    let width = m + 1
    if rows.count < 3 * width { rows = [Double](repeating: 0, count: 3 * width) }
    return substitution.withUnsafeBufferPointer { costs in
      rows.withUnsafeMutableBufferPointer { rows in
        // Three rows: i - 2, i - 1 and i, rotating.
        func base(_ i: Int) -> Int { (i % 3) * width }
        func insertCost(_ j: Int) -> Double {
          // Inserting word[j - 1], the letter the writer left out.
          let letter = word[j - 1]
          let doubled = (j >= 2 && word[j - 2] == letter) || (j < m && word[j] == letter)
          return doubled ? Step.doubling : 1
        }
        rows[0] = 0
        for j in stride(from: 1, through: m, by: 1) { rows[j] = rows[j - 1] + insertCost(j) }
        for i in stride(from: 1, through: n, by: 1) {
          let current = base(i)
          let previous = base(i - 1)
          let letter = typed[i - 1]
          let doubledTyped =
            (i >= 2 && typed[i - 2] == letter) || (i < n && typed[i] == letter)
          let deleteCost = doubledTyped ? Step.doubling : 1
          rows[current] = rows[previous] + deleteCost
          var rowMinimum = rows[current]
          for j in stride(from: 1, through: m, by: 1) {
            let target = word[j - 1]
            var substitute =
              letter == target ? 0 : costs[Int(letter & 0x7F) * 128 + Int(target & 0x7F)]
            if substitute > 0 && i == 1 && j == 1 { substitute += Step.firstLetter }
            var best = rows[previous + j - 1] + substitute
            best = min(best, rows[previous + j] + deleteCost)
            best = min(best, rows[current + j - 1] + insertCost(j))
            if i >= 2 && j >= 2 && letter == word[j - 2] && typed[i - 2] == target
              && letter != target
            {
              best = min(best, rows[base(i - 2) + j - 2] + Step.transposition)
            }
            rows[current + j] = best
            rowMinimum = min(rowMinimum, best)
          }
          if rowMinimum > limit { return limit + 1 }
        }
        return rows[base(n) + m]
      }
    }
  }
}
