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
    var prose = body
    var entrySpans = referenceEntries ?? []
    var heading: Span?
    if referenceEntries == nil,
      let list = ReferenceListDetector.detect(in: document, paragraphs: body)
    {
      entrySpans = list.entries
      heading = list.heading
      // The list's own text is not prose: cut it (and its heading) out of the body.
      let listStart = list.heading?.start ?? list.entries.first?.start ?? document.scalars.count
      prose = body.compactMap { paragraph in
        if paragraph.start >= listStart { return nil }
        return paragraph.end > listStart ? Span(paragraph.start, listStart) : paragraph
      }
    } else if !entrySpans.isEmpty {
      prose = body.filter { paragraph in !entrySpans.contains { $0.overlaps(paragraph) } }
    }
    let references = entrySpans.map { ReferenceParser.parse(document: document, span: $0) }
    let proseLinks = links.filter { link in !entrySpans.contains { $0.overlaps(link.span) } }
    var found = InTextCitationFinder.find(
      in: document, spans: prose, links: proseLinks, keepingNameOnly: !references.isEmpty)
    // With a list in hand, `(25 - 26)` beyond its length is a page range, not source numbers.
    if !references.isEmpty {
      found.removeAll { citation in
        citation.kind == .numeric && citation.text.hasPrefix("(")
          && citation.numbers.allSatisfy { $0 > references.count }
      }
    }
    var citations = CitationMatcher.match(found, to: references)
    citations.removeAll { $0.nameOnly && $0.candidates.isEmpty }
    return CitationAnalysis(
      references: references, citations: citations, referencesHeading: heading)
  }
}
