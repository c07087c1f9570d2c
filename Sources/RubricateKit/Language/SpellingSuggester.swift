import Foundation

/// Ranks corrections for a misspelled word: every listed word one edit away (a letter
/// deleted, inserted, changed, two swapped, or a missing space), or, when there is none, every
/// listed word within two edits; ranked by ``SpellingCost`` and then by how common the word is.
public struct SpellingSuggester: Sendable {
  public let dictionary: SpellingDictionary
  /// Words of SCOWL size 50 or less in plain ASCII, lower-cased, for the two-edit scan.
  private let pool: [UInt8]
  private let poolStarts: [Int32]
  private let poolEntries: [Int32]
  /// Each pool word's letter-presence bits (bit 0 `a` … bit 25 `z`, bit 26 anything else).
  private let poolLetters: [UInt32]
  /// Where the pool words starting with each ASCII byte begin (and, at the next byte, end).
  private let poolFirstStarts: [Int]
  /// Estimated Zipf frequency of each dictionary entry.
  private let zipf: [Float]

  /// How much a step of the Zipf scale (ten times rarer) adds to a candidate's cost.
  static let rarityWeight = 0.2
  /// The largest distance a suggestion may be (two plain edits).
  static let maximumDistance = 2.0
  /// The Zipf frequency assumed for a word by its smallest SCOWL size, when it is not among
  /// the most frequent words of ``TermWeights/englishWordFrequencies``.
  static let zipfBySize: [UInt8: Float] = [
    10: 4.0, 20: 3.6, 35: 3.2, 40: 3.0, 50: 2.6, 55: 2.4, 60: 2.2, 70: 1.5,
  ]

  /// The suggester over the built-in dictionary (prepared once, at first use).
  public static let builtIn = SpellingSuggester(dictionary: .builtIn)

  init(dictionary: SpellingDictionary) {
    self.dictionary = dictionary
    var zipf = dictionary.entries.map { Self.zipfBySize[$0.size] ?? 1.5 }
    for line in TermWeights.englishWordFrequencies.split(separator: "\n") {
      let fields = line.split(separator: " ")
      guard let first = fields.first, let tenths = Float(first) else { continue }
      for word in fields.dropFirst() {
        if let index = dictionary.index(of: SpellingDictionary.key(word.unicodeScalars)) {
          zipf[index] = max(zipf[index], tenths / 10)
        }
      }
    }
    // The pool is grouped by first byte, so a scan reads only the words sharing the typed
    // word's first letter.
    var byFirst = [[Int]](repeating: [], count: 128)
    for index in dictionary.entries.indices where dictionary.entries[index].size <= 50 {
      let start = Int(dictionary.formStarts[index])
      let bytes = dictionary.bytes[start..<start + Int(dictionary.formLengths[index])]
      guard let first = bytes.first, bytes.allSatisfy({ $0 < 0x80 }) else { continue }
      byFirst[Int(first >= 0x41 && first <= 0x5A ? first | 0x20 : first)].append(index)
    }
    var pool: [UInt8] = []
    var starts: [Int32] = [0]
    var entries: [Int32] = []
    var letters: [UInt32] = []
    var firstStarts = [Int](repeating: 0, count: 129)
    for first in 0..<128 {
      firstStarts[first] = entries.count
      for index in byFirst[first] {
        let start = Int(dictionary.formStarts[index])
        var bits: UInt32 = 0
        for byte in dictionary.bytes[start..<start + Int(dictionary.formLengths[index])] {
          let lowered = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
          pool.append(lowered)
          bits |= Self.letterBit(lowered)
        }
        starts.append(Int32(pool.count))
        entries.append(Int32(index))
        letters.append(bits)
      }
    }
    firstStarts[128] = entries.count
    self.pool = pool
    self.poolStarts = starts
    self.poolEntries = entries
    self.poolLetters = letters
    self.poolFirstStarts = firstStarts
    self.zipf = zipf
  }

  @inline(__always)
  static func letterBit(_ byte: UInt8) -> UInt32 {
    byte >= 0x61 && byte <= 0x7A ? 1 << UInt32(byte - 0x61) : 1 << 26
  }

  /// The listed spellings that could be meant by `word`, best first (at most `limit`).
  public func suggestions(for word: String, dialects: Dialect = .any, limit: Int = 5) -> [String] {
    var typed = Array(word.utf8)
    guard !typed.isEmpty, typed.allSatisfy({ $0 < 0x80 }) else { return [] }
    let capitalised = typed[0] >= 0x41 && typed[0] <= 0x5A
    for index in typed.indices where typed[index] >= 0x41 && typed[index] <= 0x5A {
      typed[index] |= 0x20
    }
    var candidates = oneEditCandidates(typed, dialects: dialects)
    if candidates.isEmpty { candidates = scan(typed, dialects: dialects) }
    var rows: [Double] = []
    var scored: [(text: String, score: Double)] = []
    for candidate in candidates {
      let score: Double
      var text: String
      switch candidate {
      case .word(let index):
        let form = Array(dictionary.form(index).utf8).map {
          $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0
        }
        let distance = typed.withUnsafeBufferPointer { a in
          form.withUnsafeBufferPointer { b in
            SpellingCost.distance(a, b, limit: Self.maximumDistance, rows: &rows)
          }
        }
        score = distance + Self.rarityWeight * Double(6.5 - zipf[index])
        text = dictionary.form(index)
      case .split(let first, let second):
        score =
          1 + Self.rarityWeight * Double(6.5 - min(zipf[first], zipf[second]))
        text = dictionary.form(first) + " " + dictionary.form(second)
      }
      if capitalised, let initial = text.first, initial.isLowercase {
        text = initial.uppercased() + text.dropFirst()
      }
      scored.append((text, score))
    }
    scored.sort { $0.score != $1.score ? $0.score < $1.score : $0.text < $1.text }
    var result: [String] = []
    for candidate in scored where result.count < limit && !result.contains(candidate.text) {
      result.append(candidate.text)
    }
    return result
  }

  enum Candidate: Hashable {
    case word(Int)
    case split(Int, Int)
  }

  /// Listed words one edit from `typed` (lower-case ASCII), and two listed words it joins.
  /// Each candidate is hashed from the hash of its unchanged head, without building it.
  func oneEditCandidates(_ typed: [UInt8], dialects: Dialect) -> [Candidate] {
    var found = Set<Candidate>()
    var heads = [FNV1a()]
    for byte in typed {
      var next = heads[heads.count - 1]
      next.combine(byte)
      heads.append(next)
    }
    func check(_ hasher: FNV1a, then rest: ArraySlice<UInt8>) {
      var hasher = hasher
      for byte in rest { hasher.combine(byte) }
      if let index = dictionary.index(of: hasher.value),
        !dictionary.entries[index].dialects.isDisjoint(with: dialects)
      {
        found.insert(.word(index))
      }
    }
    let alphabet = Array("abcdefghijklmnopqrstuvwxyz'".utf8)
    for cut in 0...typed.count {
      let head = heads[cut]
      let tail = typed[cut...]
      if !tail.isEmpty { check(head, then: tail.dropFirst()) }
      if tail.count >= 2 {
        var swapped = head
        swapped.combine(tail[cut + 1])
        swapped.combine(tail[cut])
        check(swapped, then: tail.dropFirst(2))
      }
      for letter in alphabet {
        var inserted = head
        inserted.combine(letter)
        check(inserted, then: tail)
        if let first = tail.first, first != letter { check(inserted, then: tail.dropFirst()) }
      }
      if cut >= 1 && cut < typed.count,
        cut > 1 || typed[0] == 0x61, typed.count - cut > 1 || typed[cut] == 0x61,
        let first = dictionary.index(of: head.value),
        let second = dictionary.index(of: Self.hash(tail)),
        dictionary.entries[first].size <= 35, dictionary.entries[second].size <= 35
      {
        found.insert(.split(first, second))
      }
    }
    return Array(found)
  }

  @inline(__always)
  static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
    var hasher = FNV1a()
    for byte in bytes { hasher.combine(byte) }
    return hasher.value
  }

  /// Pool words within ``maximumDistance`` of `typed`.
  func scan(_ typed: [UInt8], dialects: Dialect) -> [Candidate] {
    var bits: UInt32 = 0
    for byte in typed { bits |= Self.letterBit(byte) }
    var rows: [Double] = []
    var found: [Candidate] = []
    typed.withUnsafeBufferPointer { typedBytes in
      pool.withUnsafeBufferPointer { pool in
        // Writers seldom get the first letter wrong: the scan keeps to words sharing it.
        let first = Int(typed[0] & 0x7F)
        for item in poolFirstStarts[first]..<poolFirstStarts[first + 1] {
          let start = Int(poolStarts[item])
          let length = Int(poolStarts[item + 1]) - start
          guard abs(length - typed.count) <= 2,
            (poolLetters[item] ^ bits).nonzeroBitCount <= 4
          else { continue }
          let word = UnsafeBufferPointer(rebasing: pool[start..<start + length])
          let distance = SpellingCost.distance(
            typedBytes, word, limit: Self.maximumDistance, rows: &rows)
          let index = Int(poolEntries[item])
          if distance <= Self.maximumDistance,
            !dictionary.entries[index].dialects.isDisjoint(with: dialects)
          {
            found.append(.word(index))
          }
        }
      }
    }
    return found
  }
}
