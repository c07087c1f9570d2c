/// One recognised part of a submission's text, and the rule that recognised it.
public struct Segment: Sendable, Equatable, Codable {
  /// What a part of a page is.
  public enum Kind: String, Sendable, Codable, CaseIterable {
    case title
    case dateline
    case heading
    /// A paragraph of the writer's own prose (what body statistics count).
    case body
    case blockquote
    case listItem
    /// The heading above a reference list (`References`, `Works Cited`, …).
    case referencesHeading
    /// One entry of a reference list.
    case reference
    /// A footnote or endnote of a word-processor document, appended after the text; not body.
    case note
    /// The heading above a comment thread (`3 Responses to “…”`).
    case commentsHeading
    /// A comment's author / date line.
    case commentHeader
    /// A comment's text.
    case comment
    case boilerplate
  }

  public var kind: Kind
  public var span: Span
  /// The id of the rule that matched, so `rubricate segments` can say why.
  public var rule: String

  public init(kind: Kind, span: Span, rule: String) {
    self.kind = kind
    self.span = span
    self.rule = rule
  }
}
