extension CommentAnalyzer {
  /// Quotation marks: each opening mark and the closing marks that may end its quotation.
  /// Straight quotes open only after a space or an opening bracket and close only before one
  /// (so apostrophes and inch marks are not quotations).
  static let quotationMarks: [Unicode.Scalar: Set<Unicode.Scalar>] = [
    "“": ["”", "“", "\""], "„": ["“", "”"], "«": ["»"], "\"": ["\"", "”"], "‘": ["’", "'"],
    "'": ["'", "’"], "「": ["」"],
  ]
  /// The longest quotation looked for, in scalars; a quotation never crosses a blank line.
  static let maximumQuotationLength = 600

  /// The passages inside quotation marks (marks and surrounding white space excluded).
  static func quotations(in document: Document, body: [Span]) -> [Span] {
    let scalars = document.scalars
    var result: [Span] = []
    for span in body {
      var index = span.start
      while index < span.end {
        let mark = scalars[index]
        // Most scalars are no opening mark: a switch settles them before the table lookup.
        guard isOpeningMark(mark), let closers = quotationMarks[mark],
          opens(at: index, in: scalars, span: span)
        else {
          index += 1
          continue
        }
        guard let close = closing(after: index, closers: closers, scalars: scalars, span: span)
        else {
          index += 1
          continue
        }
        var lower = index + 1
        var upper = close
        while lower < upper, scalars[lower].isSpace { lower += 1 }
        while upper > lower, scalars[upper - 1].isSpace { upper -= 1 }
        if scalars[lower..<upper].contains(where: { $0.isLetter }) {
          result.append(Span(lower, upper))
        }
        index = close + 1
      }
    }
    return result
  }

  /// Whether a scalar is a key of ``quotationMarks`` (a switch, no hashing).
  static func isOpeningMark(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "“", "„", "«", "\"", "‘", "'", "「": return true
    default: return false
    }
  }

  /// Whether a scalar is among the closing marks of ``quotationMarks`` (a switch, no hashing).
  static func isClosingMark(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "”", "“", "\"", "»", "’", "'", "」": return true
    default: return false
    }
  }

  private static func opens(at index: Int, in scalars: [Unicode.Scalar], span: Span) -> Bool {
    guard index + 1 < span.end, !scalars[index + 1].isSpace else { return false }
    let mark = scalars[index]
    guard mark == "\"" || mark == "'" || mark == "‘" else { return true }
    if index == span.start { return true }
    let before = scalars[index - 1]
    return before.isSpace || "([{—–-:/".unicodeScalars.contains(before)
  }

  private static func closing(
    after index: Int, closers: Set<Unicode.Scalar>, scalars: [Unicode.Scalar], span: Span
  ) -> Int? {
    let limit = min(span.end, index + 1 + maximumQuotationLength)
    var position = index + 1
    var newlines = 0
    while position < limit {
      let scalar = scalars[position]
      if scalar == "\n" {
        newlines += 1
        if newlines >= 2 { return nil }
      } else if !scalar.isSpace {
        newlines = 0
      }
      if isClosingMark(scalar), closers.contains(scalar), position > index + 1,
        !scalars[position - 1].isSpace
      {
        let after = position + 1 < span.end ? scalars[position + 1] : " "
        let isStraightOrSingle = scalar == "\"" || scalar == "'" || scalar == "’"
        if !isStraightOrSingle
          || !(after.isLetter || after.isDigit)
        {
          return position
        }
      }
      position += 1
    }
    return nil
  }

  /// The word runs of a quotation to look for, in order: an ellipsis or a bracketed insertion
  /// splits the quotation (the writer left words out or changed them).
  static func quotedRuns(
    of quote: Span, tokens: ArraySlice<CommentToken>, document: Document
  ) -> [[String]] {
    let scalars = document.scalars
    var runs: [[String]] = [[]]
    var depth = 0
    var cursor = quote.start
    for token in tokens {
      var gapSplits = false
      var dots = 0
      for offset in cursor..<token.span.start {
        let scalar = scalars[offset]
        switch scalar {
        case "[":
          depth += 1
          gapSplits = true
        case "]":
          depth = max(0, depth - 1)
          gapSplits = true
        case "…":
          gapSplits = true
        case ".":
          dots += 1
          if dots >= 2 { gapSplits = true }
        default:
          dots = 0
        }
      }
      cursor = token.span.end
      if gapSplits, !(runs.last ?? []).isEmpty { runs.append([]) }
      if depth == 0 { runs[runs.count - 1].append(token.word) }
    }
    return runs.filter { !$0.isEmpty }
  }

  /// Whether the runs occur in the context's text, in order.
  static func occurs(_ runs: [[String]], in context: CommentContext) -> Bool {
    guard !runs.isEmpty else { return false }
    var after = -1
    for run in runs {
      guard let end = context.firstOccurrence(of: run, after: after) else { return false }
      after = end - 1
    }
    return true
  }
}
