/// Grades analysed submissions: posts with the post rubric, comments with the comment rubric.
public struct Grader: Sendable {
  public let postRubric: Rubric
  public let commentRubric: Rubric

  public init(postRubric: Rubric, commentRubric: Rubric) {
    self.postRubric = postRubric
    self.commentRubric = commentRubric
  }

  /// The shipped rubrics.
  public static func builtIn() throws(RubricError) -> Grader {
    Grader(
      postRubric: try Rubric.defaultRubric(for: .post),
      commentRubric: try Rubric.defaultRubric(for: .comment))
  }

  public func rubric(for kind: Submission.Kind) -> Rubric {
    kind == .post ? postRubric : commentRubric
  }

  public func grade(_ analysis: SubmissionAnalysis) -> SubmissionResult {
    Evaluator(rubric: rubric(for: analysis.submission.kind)).evaluate(analysis)
  }

  /// The comments on each post, by post id, in batch order.
  public static func comments(in results: [SubmissionResult]) -> [String: [SubmissionResult]] {
    var byPost: [String: [SubmissionResult]] = [:]
    for result in results where result.submission.kind == .comment {
      if let post = result.submission.post { byPost[post, default: []].append(result) }
    }
    return byPost
  }
}
