@testable import RubricateKit

/// Test texts mark expected spans with ⟦ ⟧; this strips the marks and returns the spans as
/// Unicode-scalar offsets into the clean text.
enum CitationMarks {
  static func parse(_ marked: String) -> (text: String, spans: [Span]) {
    var clean = String.UnicodeScalarView()
    var spans: [Span] = []
    var open: Int?
    for scalar in marked.unicodeScalars {
      if scalar == "⟦" {
        open = clean.count
      } else if scalar == "⟧", let start = open {
        spans.append(Span(start, clean.count))
        open = nil
      } else {
        clean.append(scalar)
      }
    }
    return (String(clean), spans)
  }

  /// The citations found in a marked text whose whole text is one paragraph of prose.
  static func citations(in marked: String, links: [Link] = []) -> (
    found: [InTextCitation], expected: [Span], document: Document
  ) {
    let (text, spans) = parse(marked)
    let document = Document(text: text)
    let found = InTextCitationFinder.find(in: document, spans: document.paragraphs(), links: links)
    return (found, spans, document)
  }
}
