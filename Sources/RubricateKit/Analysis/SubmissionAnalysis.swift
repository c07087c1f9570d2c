/// Everything Rubricate found in one submission: the input to measures and reports.
public struct SubmissionAnalysis: Sendable, Equatable {
  public var submission: Submission
  /// Words, sentences and counts of the body (the writer's own prose).
  public var text: TextAnalysis

  public init(submission: Submission, text: TextAnalysis) {
    self.submission = submission
    self.text = text
  }

  public var document: Document { submission.document }
}
