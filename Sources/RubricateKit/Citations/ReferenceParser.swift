/// Parses one reference entry into authors, year, title, container and the rest, by rules.
///
/// The entry is tokenised once and every rule looks a bounded number of tokens ahead, so parsing
/// is linear in the entry's length whatever it contains.
public enum ReferenceParser {
  /// Parses the entry written in `span` of `document`.
  public static func parse(document: Document, span: Span) -> ReferenceEntry {
    let span = trimmed(span, in: document)
    var scanner = EntryScanner(
      document: document, tokens: CitationTokenizer.tokens(in: document, span: span))
    scanner.run()
    var entry = ReferenceEntry(start: span.start, end: span.end, text: document.text(of: span))
    scanner.fill(&entry)
    entry.style = ReferenceStyleDetector.style(of: entry, layout: scanner.layout)
    entry.problems = ReferenceStyleDetector.problems(
      of: entry, layout: scanner.layout, document: document, span: span)
    return entry
  }

  /// Parses a whole string as one entry.
  public static func parse(_ text: String) -> ReferenceEntry {
    let document = Document(text: text)
    return parse(document: document, span: document.fullSpan)
  }

  static func trimmed(_ span: Span, in document: Document) -> Span {
    var lower = max(0, span.start)
    var upper = min(span.end, document.scalars.count)
    while lower < upper, CitationScalars.isSpace(document.scalars[lower]) { lower += 1 }
    while upper > lower, CitationScalars.isSpace(document.scalars[upper - 1]) { upper -= 1 }
    return Span(lower, upper)
  }
}

/// What the parser saw about an entry's layout, which style detection reads.
struct EntryLayout: Sendable, Equatable {
  /// `[3]` numbering.
  var bracketNumber = false
  /// The year in parentheses right after the authors; `yearParenPeriod` when `).` follows.
  var yearInParensAfterAuthors = false
  var yearParenPeriod = false
  /// `Family, Given. 2010. Title.`
  var bareYearAfterAuthors = false
  /// The title was in quotation marks; `quotedTitleComma` when it ended `,”` (IEEE).
  var quotedTitle = false
  var quotedTitleComma = false
  var quotedTitlePeriod = false
  /// The first author's name was written family first (`Okafor, A.`).
  var invertedFirstAuthor = false
  /// Given names were written as initials.
  var initialsOnly = false
  /// The first author's initials come first (`T. Marsh`), as IEEE writes names.
  var givenFirstInitials = false
  /// `Place: Publisher` was seen.
  var placeColonPublisher = false
  /// `vol.` / `pp.` / `no.` markers.
  var volumeMarker = false
  /// `Accessed`, `Web.`, `Print.` (MLA) or `Retrieved from` / `Available at` (APA / Harvard).
  var mlaMedium = false
  var retrievedFrom = false
  var availableAt = false
  /// The year was the entry's last element (MLA and IEEE put it near the end).
  var yearAtEnd = false
  /// An opening quotation mark never closed.
  var unclosedQuote = false
}
