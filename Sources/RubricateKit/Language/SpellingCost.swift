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

  /// ``substitution`` in twentieths (every step costs a whole number of them), for
  /// ``exceeds(_:deleteCosts:_:limit:rows:)``.
  static let substitutionTwentieths: [Int32] = substitution.map(twentieths)
  /// The cheapest insertion or deletion (a doubled letter), in twentieths.
  static let cheapestIndel = twentieths(Step.doubling)
  /// The cheapest substitution of one letter for another, in twentieths.
  static let cheapestSubstitution = substitutionTwentieths.filter { $0 > 0 }.min() ?? wholeStep

  /// A whole step (a plain insertion, deletion or substitution), in twentieths:
  /// `twentieths(1)`, the most an insertion or a deletion costs.
  static let wholeStep: Int32 = 20

  /// Whether the letter at `index` of `word` is doubled (the same letter stands beside it):
  /// only such a letter is inserted or deleted for ``Step/doubling``.
  @inline(__always)
  static func isDoubled(_ word: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    let letter = word[index]
    return (index >= 1 && word[index - 1] == letter)
      || (index + 1 < word.count && word[index + 1] == letter)
  }

  /// Whether ``distance(_:_:limit:rows:)`` is certainly above `limit` (given in twentieths,
  /// rounded down): the same recurrence and the same early exit, in whole twentieths. Every
  /// step costs a whole number of twentieths, so an exact total above `limit` is at least a
  /// twentieth above it, far more than `Double` rounding can move the other; a `false` means
  /// only that the exact distance must be computed. `deleteCosts[i]` is the cost of deleting
  /// `typed[i]`, `costs` is ``substitutionTwentieths``, and `rows` holds at least
  /// `4 * (word.count + 1)` values.
  static func exceeds(
    _ typed: UnsafeBufferPointer<UInt8>, deleteCosts: UnsafeBufferPointer<Int32>,
    _ word: UnsafeBufferPointer<UInt8>, limit: Int32, costs: UnsafeBufferPointer<Int32>,
    rows: UnsafeMutablePointer<Int32>
  ) -> Bool {
    let n = typed.count
    let m = word.count
    let width = m + 1
    let insertCosts = rows
    var older = rows + width
    var previous = rows + 2 * width
    var current = rows + 3 * width
    let doubling = twentieths(Step.doubling)
    let transposition = twentieths(Step.transposition)
    let firstLetter = twentieths(Step.firstLetter)
    previous[0] = 0
    var j = 1
    while j <= m {
      insertCosts[j] = isDoubled(word, at: j - 1) ? doubling : wholeStep
      previous[j] = previous[j - 1] + insertCosts[j]
      j += 1
    }
    // Only the cells a path within `limit` can pass through are computed: each insertion or
    // deletion costs at least `cheapestIndel` and moves the path off its diagonal by one, so a
    // path through cell (i, j) makes at least |i − j| + |(n − i) − (m − j)| of them. Row i's
    // cells run from `i − above` to `i + below`; the cells just outside are `unreachable`.
    // A path the band leaves out costs more than `limit` anyway, so the answer is the same.
    let reach = Int(limit / cheapestIndel)
    let gap = n - m
    guard abs(gap) <= reach else { return true }
    let above = (gap + reach) / 2
    let below = (reach - gap) / 2
    let unreachable = Int32.max / 4
    var i = 1
    while i <= n {
      let letter = typed[i - 1]
      let before: UInt8 = i >= 2 ? typed[i - 2] : 0
      let deleteCost = deleteCosts[i - 1]
      let costRow = Int(letter & 0x7F) * 128
      let low = max(1, i - above)
      let high = min(m, i + below)
      current[0] = previous[0] + deleteCost
      var rowMinimum = current[0]
      if low > 1 { current[low - 1] = unreachable }
      var wordBefore: UInt8 = low >= 2 ? word[low - 2] : 0
      j = low
      if i == 1 && j == 1 {
        // The first letters: a substitution there costs `firstLetter` more.
        let target = word[0]
        let substitute = letter == target ? 0 : costs[costRow + Int(target & 0x7F)] + firstLetter
        let best = min(
          previous[0] + substitute, previous[1] + deleteCost, current[0] + insertCosts[1])
        current[1] = best
        rowMinimum = min(rowMinimum, best)
        wordBefore = target
        j = 2
      }
      // Without branches on the letters (the processor mispredicted them about one time in
      // ten): ``substitutionTwentieths`` is 0 for a letter and itself, and a transposition
      // is priced `unreachable` unless the letters are swapped. (Where the swapped letters
      // are equal, a match on the diagonal already costs less than the transposition. In the
      // first row `before` is 0 and in the first column `wordBefore` is: no letter is 0.)
      while j <= high {
        let target = word[j - 1]
        var best = previous[j - 1] + costs[costRow + Int(target & 0x7F)]
        best = min(best, previous[j] + deleteCost)
        best = min(best, current[j - 1] + insertCosts[j])
        let swapped = (letter ^ wordBefore) | (before ^ target) == 0
        best = min(best, older[j >= 2 ? j - 2 : 0] + (swapped ? transposition : unreachable))
        current[j] = best
        rowMinimum = min(rowMinimum, best)
        wordBefore = target
        j += 1
      }
      if high < m { current[high + 1] = unreachable }
      if rowMinimum > limit { return true }
      (older, previous, current) = (previous, current, older)
      i += 1
    }
    return previous[m] > limit
  }

  /// A step's cost in whole twentieths.
  @inline(__always)
  static func twentieths(_ cost: Double) -> Int32 { Int32((cost * 20).rounded()) }

  /// The weighted distance from `typed` to `word` (lower-case ASCII), or a value above
  /// `limit` as soon as every alignment costs more than `limit`. `rows` is scratch space
  /// reused between calls.
  static func distance(
    _ typed: UnsafeBufferPointer<UInt8>, _ word: UnsafeBufferPointer<UInt8>, limit: Double,
    rows: inout [Double]
  ) -> Double {
    let n = typed.count
    let m = word.count
    let width = m + 1
    if rows.count < 4 * width { rows = [Double](repeating: 0, count: 4 * width) }
    return substitution.withUnsafeBufferPointer { costs in
      rows.withUnsafeMutableBufferPointer { scratch in
        // Three rows (i - 2, i - 1 and i, rotating) and the cost of inserting each letter.
        var older = UnsafeMutableBufferPointer(rebasing: scratch[0..<width])
        var previous = UnsafeMutableBufferPointer(rebasing: scratch[width..<2 * width])
        var current = UnsafeMutableBufferPointer(rebasing: scratch[2 * width..<3 * width])
        let insertCosts = UnsafeMutableBufferPointer(rebasing: scratch[3 * width..<4 * width])
        for j in stride(from: 1, through: m, by: 1) {
          // Inserting word[j - 1], the letter the writer left out.
          insertCosts[j] = isDoubled(word, at: j - 1) ? Step.doubling : 1
        }
        // Row 0 is `previous` when row 1 is computed.
        previous[0] = 0
        for j in stride(from: 1, through: m, by: 1) {
          previous[j] = previous[j - 1] + insertCosts[j]
        }
        for i in stride(from: 1, through: n, by: 1) {
          let letter = typed[i - 1]
          let before: UInt8 = i >= 2 ? typed[i - 2] : 0
          let deleteCost = isDoubled(typed, at: i - 1) ? Step.doubling : 1
          let costRow = Int(letter & 0x7F) * 128
          current[0] = previous[0] + deleteCost
          var rowMinimum = current[0]
          for j in stride(from: 1, through: m, by: 1) {
            let target = word[j - 1]
            var substitute = letter == target ? 0 : costs[costRow + Int(target & 0x7F)]
            if substitute > 0 && i == 1 && j == 1 { substitute += Step.firstLetter }
            var best = previous[j - 1] + substitute
            best = min(best, previous[j] + deleteCost)
            best = min(best, current[j - 1] + insertCosts[j])
            if i >= 2 && j >= 2 && letter == word[j - 2] && before == target && letter != target {
              best = min(best, older[j - 2] + Step.transposition)
            }
            current[j] = best
            rowMinimum = min(rowMinimum, best)
          }
          if rowMinimum > limit { return limit + 1 }
          (older, previous, current) = (previous, current, older)
        }
        return previous[m]
      }
    }
  }
}
