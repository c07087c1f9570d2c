/// What a comment answers: its post and, for a reply, the comment it replies to. A comment's
/// report names them, so a student (and a teacher reading reports one by one) knows which post
/// the comment was read against.
public struct AnsweredSubmission: Sendable, Equatable {
  public var post: Submission?
  public var parent: Submission?
  /// The names the class stage gave the post's and the parent's writers (the roster's, when it
  /// resolved a byline login such as `lnguyen`); nil when nothing was resolved.
  public var postWriter: String?
  public var parentWriter: String?

  public init(
    post: Submission?, parent: Submission? = nil, postWriter: String? = nil,
    parentWriter: String? = nil
  ) {
    self.post = post
    self.parent = parent
    self.postWriter = postWriter
    self.parentWriter = parentWriter
  }

  /// `In answer to “Car-Free Centres” by lnguyen, replying to Tomás Herrera’s comment`; nil
  /// when neither is known.
  public var sentence: String? {
    var parts: [String] = []
    if let post {
      var text = "In answer to "
      text += post.title.map { "“\($0)”" } ?? "the post \(post.id)"
      if let author = postWriter ?? post.author ?? post.student?.name {
        text += " by \(author)"
      }
      parts.append(text)
    }
    if let parent {
      let name = parentWriter ?? StudentLabel.name(parent)
      parts.append((parts.isEmpty ? "Replying to " : "replying to ") + "\(name)’s comment")
    }
    return parts.isEmpty ? nil : parts.joined(separator: ", ")
  }

  /// For each comment among `results`, what it answers (found among the same results).
  public static func index(_ results: [SubmissionResult]) -> [String: AnsweredSubmission] {
    index(results.map(\.submission))
  }

  /// For each comment among `submissions`, what it answers (found among the same ones);
  /// `writers` names the writer of a submission by id where the class stage knows them.
  public static func index(_ submissions: [Submission], writers: [String: String] = [:])
    -> [String: AnsweredSubmission]
  {
    var byID: [String: Submission] = [:]
    for submission in submissions where byID[submission.id] == nil {
      byID[submission.id] = submission
    }
    var result: [String: AnsweredSubmission] = [:]
    for comment in submissions where comment.kind == .comment {
      let answered = AnsweredSubmission(
        post: comment.post.flatMap { byID[$0] }, parent: comment.parent.flatMap { byID[$0] },
        postWriter: comment.post.flatMap { writers[$0] },
        parentWriter: comment.parent.flatMap { writers[$0] })
      if answered.post != nil || answered.parent != nil { result[comment.id] = answered }
    }
    return result
  }
}
