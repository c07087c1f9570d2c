extension Document {
  /// The blank-line separated blocks inside `span`, trimmed of surrounding white space.
  public func paragraphs(in span: Span? = nil) -> [Span] {
    let span = span ?? fullSpan
    var result: [Span] = []
    var start: Int?
    var lastContent = span.start
    var newlines = 0
    for offset in span.range {
      let scalar = scalars[offset]
      if scalar == "\n" {
        newlines += 1
        if newlines >= 2, let first = start {
          result.append(Span(first, lastContent))
          start = nil
        }
      } else if scalar.isSpace {
        continue
      } else {
        if start == nil { start = offset }
        newlines = 0
        lastContent = offset + 1
      }
    }
    if let first = start { result.append(Span(first, lastContent)) }
    return result
  }
}

extension Document {
  /// The byte order mark a UTF-8 file may start with. It is kept in the text (Python's `utf-8`
  /// codec keeps it too, so offsets agree) but belongs to no paragraph.
  public static let byteOrderMark: Unicode.Scalar = "\u{FEFF}"

  /// ``paragraphs(in:)`` with a leading byte order mark left out of the first paragraph.
  public func contentParagraphs(in span: Span? = nil) -> [Span] {
    paragraphs(in: span).compactMap { paragraph in
      var start = paragraph.start
      while start < paragraph.end,
        scalars[start] == Document.byteOrderMark || scalars[start].properties.isWhitespace
      {
        start += 1
      }
      return start < paragraph.end ? Span(start, paragraph.end) : nil
    }
  }
}
