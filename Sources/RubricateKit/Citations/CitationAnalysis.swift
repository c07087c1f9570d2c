/// The reference list, the in-text citations and how they match.
public struct CitationAnalysis: Sendable, Equatable {
  /// The parsed reference entries, in list order.
  public var references: [ReferenceEntry]
  /// The in-text citations, in text order.
  public var citations: [InTextCitation]

  public init(references: [ReferenceEntry] = [], citations: [InTextCitation] = []) {
    self.references = references
    self.citations = citations
  }
}

/// One parsed reference-list entry. (Placeholder: the citations work adds the fields.)
public struct ReferenceEntry: Sendable, Equatable, Codable {
  public var start: Int
  public var end: Int
  public var text: String

  public init(start: Int, end: Int, text: String) {
    self.start = start
    self.end = end
    self.text = text
  }
}

/// One in-text citation. (Placeholder: the citations work adds the fields.)
public struct InTextCitation: Sendable, Equatable, Codable {
  public var start: Int
  public var end: Int
  public var text: String

  public init(start: Int, end: Int, text: String) {
    self.start = start
    self.end = end
    self.text = text
  }
}

/// Finds and parses references and citations. (Placeholder.)
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
      references: entries.map {
        ReferenceEntry(start: $0.start, end: $0.end, text: document.text(of: $0))
      })
  }
}

/// Parses one reference entry. (Placeholder.)
public enum ReferenceParser {
  public static func parse(document: Document, span: Span) -> ReferenceEntry {
    ReferenceEntry(start: span.start, end: span.end, text: document.text(of: span))
  }
}
