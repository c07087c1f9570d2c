/// One piece of evidence linked to a claim.
public struct ClaimEvidence: Sendable, Equatable, Codable {
  /// What kind of support a piece of evidence is.
  public enum Kind: String, Sendable, Codable, CaseIterable {
    case citation
    /// A named or general source (`according to`, `a study found that`).
    case source
    case quotation
    /// A number with a unit (`40 %`, `3 million people`, `$20`).
    case statistic
    /// A year or other bare number.
    case number
    /// An example introduced as such (`for example`).
    case example
    /// The writer's own reasoning (`because …`, an explanatory sentence).
    case reason
    /// For a thesis: a body-paragraph claim that argues for it (and has support of its own).
    case claim

    /// Whether this kind, on its own, points at something outside the writer's word (it
    /// still needs an origin a reader can find to make a claim supported: see ``checkable``).
    public var isExternal: Bool {
      switch self {
      case .citation, .source, .quotation, .example: true
      case .statistic, .number, .reason, .claim: false
      }
    }
  }

  public var start: Int
  public var end: Int
  public var text: String
  public var kind: Kind
  /// Whether a reader could check this evidence: it holds an in-text citation or a link, or
  /// it is a quotation or a figure whose origin is named beside it (for a thesis: a body
  /// claim that is itself supported). Only checkable evidence makes a claim supported.
  public var checkable: Bool

  public init(start: Int, end: Int, text: String, kind: Kind, checkable: Bool = false) {
    self.start = start
    self.end = end
    self.text = text
    self.kind = kind
    self.checkable = checkable
  }
}
