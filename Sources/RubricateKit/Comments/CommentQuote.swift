/// A passage the comment puts in quotation marks (the marks excluded from the span).
public struct CommentQuote: Sendable, Equatable, Codable {
  public var start: Int
  public var end: Int
  public var text: String
  /// Whether the passage occurs in the post (ignoring case, quotation marks, punctuation and
  /// white space; an ellipsis may stand for omitted words).
  public var foundInPost: Bool
  /// For a reply: whether the passage occurs in the comment it answers.
  public var foundInParent: Bool

  public init(start: Int, end: Int, text: String, foundInPost: Bool, foundInParent: Bool = false) {
    self.start = start
    self.end = end
    self.text = text
    self.foundInPost = foundInPost
    self.foundInParent = foundInParent
  }
}
