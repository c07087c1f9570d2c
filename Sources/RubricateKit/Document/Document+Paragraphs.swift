extension Document {
  /// The blank-line separated blocks inside `span`, trimmed of surrounding white space.
  ///
  /// Works line by line from ``lineStarts``: only the white space at either end of a line is
  /// looked at, so a text of long paragraphs costs a few steps a line rather than one a scalar.
  /// (A block ends where two line breaks come with only white space between them, that is at a
  /// line of white space only.)
  public func paragraphs(in span: Span? = nil) -> [Span] {
    let span = span ?? fullSpan
    var result: [Span] = []
    var start: Int?
    var lastContent = span.start
    var index = lineIndex(of: span.start)
    while index < lineStarts.count, lineStarts[index] <= span.end {
      let lineStart = max(lineStarts[index], span.start)
      let lineEnd = min(self.lineEnd(index), span.end)
      var first = lineStart
      while first < lineEnd, scalars[first].isSpace { first += 1 }
      if first == lineEnd {
        if let open = start { result.append(Span(open, lastContent)) }
        start = nil
      } else {
        var last = lineEnd
        while last > first, scalars[last - 1].isSpace { last -= 1 }
        if start == nil { start = first }
        lastContent = last
      }
      index += 1
    }
    if let open = start { result.append(Span(open, lastContent)) }
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
        scalars[start] == Document.byteOrderMark || scalars[start].isSpace
      {
        start += 1
      }
      return start < paragraph.end ? Span(start, paragraph.end) : nil
    }
  }
}
