/// What a comment answers: its post and, for a reply, the comment it replies to. A comment's
/// report names them, so a student (and a teacher reading reports one by one) knows which post
/// the comment was read against.
public struct AnsweredSubmission: Sendable, Equatable {
  public var post: Submission?
  public var parent: Submission?

  public init(post: Submission?, parent: Submission? = nil) {
    self.post = post
    self.parent = parent
  }

  /// `In answer to “Car-Free Centres” by lnguyen, replying to Tomás Herrera’s comment`; nil
  /// when neither is known.
  public var sentence: String? {
    var parts: [String] = []
    if let post {
      var text = "In answer to "
      text += post.title.map { "“\($0)”" } ?? "the post \(post.id)"
      if let author = post.author ?? post.student?.name { text += " by \(author)" }
      parts.append(text)
    }
    if let parent {
      let name = StudentLabel.name(parent)
      parts.append((parts.isEmpty ? "Replying to " : "replying to ") + "\(name)’s comment")
    }
    return parts.isEmpty ? nil : parts.joined(separator: ", ")
  }

  /// For each comment among `results`, what it answers (found among the same results).
  public static func index(_ results: [SubmissionResult]) -> [String: AnsweredSubmission] {
    index(results.map(\.submission))
  }

  /// For each comment among `submissions`, what it answers (found among the same ones).
  public static func index(_ submissions: [Submission]) -> [String: AnsweredSubmission] {
    var byID: [String: Submission] = [:]
    for submission in submissions where byID[submission.id] == nil {
      byID[submission.id] = submission
    }
    var result: [String: AnsweredSubmission] = [:]
    for comment in submissions where comment.kind == .comment {
      let answered = AnsweredSubmission(
        post: comment.post.flatMap { byID[$0] }, parent: comment.parent.flatMap { byID[$0] })
      if answered.post != nil || answered.parent != nil { result[comment.id] = answered }
    }
    return result
  }
}
