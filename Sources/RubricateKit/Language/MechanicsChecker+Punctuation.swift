extension MechanicsChecker {
  /// Marks that end a sentence.
  static let sentencePunctuation: Set<UInt32> = [0x2E, 0x21, 0x3F]  // . ! ?
  /// Two marks in a row that are never right (`,,` `..` but not the ellipsis `...`).
  static let doubledMarks: Set<String> = [",,", ";;", "..", "!!", "??", ",.", ".,", "::"]
  /// The first marks of ``doubledMarks``: only after one of these is a pair built.
  static let doubledFirst: Set<UInt32> = [0x2C, 0x3B, 0x2E, 0x21, 0x3F, 0x3A]
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
      if offset + 1 < end, doubledFirst.contains(value) {
        let pair = String(scalar) + String(scalars[offset + 1])
        let partOfEllipsis =
          pair == ".."
          && (offset + 2 < end && scalars[offset + 2] == "."
            || offset > paragraph.start && scalars[offset - 1] == ".")
        if doubledMarks.contains(pair) && !partOfEllipsis {
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

  /// Brackets without their partner, and an odd number of straight or unpaired curly double
  /// quotation marks, within one paragraph.
  static func checkBalance(
    _ scalars: [Unicode.Scalar], paragraph: Span, add: (Span, MechanicsKind, String) -> Void
  ) {
    for (open, close) in brackets {
      var opened: [Int] = []
      for offset in paragraph.range {
        if scalars[offset] == open {
          opened.append(offset)
        } else if scalars[offset] == close {
          let smiley =
            offset > paragraph.start && ":;=".unicodeScalars.contains(scalars[offset - 1])
          if opened.popLast() == nil && !smiley && !isListMarker(scalars, offset, paragraph.start) {
            add(Span(offset, offset + 1), .unbalancedBracket, "“\(close)” closes nothing.")
          }
        }
      }
      for offset in opened {
        add(Span(offset, offset + 1), .unbalancedBracket, "“\(open)” is never closed.")
      }
    }
    var straight: [Int] = []
    var curlyOpen: [Int] = []
    for offset in paragraph.range {
      switch scalars[offset].value {
      case 0x22: straight.append(offset)
      case 0x201C: curlyOpen.append(offset)
      case 0x201D:
        if curlyOpen.popLast() == nil {
          add(Span(offset, offset + 1), .unbalancedQuote, "“”” closes no quotation.")
        }
      default: break
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
