/// Finds the reference list and the in-text citations of a text and matches them.
public enum CitationAnalyzer {
  /// - Parameters:
  ///   - body: the paragraphs of the writer's prose (where in-text citations are looked for).
  ///   - referenceEntries: the entry spans segmentation found, or `nil` to look for a
  ///     reference list at the end of `body` with ``ReferenceListDetector``.
  ///   - links: hyperlinks in the text (a link to a source is a citation).
  public static func analyze(
    document: Document, body: [Span], referenceEntries: [Span]?, links: [Link]
  ) -> CitationAnalysis {
    let entries = referenceEntries ?? []
    return CitationAnalysis(
      references: entries.map { ReferenceParser.parse(document: document, span: $0) })
  }
}
