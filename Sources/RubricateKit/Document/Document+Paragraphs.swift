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
