/// A booster or a hedge found in the body.
public struct StanceMarker: Sendable, Equatable, Codable {
  /// Whether the marker strengthens or softens the writer's commitment.
  public enum Kind: String, Sendable, Codable, CaseIterable {
    case booster
    case hedge
  }

  public var kind: Kind
  public var start: Int
  public var end: Int
  public var text: String

  public init(kind: Kind, start: Int, end: Int, text: String) {
    self.kind = kind
    self.start = start
    self.end = end
    self.text = text
  }
}
