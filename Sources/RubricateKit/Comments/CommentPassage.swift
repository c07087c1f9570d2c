/// A stretch of the comment's text.
public struct CommentPassage: Sendable, Equatable, Codable {
  public var start: Int
  public var end: Int
  public var text: String

  public init(start: Int, end: Int, text: String) {
    self.start = start
    self.end = end
    self.text = text
  }
}
