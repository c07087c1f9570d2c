@testable import RubricateKit

/// Test texts with expected spans marked `⟦…⟧`: the marks are removed and the spans returned
/// as scalar offsets into the clean text.
enum TextMarks {
  static func parse(_ marked: String) -> (document: Document, spans: [Span]) {
    var scalars = String.UnicodeScalarView()
    var spans: [Span] = []
    var open: Int?
    for scalar in marked.unicodeScalars {
      if scalar == "⟦" {
        open = scalars.count
      } else if scalar == "⟧", let start = open {
        spans.append(Span(start, scalars.count))
        open = nil
      } else {
        scalars.append(scalar)
      }
    }
    return (Document(text: String(scalars)), spans)
  }
}
