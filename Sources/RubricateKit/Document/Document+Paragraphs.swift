extension Document {
  /// The paragraphs inside `span`, trimmed of surrounding white space, decided by the layout.
  ///
  /// A blank line always ends a paragraph. Inside a block of lines with no blank line between
  /// them, ``ParagraphLayout`` decides whether each line is a paragraph (Word's and Google
  /// Docs' plain-text export, web forms) or the lines were wrapped at a width and make one
  /// paragraph (e-mail, text pasted from a PDF). A block of four lines or more decides by its
  /// own lines; a shorter one by all the lines of `span` (so a document that mixes the two
  /// layouts is read region by region).
  public func paragraphs(in span: Span? = nil) -> [Span] {
    let lines = layoutLines(in: span ?? fullSpan)
    var blocks: [Range<Int>] = []
    var open: Int?
    for (index, line) in lines.enumerated() {
      if line.isBlank {
        if let first = open { blocks.append(first..<index) }
        open = nil
      } else if open == nil {
        open = index
      }
    }
    if let first = open { blocks.append(first..<lines.count) }
    let multiLine = blocks.filter { $0.count >= 2 }
    guard !multiLine.isEmpty else {
      return blocks.map { Span(lines[$0.lowerBound].start, lines[$0.upperBound - 1].end) }
    }
    let documentLayout = ParagraphLayout.decide(multiLine.map { lines[$0] })
    var result: [Span] = []
    for block in blocks {
      let blockLines = lines[block]
      let layout =
        block.count >= ParagraphLayout.linesToDecideAlone
        ? ParagraphLayout.decide([blockLines]) : documentLayout
      var start = blockLines[block.lowerBound].start
      for index in block.dropLast()
      where layout.breaks(after: lines[index], before: lines[index + 1]) {
        result.append(Span(start, lines[index].end))
        start = lines[index + 1].start
      }
      result.append(Span(start, lines[block.upperBound - 1].end))
    }
    return result
  }

  /// The blank-line separated blocks inside `span`, trimmed of surrounding white space, each
  /// line break inside a block read as a space.
  public func blocks(in span: Span? = nil) -> [Span] {
    let lines = layoutLines(in: span ?? fullSpan)
    var result: [Span] = []
    var open: Span?
    for line in lines {
      if line.isBlank {
        if let block = open { result.append(block) }
        open = nil
      } else {
        open = Span(open?.start ?? line.start, line.end)
      }
    }
    if let block = open { result.append(block) }
    return result
  }

  /// Every line inside `span` with what the layout decision reads of it.
  ///
  /// Works line by line from ``lineStarts``: only the white space at either end of a line
  /// and its first word are looked at, so a text of long paragraphs costs a few steps a line
  /// rather than one a scalar.
  func layoutLines(in span: Span) -> [LayoutLine] {
    var lines: [LayoutLine] = []
    var index = lineIndex(of: span.start)
    while index < lineStarts.count, lineStarts[index] <= span.end {
      let lineStart = max(lineStarts[index], span.start)
      let lineEnd = min(self.lineEnd(index), span.end)
      var first = lineStart
      while first < lineEnd, scalars[first].isSpace || scalars[first] == Self.byteOrderMark {
        first += 1
      }
      var last = lineEnd
      while last > first, scalars[last - 1].isSpace { last -= 1 }
      lines.append(LayoutLine(scalars: scalars, start: first, end: last, indent: first - lineStart))
      index += 1
    }
    return lines
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
