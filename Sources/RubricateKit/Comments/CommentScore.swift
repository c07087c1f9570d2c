/// A graded judgement of a comment, 0 to 1, with the passages that produced it.
public struct CommentScore: Sendable, Equatable, Codable {
  /// 0 (none of the quality) to 1.
  public var value: Double
  /// The passages behind the value, in text order.
  public var evidence: [CommentEvidence]

  public init(value: Double = 0, evidence: [CommentEvidence] = []) {
    self.value = value
    self.evidence = evidence
  }

  /// The evidence as spans.
  public var spans: [Span] { evidence.map { Span($0.start, $0.end) } }
}

/// One passage behind a ``CommentScore``: what it is and where.
public struct CommentEvidence: Sendable, Equatable, Codable {
  /// What the passage contributes: a move kind (`suggestion`, `question`, `problem`,
  /// `counterpoint`, `evidence`), `place` (a reference to a part, a quotation found in the
  /// text, a paraphrase) or `detail` (a specific term, name or number).
  public var kind: String
  public var start: Int
  public var end: Int
  public var text: String

  public init(kind: String, start: Int, end: Int, text: String) {
    self.kind = kind
    self.start = start
    self.end = end
    self.text = text
  }
}
