/// The word tokens of one sentence, lower-cased and numbered by a ``WordInterner``, with their
/// spans, for phrase matching.
///
/// Letters, digits and apostrophes (straight or curly, folded to `'`) make a token; `%` and `$`
/// are tokens of their own because statistics are recognised by them. One pass over the
/// scalars, so building tokens stays linear in the sentence length; the same pass counts the
/// commas and notes whether there is a double quotation mark at all.
struct ArgumentTokens: Sendable, Equatable {
  /// One token.
  struct Token: Sendable, Equatable {
    var span: Span
    /// The word's id in the ``WordInterner`` the tokens were built with.
    var word: Int32
    /// Starts with a digit.
    var isNumber: Bool
    /// Four digits from 1500 to 2099.
    var isYear: Bool
    /// `$`, `£` or `€`.
    var isCurrency: Bool
  }

  private(set) var tokens: [Token]
  /// The commas in the span (inside numbers too).
  private(set) var commas: Int
  /// Whether the span holds a `"` or a `“` (without one there is no quotation).
  private(set) var hasOpeningQuote: Bool

  /// - Parameter words: numbers the tokens' words; new words are added to it.
  init(document: Document, span: Span, words: inout WordInterner) {
    self = document.scalars.withUnsafeBufferPointer {
      ArgumentTokens(scalars: $0, span: span, words: &words)
    }
  }

  /// The tokens of `span` in the document's `scalars` (the analyzer opens the scalar buffer
  /// once per text rather than once per sentence).
  /// - Parameter words: numbers the tokens' words; new words are added to it.
  init(scalars: UnsafeBufferPointer<Unicode.Scalar>, span: Span, words: inout WordInterner) {
    var tokens: [Token] = []
    tokens.reserveCapacity(span.length / 4 + 2)
    var commas = 0
    var hasOpeningQuote = false
    // A plain word's folded bytes, one a scalar, are spelt here and then looked up: no word
    // is longer than the span.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, span.length)) { folded in
      var offset = span.start
      let end = span.end
      while offset < end {
        let scalar = scalars[offset]
        let code = scalar.value
        // ASCII first: the Unicode property look-up is the slow path.
        if code < 0x80 ? Self.isASCIIWordScalar(code) : scalar.properties.isAlphabetic {
          let word = Self.spell(scalars, from: offset, to: end, into: folded)
          let spelt = Span(offset, word.end)
          let id =
            word.isPlain
            ? words.id(
              folded: UnsafeBufferPointer(rebasing: folded[0..<spelt.length]), hash: word.hash)
            : Self.foldedID(spelt, scalars, &words)
          tokens.append(
            Token(
              span: spelt, word: id, isNumber: code &- 0x30 < 10, isYear: word.isYear,
              isCurrency: false))
          commas += word.commas
          offset = word.end
          // The space that usually ends a word is nothing else: step over it here.
          if offset < end && scalars[offset] == " " { offset += 1 }
          continue
        }
        if scalar == "," {
          commas += 1
        } else if scalar == "\"" || scalar == "“" {
          hasOpeningQuote = true
        } else if scalar == "%" || scalar == "$" || scalar == "£" || scalar == "€" {
          tokens.append(
            Token(
              span: Span(offset, offset + 1), word: words.id(of: String(scalar)),
              isNumber: false, isYear: false, isCurrency: scalar != "%"))
        }
        offset += 1
      }
    }
    self.tokens = tokens
    self.commas = commas
    self.hasOpeningQuote = hasOpeningQuote
  }

  /// Reads one word from `start` (a word scalar): letters and digits, apostrophes inside it,
  /// and `.` or `,` between digits (`3.5` and `1,000` stay one number).
  /// - Parameter folded: receives the word's folded bytes, one a scalar, from its start
  ///   (meaningful when `isPlain`).
  /// - Returns: where it ends, the ``FNV1a`` hash of its folded bytes (meaningful when
  ///   `isPlain`: every scalar is ASCII or `’`), whether it is a year, and its commas.
  @inline(__always)
  private static func spell(
    _ scalars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, to limit: Int,
    into folded: UnsafeMutableBufferPointer<UInt8>
  ) -> (end: Int, hash: UInt64, isPlain: Bool, isYear: Bool, commas: Int) {
    var hasher = FNV1a()
    var isPlain = true
    var commas = 0
    // The digits so far while the word is only digits (-1 once it is not), and their value.
    var digits = 0
    var value = 0
    var lastIsDigit = false
    var offset = start
    while offset < limit {
      let scalar = scalars[offset]
      let code = scalar.value
      // A lower-case ASCII letter (most scalars) is already folded and ends any number.
      if code &- 0x61 < 26 {
        let byte = UInt8(truncatingIfNeeded: code)
        folded[offset &- start] = byte
        hasher.combine(byte)
        digits = -1
        lastIsDigit = false
        offset += 1
        continue
      }
      // A space (the usual end of a word) is none of the cases below.
      if code == 0x20 { break }
      if code < 0x80 && Self.isASCIIWordScalar(code) {
        let byte = Self.fold(scalar)
        folded[offset &- start] = byte
        hasher.combine(byte)
        lastIsDigit = code &- 0x30 < 10
        if !lastIsDigit {
          digits = -1
        } else if digits >= 0 {
          digits += 1
          value = value &* 10 &+ Int(code &- 0x30)
        }
      } else if code == 0x27 || code == 0x2019
        || ((code == 0x2E || code == 0x2C) && lastIsDigit && offset + 1 < limit
          && scalars[offset + 1].isDigit)
      {
        let byte = Self.fold(scalar)
        folded[offset &- start] = byte
        hasher.combine(byte)
        if code == 0x2C { commas += 1 }
        digits = -1
        lastIsDigit = false
      } else if code >= 0x80 && scalar.properties.isAlphabetic {
        isPlain = false
        digits = -1
        lastIsDigit = false
      } else {
        break
      }
      offset += 1
    }
    return (offset, hasher.value, isPlain, digits == 4 && (1500...2099).contains(value), commas)
  }

  /// ASCII letters and digits.
  @inline(__always)
  private static func isASCIIWordScalar(_ code: UInt32) -> Bool {
    code &- 0x61 < 26 || code &- 0x41 < 26 || code &- 0x30 < 10
  }

  /// A plain token scalar (ASCII or `’`) lower-cased and folded to its byte.
  @inline(__always)
  private static func fold(_ scalar: Unicode.Scalar) -> UInt8 {
    let code = scalar.value
    return code == 0x2019 ? 0x27 : UInt8(truncatingIfNeeded: code &- 0x41 < 26 ? code + 0x20 : code)
  }

  /// The id of a token with letters beyond ASCII, lower-cased through Unicode's mappings.
  private static func foldedID(
    _ span: Span, _ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ words: inout WordInterner
  ) -> Int32 {
    var word = String.UnicodeScalarView()
    for offset in span.range {
      let scalar = scalars[offset]
      if scalar == "’" {
        word.append("'")
      } else if scalar.isASCII {
        let code = scalar.value
        word.append(code &- 0x41 < 26 ? Unicode.Scalar(UInt8(code + 0x20)) : scalar)
      } else {
        word.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
      }
    }
    return words.id(of: String(word))
  }

  var count: Int { tokens.count }
  var isEmpty: Bool { tokens.isEmpty }

  subscript(index: Int) -> Token { tokens[index] }

  /// The words, spelt out (for tests and diagnostics).
  func words(in interner: WordInterner) -> [String] {
    tokens.map { interner.word($0.word) }
  }
}
