/// Sentence roles, claims with their support, and stance markers.
public struct ArgumentAnalysis: Sendable, Equatable {
  /// One role per body sentence, parallel to the sentences given to the analyzer.
  public var roles: [SentenceRole]
  /// The claims, in text order, with what supports them.
  public var claims: [Claim]
  /// Boosters (`clearly`, `no one can deny`) per 100 body words.
  public var boostersPer100Words: Double
  /// Hedges (`perhaps`, `it seems`) per 100 body words.
  public var hedgesPer100Words: Double
  /// Why each sentence got its role, parallel to ``roles``.
  public var sentences: [SentenceAssessment]
  /// Every booster and hedge in the body, in text order.
  public var stanceMarkers: [StanceMarker]

  public init(
    roles: [SentenceRole] = [], claims: [Claim] = [], boostersPer100Words: Double = 0,
    hedgesPer100Words: Double = 0, sentences: [SentenceAssessment] = [],
    stanceMarkers: [StanceMarker] = []
  ) {
    self.roles = roles
    self.claims = claims
    self.boostersPer100Words = boostersPer100Words
    self.hedgesPer100Words = hedgesPer100Words
    self.sentences = sentences
    self.stanceMarkers = stanceMarkers
  }

  /// The claims whose support is ``ClaimSupport/supported``.
  public var supportedClaims: Int { claims.filter { $0.support == .supported }.count }

  /// Over-claiming: the claims that carry a booster but no source or data supports.
  public var overclaims: [Claim] { claims.filter(\.overclaim) }
}

/// What a sentence does in the argument.
public enum SentenceRole: String, Sendable, Codable, CaseIterable {
  /// The thesis or a point the writer argues.
  case claim
  /// A citation, statistic, named source, example, quotation or reason offered for a claim.
  case evidence
  case other
}

/// A sentence's role, how sure the model is, and the features that decided it.
public struct SentenceAssessment: Sendable, Equatable, Codable {
  public var role: SentenceRole
  /// The probability of the chosen role (for `other`: one minus the larger of the two).
  public var confidence: Double
  public var claimProbability: Double
  public var evidenceProbability: Double
  /// The features that weighed most for the decision, strongest first; a rule that overrode
  /// the model is listed first as `rule.<name>`.
  public var features: [FeatureWeight]

  public init(
    role: SentenceRole, confidence: Double, claimProbability: Double,
    evidenceProbability: Double, features: [FeatureWeight]
  ) {
    self.role = role
    self.confidence = confidence
    self.claimProbability = claimProbability
    self.evidenceProbability = evidenceProbability
    self.features = features
  }
}

/// One feature's contribution (weight × value) to a decision.
public struct FeatureWeight: Sendable, Equatable, Codable {
  public var name: String
  public var weight: Double

  public init(name: String, weight: Double) {
    self.name = name
    self.weight = weight
  }
}

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
