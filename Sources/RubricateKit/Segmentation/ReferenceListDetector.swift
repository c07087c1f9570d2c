import Foundation

/// A reference list found at the end of a text.
public struct ReferenceList: Sendable, Equatable {
  /// The heading line (`References`, `Works Cited`, …), when there is one.
  public var heading: Span?
  /// One span per entry, in order.
  public var entries: [Span]
  /// The index (into the paragraphs given to the detector) of the first paragraph that
  /// belongs to the list, heading included.
  public var firstParagraph: Int
  /// The rule that recognised the list.
  public var rule: String

  public init(heading: Span?, entries: [Span], firstParagraph: Int, rule: String) {
    self.heading = heading
    self.entries = entries
    self.firstParagraph = firstParagraph
    self.rule = rule
  }
}

/// Finds the reference list among a text's paragraphs. (Placeholder: headings only; the
/// citations work adds heading-less lists of bibliography-shaped paragraphs.)
public enum ReferenceListDetector {
  static let headings: Set<String> = [
    "references", "works cited", "bibliography", "sources", "reference list",
    "literature cited", "works consulted",
  ]

  /// Looks for a reference list among `paragraphs` (in text order).
  public static func detect(in document: Document, paragraphs: [Span]) -> ReferenceList? {
    for (index, paragraph) in paragraphs.enumerated() {
      let firstLineEnd =
        document.scalars[paragraph.range].firstIndex(of: "\n") ?? paragraph.end
      let line = document.text(of: Span(paragraph.start, firstLineEnd))
      let key = line.trimmingCharacters(in: .whitespaces).lowercased()
        .trimmingCharacters(in: .punctuationCharacters)
      guard headings.contains(key) else { continue }
      var entries: [Span] = []
      if firstLineEnd + 1 < paragraph.end {
        entries += lines(in: document, span: Span(firstLineEnd + 1, paragraph.end))
      }
      for next in paragraphs[(index + 1)...] { entries += lines(in: document, span: next) }
      return ReferenceList(
        heading: Span(paragraph.start, firstLineEnd), entries: entries, firstParagraph: index,
        rule: "heading")
    }
    return nil
  }

  static func lines(in document: Document, span: Span) -> [Span] {
    var result: [Span] = []
    var start = span.start
    for offset in span.range where document.scalars[offset] == "\n" {
      if offset > start { result.append(Span(start, offset)) }
      start = offset + 1
    }
    if span.end > start { result.append(Span(start, span.end)) }
    return result
  }
}
