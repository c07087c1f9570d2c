/// The body's words as the language checks read them, made in one pass over their scalars:
/// each word's dictionary key and type, its letters, and whether it is plain. The spelling
/// check and the vocabulary profile both read every word; each hashed every word itself, and
/// numbered the types in a table of its own.
struct LanguageWords {
  /// One word.
  struct Word: Equatable {
    /// Its dictionary key (``SpellingDictionary/key(_:)``: lower-cased, `’` read as `'`).
    var key: UInt64
    /// For a word that is not plain, a key telling words apart by their exact scalars (case
    /// and apostrophes included; ``exactKey(_:_:)``); 0 for a plain word, which its type and
    /// shape tell apart (and nine words in ten are plain).
    var exactKey: UInt64
    /// The number of its dictionary key, 0, 1, 2, … in order of first use.
    var type: Int32
    /// Its letters (ASCII letters, and letters beyond ASCII).
    var letters: Int32
    var shape: Shape
  }

  /// Whether a word is plain (two ASCII letters or more, only the first of them perhaps a
  /// capital), and then whether it is capitalised.
  enum Shape: UInt8 {
    case plainLowercase, plainCapitalised, other
  }

  /// The words, in the order given.
  let words: [Word]
  /// How many distinct dictionary keys the words have.
  let typeCount: Int

  init(scalars: [Unicode.Scalar], words spans: [Span]) {
    var index = WordTypeIndex(capacity: spans.count)
    // One array of one entry a word, filled in place (five arrays appended to as the words
    // went cost more than the hashing).
    words = [Word](unsafeUninitializedCapacity: spans.count) { buffer, initialized in
      scalars.withUnsafeBufferPointer { scalars in
        for (position, word) in spans.enumerated() {
          var made = Self.asciiLetterWord(word, scalars) ?? Self.anyWord(word, scalars)
          made.type = index.type(of: made.key)
          buffer.initializeElement(at: position, to: made)
        }
      }
      initialized = spans.count
    }
    typeCount = index.count
  }

  /// A word of ASCII letters only (nine words in ten), made in a loop of its own; `nil` for
  /// any other word. Its type is left for the caller to number.
  ///
  ///     "Essay" → key of "essay", 5 letters, plainCapitalised; "NASA" → other (exact key)
  @inline(__always)
  static func asciiLetterWord(_ word: Span, _ scalars: UnsafeBufferPointer<Unicode.Scalar>)
    -> Word?
  {
    guard word.length > 0 else { return nil }
    var folded = FNV1a()
    let first = scalars[word.start].value
    guard (first | 0x20) &- 0x61 < 26 else { return nil }
    folded.combine(UInt8(truncatingIfNeeded: first | 0x20))
    // Bit 0x20 stays set while every later letter is lower case.
    var laterLowercase: UInt32 = 0x20
    for offset in word.start + 1..<word.end {
      let value = scalars[offset].value
      let lower = value | 0x20
      guard lower &- 0x61 < 26 else { return nil }
      folded.combine(UInt8(truncatingIfNeeded: lower))
      laterLowercase &= value
    }
    let plain = word.length > 1 && laterLowercase != 0
    let capitalised = first & 0x20 == 0
    return Word(
      key: folded.value, exactKey: plain ? 0 : exactKey(word, scalars), type: 0,
      letters: Int32(truncatingIfNeeded: word.length),
      shape: plain ? (capitalised ? .plainCapitalised : .plainLowercase) : .other)
  }

  /// Any word: digits, apostrophes, hyphens and letters beyond ASCII included. Its type is
  /// left for the caller to number.
  static func anyWord(_ word: Span, _ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Word {
    var folded = FNV1a()
    var count: Int32 = 0
    var plain = word.length > 1
    var capitalised = false
    for offset in word.start..<word.end {
      let scalar = scalars[offset]
      let value = scalar.value
      if value < 0x80 {
        let lower = value &- 0x41 < 26 ? value | 0x20 : value
        folded.combine(UInt8(lower))
        if lower &- 0x61 < 26 {
          count &+= 1
          if lower != value {
            if offset == word.start { capitalised = true } else { plain = false }
          }
        } else {
          plain = false
        }
      } else {
        plain = false
        if scalar.isLetter { count &+= 1 }
        SpellingDictionary.add(scalar, to: &folded)
      }
    }
    return Word(
      key: folded.value, exactKey: plain ? 0 : exactKey(word, scalars), type: 0,
      letters: count,
      shape: plain ? (capitalised ? .plainCapitalised : .plainLowercase) : .other)
  }

  /// FNV-1a over an ASCII scalar's byte, or `0xFF` and three bytes of any other (one to one,
  /// as no ASCII scalar is `0xFF`).
  static func exactKey(_ word: Span, _ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> UInt64 {
    var exact = FNV1a()
    for offset in word.start..<word.end {
      let value = scalars[offset].value
      if value < 0x80 {
        exact.combine(UInt8(value))
      } else {
        exact.combine(0xFF)
        exact.combine(UInt8(truncatingIfNeeded: value))
        exact.combine(UInt8(truncatingIfNeeded: value >> 8))
        exact.combine(UInt8(truncatingIfNeeded: value >> 16))
      }
    }
    return exact.value
  }
}
