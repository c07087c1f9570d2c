/// Splits text into word tokens. (Placeholder: letters and digits runs; the text-core work
/// replaces it with the full counting rule written down in the README.)
public enum WordTokenizer {
  /// The word tokens inside `span`, in order.
  public static func words(in document: Document, span: Span) -> [Span] {
    var result: [Span] = []
    var start: Int?
    let scalars = document.scalars
    for offset in span.range {
      let scalar = scalars[offset]
      let isWord =
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "'"
        || scalar == "’" || scalar == "-"
      if isWord {
        if start == nil { start = offset }
      } else if let first = start {
        result.append(Span(first, offset))
        start = nil
      }
    }
    if let first = start { result.append(Span(first, span.end)) }
    return result
  }
}
