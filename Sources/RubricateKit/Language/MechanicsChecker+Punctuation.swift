extension MechanicsChecker {
  /// Whether `value` is a mark that ends a sentence: `.` `!` `?` (compared, not looked up in a
  /// set: hashing a set for every sentence cost more than the check).
  @inline(__always)
  static func isSentencePunctuation(_ value: UInt32) -> Bool {
    value == 0x2E || value == 0x21 || value == 0x3F
  }

  static let brackets: [(open: Unicode.Scalar, close: Unicode.Scalar)] = [("(", ")"), ("[", "]")]

  /// Missing spaces, doubled punctuation, unbalanced quotation marks and brackets.
  ///
  /// One pass over the paragraph through a buffer pointer. Only ASCII marks (U+0021 to U+003F),
  /// square brackets and curly double quotation marks start a check. Letters and spaces are
  /// passed over eight at a time (``ScalarClass/skipLettersAndSpaces(_:from:to:)``), any other
  /// scalar with a few comparisons.
  static func checkPunctuation(
    _ scalars: [Unicode.Scalar], paragraph: Span, add: (Span, MechanicsKind, String) -> Void
  ) {
    let end = min(paragraph.end, scalars.count)
    var balance = Balance()
    scalars.withUnsafeBufferPointer { scalars in
      var offset = paragraph.start
      while offset < end {
        // Letters and spaces, most of the paragraph, are passed over eight at a time.
        offset = ScalarClass.skipLettersAndSpaces(scalars, from: offset, to: end)
        guard offset < end else { break }
        let value = scalars[offset].value
        if value &- 0x61 < 26 || value <= 0x20
          || (value >= 0x40 && value != 0x5B && value != 0x5D && value != 0x201C
            && value != 0x201D)
        {
          offset += 1
          continue
        }
        balance.read(value, at: offset, scalars, paragraphStart: paragraph.start, add: add)
        guard value < 0x40 else {
          offset += 1
          continue
        }
        // `word.Next`: a sentence mark between a lower-case word of two letters or more and a
        // capitalised word (`U.S.` and addresses have no capital after the mark).
        if value == 0x2E || value == 0x21 || value == 0x3F, offset >= 2, offset + 2 < end,
          ScalarClass.isLowercase(scalars[offset - 1]),
          ScalarClass.isLowercase(scalars[offset - 2]),
          ScalarClass.isUppercase(scalars[offset + 1]),
          ScalarClass.isLowercase(scalars[offset + 2]),
          !precededByAddress(scalars, offset, paragraph.start)
        {
          add(
            Span(offset, offset + 2), .missingSpace,
            "Put a space after “\(scalars[offset])” before the next sentence.")
        }
        // Neither mark of a doubled pair opens or closes anything, so skipping the second
        // leaves the balance as it is.
        if offset + 1 < end, isDoubledPair(value, scalars[offset + 1].value) {
          let partOfEllipsis =
            value == 0x2E && scalars[offset + 1] == "."
            && (offset + 2 < end && scalars[offset + 2] == "."
              || offset > paragraph.start && scalars[offset - 1] == ".")
          if !partOfEllipsis {
            let pair = String(scalars[offset]) + String(scalars[offset + 1])
            add(Span(offset, offset + 2), .doubledPunctuation, "“\(pair)”: one mark is enough.")
            offset += 2
            continue
          }
        }
        offset += 1
      }
    }
    balance.finish(add: add)
  }

  /// Whether the run of non-space scalars before `offset` looks like a web or e-mail address.
  static func precededByAddress(
    _ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ offset: Int, _ start: Int
  ) -> Bool {
    var index = offset - 1
    while index >= start && !scalars[index].isSpace {
      if scalars[index] == "/" || scalars[index] == "@" || scalars[index] == "." { return true }
      index -= 1
    }
    return false
  }

  /// Whether the marks `first` and `second` are two in a row that are never right: `,,` `;;`
  /// `..` `!!` `??` `,.` `.,` `::` (the ellipsis `...` is left to the caller).
  @inline(__always)
  static func isDoubledPair(_ first: UInt32, _ second: UInt32) -> Bool {
    switch (first, second) {
    case (0x2C, 0x2C), (0x3B, 0x3B), (0x2E, 0x2E), (0x21, 0x21), (0x3F, 0x3F), (0x2C, 0x2E),
      (0x2E, 0x2C), (0x3A, 0x3A):
      return true
    default: return false
    }
  }

  /// Brackets without their partner, and an odd number of straight or unpaired curly double
  /// quotation marks, within one paragraph: fed each mark in order, then finished.
  struct Balance {
    /// Open round and square brackets.
    var opened: [[Int]] = [[], []]
    var straight: [Int] = []
    var curlyOpen: [Int] = []

    /// Reads one scalar value of the paragraph at `offset`; a closing mark with no partner is
    /// reported at once.
    @inline(__always)
    mutating func read(
      _ value: UInt32, at offset: Int, _ scalars: UnsafeBufferPointer<Unicode.Scalar>,
      paragraphStart: Int, add: (Span, MechanicsKind, String) -> Void
    ) {
      switch value {
      case 0x28, 0x5B: opened[value == 0x28 ? 0 : 1].append(offset)
      case 0x29, 0x5D:
        let smiley =
          offset > paragraphStart && ":;=".unicodeScalars.contains(scalars[offset - 1])
        if opened[value == 0x29 ? 0 : 1].popLast() == nil && !smiley
          && !isListMarker(scalars, offset, paragraphStart)
        {
          add(Span(offset, offset + 1), .unbalancedBracket, "“\(scalars[offset])” closes nothing.")
        }
      case 0x22: straight.append(offset)
      case 0x201C: curlyOpen.append(offset)
      case 0x201D:
        if curlyOpen.popLast() == nil {
          add(Span(offset, offset + 1), .unbalancedQuote, "“”” closes no quotation.")
        }
      default: break
      }
    }

    /// Reports what is still open at the paragraph's end.
    func finish(add: (Span, MechanicsKind, String) -> Void) {
      for (kind, offsets) in opened.enumerated() {
        for offset in offsets {
          add(
            Span(offset, offset + 1), .unbalancedBracket,
            "“\(brackets[kind].open)” is never closed.")
        }
      }
      if straight.count % 2 == 1, let last = straight.last {
        add(Span(last, last + 1), .unbalancedQuote, "This quotation mark has no partner.")
      }
      for offset in curlyOpen {
        add(Span(offset, offset + 1), .unbalancedQuote, "“““ opens a quotation that never closes.")
      }
    }
  }

  /// `a)` or `1)` at the start of a line: a list marker, not a closing bracket.
  static func isListMarker(
    _ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ offset: Int, _ start: Int
  ) -> Bool {
    var index = offset - 1
    while index >= start && (scalars[index].isLetter || scalars[index].isDigit) { index -= 1 }
    return offset - index <= 3 && (index < start || scalars[index] == "\n")
  }
}
