/// A set of words that rejects most non-members without hashing them.
///
/// Most words of a comment are in none of the word lists the rules consult, and hashing a
/// string costs far more than reading three facts about it. A word is hashed only when its
/// *shape* — its first byte, its last byte and its length in UTF-8 bytes — is the shape of some
/// member; every member passes, so the answer is always exactly the set's.
///
/// `Set<String>` compares by canonical equivalence, and a word in other bytes than a member
/// (`e` + combining acute for `é`) has another shape. For members in ASCII that cannot happen
/// (the only scalars whose decomposition is ASCII are U+037E → `;` and U+1FEF → `` ` ``); a set
/// with any other member checks every word against the set itself.
struct WordSet: Sendable, Equatable, ExpressibleByArrayLiteral {
  /// The members.
  let words: Set<String>
  /// One bit per shape (``shape(of:)``) that a member has.
  private let shapes: [UInt64]

  /// The number of shape bits (a power of two).
  static let shapeCount = 4096

  init(_ words: some Sequence<String>) {
    let words = Set(words)
    let filters = words.allSatisfy { word in
      word.utf8.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: ";") && $0 != UInt8(ascii: "`") }
    }
    var shapes = [UInt64](repeating: filters ? 0 : ~0, count: WordSet.shapeCount / 64)
    for word in words where filters {
      let shape = WordSet.shape(of: word)
      shapes[shape >> 6] |= 1 << UInt64(shape & 63)
    }
    self.words = words
    self.shapes = shapes
  }

  init(arrayLiteral elements: String...) {
    self.init(elements)
  }

  /// Whether `word` is a member.
  func contains(_ word: String) -> Bool {
    contains(word, ends: WordEnds(word))
  }

  /// Whether `word`, whose ends are `ends` (read once per distinct word), is a member.
  @inline(__always) func contains(_ word: String, ends: WordEnds) -> Bool {
    mayContain(ends) && words.contains(word)
  }

  /// Whether some member has these ends (if not, no word with them is a member).
  @inline(__always) func mayContain(_ ends: WordEnds) -> Bool {
    let shape = ends.shape
    return shapes[shape >> 6] & (1 << UInt64(shape & 63)) != 0
  }

  /// A word's shape (see ``WordEnds/shape``).
  static func shape(of word: String) -> Int {
    WordEnds(word).shape
  }
}

/// The first and last UTF-8 bytes of a word and its length in bytes.
struct WordEnds: Sendable, Equatable {
  var first: UInt8
  var last: UInt8
  var length: Int

  init(_ word: String) {
    var copy = word
    (first, last, length) = copy.withUTF8 { ($0.first ?? 0, $0.last ?? 0, $0.count) }
  }

  /// The ends and the length (up to 63) mixed into a number below ``WordSet/shapeCount``.
  var shape: Int {
    ((Int(first) &* 31 &+ Int(last)) &* 64 &+ min(length, 63)) & (WordSet.shapeCount - 1)
  }
}
