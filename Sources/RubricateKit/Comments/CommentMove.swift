/// One feedback move: what the commenter does in a stretch of the comment.
public struct CommentMove: Sendable, Equatable, Codable {
  /// The kinds of feedback move, after Nelson & Schunn (2009) and describe–evaluate–suggest.
  public enum Kind: String, Sendable, Codable, CaseIterable {
    /// Describes what the post says (`you argue that …`).
    case summary
    /// Evaluates the post favourably (`convincing`, `I agree`).
    case praise
    /// Names a problem (`confusing`, `is missing`, `I didn't understand`).
    case problem
    /// Proposes a change (`you could`, `consider`, `it would help to`).
    case suggestion
    /// Asks the writer something.
    case question
    /// Brings a counter-argument or another perspective (`however`, `but what about`).
    case counterpoint
    /// Brings in evidence or a source (`according to`, `a study`, a link).
    case evidence
    /// Softens the feedback (`maybe`, `just a thought`).
    case mitigation

    /// Whether the move gives the writer something to work with.
    public var isConstructive: Bool {
      switch self {
      case .problem, .suggestion, .question, .counterpoint, .evidence: true
      case .summary, .praise, .mitigation: false
      }
    }
  }

  public var kind: Kind
  /// The clause the move covers: from its sentence's start (or the cue, when an earlier move
  /// shares the sentence) to the sentence's end (or the next move's cue).
  public var start: Int
  public var end: Int
  public var text: String
  /// The words that signalled the move, as written.
  public var cue: String

  public init(kind: Kind, start: Int, end: Int, text: String, cue: String) {
    self.kind = kind
    self.start = start
    self.end = end
    self.text = text
    self.cue = cue
  }
}
