@testable import RubricateKit

/// Test texts mark expected spans with `⟦ ⟧`: `parse` strips the marks and returns the clean
/// text and the spans as Unicode-scalar offsets into it (what `Span` counts). Every suite
/// that marks spans uses this one reader.
enum SpanMarks {
  static func parse(_ marked: String) -> (text: String, spans: [Span]) {
    var clean = String.UnicodeScalarView()
    var spans: [Span] = []
    var open: Int?
    var offset = 0
    for scalar in marked.unicodeScalars {
      if scalar == "⟦" {
        open = offset
      } else if scalar == "⟧", let start = open {
        spans.append(Span(start, offset))
        open = nil
      } else {
        clean.append(scalar)
        offset += 1
      }
    }
    return (String(clean), spans)
  }

  /// The clean text as a ``Document``, with the marked spans.
  static func document(_ marked: String) -> (document: Document, spans: [Span]) {
    let (text, spans) = parse(marked)
    return (Document(text: text), spans)
  }
}
