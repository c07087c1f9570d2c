@testable import RubricateKit

/// Citation tests on texts whose expected spans are marked with ⟦ ⟧ (see ``SpanMarks``).
enum CitationMarks {
  /// The citations found in a marked text whose whole text is one paragraph of prose.
  static func citations(in marked: String, links: [Link] = []) -> (
    found: [InTextCitation], expected: [Span], document: Document
  ) {
    let (text, spans) = SpanMarks.parse(marked)
    let document = Document(text: text)
    let found = InTextCitationFinder.find(in: document, spans: document.paragraphs(), links: links)
    return (found, spans, document)
  }
}
