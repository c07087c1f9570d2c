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

  /// The spans of the claims with the given support (for summaries and reports).
  public func claimSpans(_ support: ClaimSupport) -> [Span] {
    claims.filter { $0.support == support }.map { Span($0.start, $0.end) }
  }

  /// The spans of the boosters (or hedges) in the body.
  public func markerSpans(_ kind: StanceMarker.Kind) -> [Span] {
    stanceMarkers.filter { $0.kind == kind }.map { Span($0.start, $0.end) }
  }

  /// The spans of the boosters that sit in over-claiming claims.
  public var overclaimBoosterSpans: [Span] {
    let claimsWithBoosters = overclaims.map { Span($0.start, $0.end) }
    return markerSpans(.booster).filter { marker in
      claimsWithBoosters.contains { $0.contains(marker) }
    }
  }
}

/// What a sentence does in the argument.
public enum SentenceRole: String, Sendable, Codable, CaseIterable {
  /// The thesis or a point the writer argues.
  case claim
  /// A citation, statistic, named source, example, quotation or reason offered for a claim.
  case evidence
  case other
}
