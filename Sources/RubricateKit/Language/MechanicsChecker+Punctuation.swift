extension MechanicsChecker {
  /// Marks that end a sentence.
  static let sentencePunctuation: Set<UInt32> = [0x2E, 0x21, 0x3F]  // . ! ?
  static let brackets: [(open: Unicode.Scalar, close: Unicode.Scalar)] = [("(", ")"), ("[", "]")]

  /// Missing spaces, doubled punctuation, unbalanced quotation marks and brackets.
  static func checkPunctuation(
    _ scalars: [Unicode.Scalar], paragraph: Span, add: (Span, MechanicsKind, String) -> Void
  ) {
    let end = min(paragraph.end, scalars.count)
    var offset = paragraph.start
    while offset < end {
      let scalar = scalars[offset]
      let value = scalar.value
      // Only `!` `,` `.` `:` `;` `?` start a check; most scalars are letters and spaces.
      guard value < 0x40 && value > 0x20 else {
        offset += 1
        continue
      }
      // `word.Next`: a sentence mark between a lower-case word of two letters or more and a
      // capitalised word (`U.S.` and addresses have no capital after the mark).
      if value == 0x2E || value == 0x21 || value == 0x3F, offset >= 2, offset + 2 < end,
        scalars[offset - 1].properties.isLowercase, scalars[offset - 2].properties.isLowercase,
        scalars[offset + 1].properties.isUppercase, scalars[offset + 2].properties.isLowercase,
        !precededByAddress(scalars, offset, paragraph.start)
      {
        add(
          Span(offset, offset + 2), .missingSpace,
          "Put a space after “\(scalar)” before the next sentence.")
      }
      if offset + 1 < end, isDoubledPair(value, scalars[offset + 1].value) {
        let partOfEllipsis =
          value == 0x2E && scalars[offset + 1] == "."
          && (offset + 2 < end && scalars[offset + 2] == "."
            || offset > paragraph.start && scalars[offset - 1] == ".")
        if !partOfEllipsis {
          let pair = String(scalar) + String(scalars[offset + 1])
          add(Span(offset, offset + 2), .doubledPunctuation, "“\(pair)”: one mark is enough.")
          offset += 2
          continue
        }
      }
      offset += 1
    }
    checkBalance(scalars, paragraph: Span(paragraph.start, end), add: add)
  }

  /// Whether the run of non-space scalars before `offset` looks like a web or e-mail address.
  static func precededByAddress(_ scalars: [Unicode.Scalar], _ offset: Int, _ start: Int) -> Bool {
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
  /// quotation marks, within one paragraph.
  static func checkBalance(
    _ scalars: [Unicode.Scalar], paragraph: Span, add: (Span, MechanicsKind, String) -> Void
  ) {
    var opened: [[Int]] = [[], []]
    var straight: [Int] = []
    var curlyOpen: [Int] = []
    for offset in paragraph.range {
      let value = scalars[offset].value
      switch value {
      case 0x28, 0x5B: opened[value == 0x28 ? 0 : 1].append(offset)
      case 0x29, 0x5D:
        let smiley =
          offset > paragraph.start && ":;=".unicodeScalars.contains(scalars[offset - 1])
        if opened[value == 0x29 ? 0 : 1].popLast() == nil && !smiley
          && !isListMarker(scalars, offset, paragraph.start)
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

  /// `a)` or `1)` at the start of a line: a list marker, not a closing bracket.
  static func isListMarker(_ scalars: [Unicode.Scalar], _ offset: Int, _ start: Int) -> Bool {
    var index = offset - 1
    while index >= start && (scalars[index].isLetter || scalars[index].isDigit) { index -= 1 }
    return offset - index <= 3 && (index < start || scalars[index] == "\n")
  }
}
