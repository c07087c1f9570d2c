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
