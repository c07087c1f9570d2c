/// Everything Rubricate found in one submission: the input to measures and reports.
public struct SubmissionAnalysis: Sendable, Equatable {
  public var submission: Submission
  /// Words, sentences and counts of the body (the writer's own prose).
  public var text: TextAnalysis
  /// Words and counts of quoted passages (block quotes), kept apart from the body's.
  public var quotes: TextAnalysis
  public var citations: CitationAnalysis
  public var argument: ArgumentAnalysis
  /// For a comment: how it engages with its post.
  public var comment: CommentAnalysis?
  /// Spelling, mechanics and vocabulary of the body (empty for a text-only analysis).
  public var language: LanguageAnalysis
  /// The findings measures and reports share, derived once from the above.
  public let summary: Summary

  public init(
    submission: Submission, text: TextAnalysis, quotes: TextAnalysis,
    citations: CitationAnalysis, argument: ArgumentAnalysis, comment: CommentAnalysis?,
    language: LanguageAnalysis = LanguageAnalysis()
  ) {
    self.submission = submission
    self.text = text
    self.quotes = quotes
    self.citations = citations
    self.argument = argument
    self.comment = comment
    self.language = language
    self.summary = Self.summarize(citations: citations, argument: argument, comment: comment)
  }

  public var document: Document { submission.document }
}
