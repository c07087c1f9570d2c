/// A reference list found in a text.
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

/// Finds the reference list among a text's paragraphs: under a heading, or with no heading as
/// the run of bibliography-shaped entries that ends the text.
///
/// Each line is looked at a bounded number of times and each candidate entry is parsed once,
/// so detection is linear in the text.
public enum ReferenceListDetector {
  /// Headings that always introduce a reference list (from MLA, APA, Chicago and the headings
  /// seen in student papers, lower-cased, without numbering or a trailing colon).
  static let headings: Set<String> = [
    "references", "reference list", "references cited", "works cited", "work cited",
    "works consulted", "works referenced", "bibliography", "select bibliography",
    "selected bibliography", "literature cited", "literature", "cited works", "sources cited",
    "references and bibliography", "bibliography and references", "list of references",
    "reference", "sources consulted", "citations", "works cited and consulted",
    "references and notes", "literature references", "reference section",
  ]
  /// Headings that introduce a list only when the lines below look like entries.
  static let weakHeadings: Set<String> = [
    "sources", "resources", "source", "further reading", "readings", "cites", "sources used",
    "credits", "links", "useful links", "research",
  ]
  /// Lines that end a reference list (the appendix or notes that follow it).
  static let stopPrefixes: [String] = [
    "appendix", "figure", "table", "notes", "endnotes", "footnotes", "acknowledg", "calculations",
    "about the author", "tags:", "categories:", "filed under", "posted in", "share this",
    "leave a reply", "comments", "like this", "related",
  ]

  /// One trimmed line and where it sits.
  struct Line {
    var span: Span
    var paragraph: Int
    /// Whether the raw line started with white space (a hanging indent's continuation).
    var indented: Bool
    /// Whether this is the first line of its paragraph.
    var opensParagraph: Bool
  }

  /// Looks for a reference list among `paragraphs` (in text order).
  public static func detect(in document: Document, paragraphs: [Span]) -> ReferenceList? {
    let lines = self.lines(in: document, paragraphs: paragraphs)
    guard !lines.isEmpty else { return nil }
    if let found = underHeading(document, lines) { return found }
    return trailingRun(document, lines)
  }

  static func lines(in document: Document, paragraphs: [Span]) -> [Line] {
    var result: [Line] = []
    let scalars = document.scalars
    for (index, paragraph) in paragraphs.enumerated() {
      var lineStart = paragraph.start
      var first = true
      // The document indexed its line starts, so the paragraph's lines are found without
      // looking at every scalar.
      var line = document.lineIndex(of: paragraph.start)
      while lineStart <= paragraph.end {
        let offset = min(document.lineEnd(line), paragraph.end)
        var lower = lineStart
        var upper = offset
        // The paragraph span is trimmed, so look at the raw line start for its indent.
        let rawStart = document.lineStarts[line]
        let indented =
          lower < upper
          && (rawStart < lower
            ? CitationScalars.isSpace(scalars[rawStart])
            : CitationScalars.isSpace(scalars[lower]))
        while lower < upper, CitationScalars.isSpace(scalars[lower]) { lower += 1 }
        while upper > lower, CitationScalars.isSpace(scalars[upper - 1]) { upper -= 1 }
        if upper > lower {
          result.append(
            Line(
              span: Span(lower, upper), paragraph: index, indented: indented,
              opensParagraph: first))
          first = false
        }
        lineStart = offset + 1
        line += 1
      }
    }
    return result
  }
}
