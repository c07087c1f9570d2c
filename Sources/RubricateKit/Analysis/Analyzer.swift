/// Runs the analysis stages over submissions, left to right.
public struct Analyzer: Sendable {
  public init() {}

  /// Analyses one submission on its own.
  public func analyze(_ submission: Submission) -> SubmissionAnalysis {
    let text = TextAnalysis(document: submission.document, paragraphs: submission.body)
    return SubmissionAnalysis(submission: submission, text: text)
  }

  /// Analyses a batch: comments are read against the posts they answer.
  public func analyze(_ submissions: [Submission]) -> [SubmissionAnalysis] {
    submissions.map { analyze($0) }
  }
}
