/// Bracketed numbers: `[3]`, `[2, 5-7]`, and `(12)` where a text numbers its sources so.
extension InTextCitationFinder {
  /// `[3]`, `[2, 5-7]`, `(12)`, `(10, 20, 21)`: numbers only.
  static func numericCitation(
    _ document: Document, open: Int, close: Int, tokens: [CitationToken], square: Bool,
    paragraph: Span
  ) -> InTextCitation? {
    var sawNumber = false
    for token in tokens {
      switch token.kind {
      case .number:
        guard token.text.unicodeScalars.count <= 4 else { return nil }
        sawNumber = true
      case .punct:
        guard token.first == "," || token.first == ";" || CitationScalars.isDash(token.first)
        else { return nil }
      case .word:
        // `[32b]`: a number with a letter.
        guard square, let first = token.text.unicodeScalars.first, CitationScalars.isDigit(first),
          token.text.unicodeScalars.count <= 4
        else { return nil }
        sawNumber = true
      case .link:
        return nil
      }
    }
    guard sawNumber else { return nil }
    // Reference numbers start at 1 and a callout never repeats one (`[1, 1, 1]`, `(0, 256)`).
    let values = numbers(in: document.text(of: Span(open, close + 1)))
    guard !values.contains(0), Set(values).count == values.count else { return nil }
    let scalars = document.scalars
    let next = close + 1 < paragraph.end ? scalars[close + 1] : "\n"
    let afterNext = close + 2 < paragraph.end ? scalars[close + 2] : "\n"
    // At the start of a line a bracketed number is a list label (`[1] Okafor …`, `(2) Next`).
    var lineStart = open
    while lineStart > paragraph.start, scalars[lineStart - 1] == " " { lineStart -= 1 }
    if lineStart == paragraph.start || scalars[lineStart - 1] == "\n" { return nil }
    if !square {
      // `(12)` counts only where a callout sits: before punctuation or the end of a line, and
      // never as a lone year-sized number.
      let fitsCallout =
        [".", ",", ";", ")", "\n"].contains(next) || (next == " " && afterNext == "\n")
      guard fitsCallout, (Int(tokens[0].text) ?? 0) <= 300 else { return nil }
      let previous = open > paragraph.start ? scalars[open - 1] : " "
      guard previous == " " || CitationScalars.isLetter(previous) else { return nil }
      if tokens.count == 1, precededByStopWord(scalars, open, lower: paragraph.start) {
        return nil
      }
    }
    let span = Span(open, close + 1)
    let text = document.text(of: span)
    return InTextCitation(
      start: open, end: close + 1, text: text, kind: .numeric, numbers: numbers(in: text))
  }
}
