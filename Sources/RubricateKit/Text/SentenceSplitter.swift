/// Splits text into sentences. (Placeholder: ends at `.`, `!` or `?` followed by white space,
/// and at blank lines; the text-core work replaces it.)
public enum SentenceSplitter {
  /// The sentences inside `span`, trimmed of surrounding white space, in order.
  public static func sentences(in document: Document, span: Span) -> [Span] {
    let scalars = document.scalars
    var result: [Span] = []
    var start = span.start
    var offset = span.start
    func flush(_ end: Int) {
      var lower = start
      var upper = end
      while lower < upper && scalars[lower].properties.isWhitespace { lower += 1 }
      while upper > lower && scalars[upper - 1].properties.isWhitespace { upper -= 1 }
      if upper > lower { result.append(Span(lower, upper)) }
    }
    while offset < span.end {
      let scalar = scalars[offset]
      if scalar == "." || scalar == "!" || scalar == "?" {
        let next = offset + 1
        if next >= span.end || scalars[next].properties.isWhitespace {
          flush(next)
          start = next
        }
      }
      offset += 1
    }
    flush(span.end)
    return result
  }
}
