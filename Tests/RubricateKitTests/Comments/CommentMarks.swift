@testable import RubricateKit

/// Test texts with expected spans marked `⟦ ⟧`: the text without the marks, and the spans.
enum CommentMarks {
  static func parse(_ marked: String) -> (text: String, spans: [Span]) {
    var scalars = String.UnicodeScalarView()
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
        scalars.append(scalar)
        offset += 1
      }
    }
    return (String(scalars), spans)
  }
}
