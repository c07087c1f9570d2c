/// The number of moves of each kind (every kind present, zero included).
public struct CommentMoveCounts: Sendable, Equatable, Codable {
  public var summary = 0
  public var praise = 0
  public var problem = 0
  public var suggestion = 0
  public var question = 0
  public var counterpoint = 0
  public var evidence = 0
  public var mitigation = 0

  public init() {}

  /// Counts the moves of a list.
  public init(_ moves: [CommentMove]) {
    for move in moves { self[move.kind] += 1 }
  }

  public subscript(kind: CommentMove.Kind) -> Int {
    get {
      switch kind {
      case .summary: summary
      case .praise: praise
      case .problem: problem
      case .suggestion: suggestion
      case .question: question
      case .counterpoint: counterpoint
      case .evidence: evidence
      case .mitigation: mitigation
      }
    }
    set {
      switch kind {
      case .summary: summary = newValue
      case .praise: praise = newValue
      case .problem: problem = newValue
      case .suggestion: suggestion = newValue
      case .question: question = newValue
      case .counterpoint: counterpoint = newValue
      case .evidence: evidence = newValue
      case .mitigation: mitigation = newValue
      }
    }
  }
}
