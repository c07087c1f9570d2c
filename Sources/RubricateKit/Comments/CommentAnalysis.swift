/// How a peer comment engages with the post it answers.
/// (Placeholder: the comments work adds quotes, moves and the rest.)
public struct CommentAnalysis: Sendable, Equatable, Codable {
  /// Similarity of the comment to its post, 0 to 1.
  public var relevance: Double
  public var sharedTerms: [String]
  public var localized: Bool
  public var genericPraise: Bool

  public init(
    relevance: Double = 0, sharedTerms: [String] = [], localized: Bool = false,
    genericPraise: Bool = false
  ) {
    self.relevance = relevance
    self.sharedTerms = sharedTerms
    self.localized = localized
    self.genericPraise = genericPraise
  }
}

/// Term weights for relevance: inverse document frequencies.
public struct TermWeights: Sendable, Equatable {
  public var idf: [String: Double]
  public var defaultIDF: Double

  public init(idf: [String: Double] = [:], defaultIDF: Double = 1) {
    self.idf = idf
    self.defaultIDF = defaultIDF
  }

  /// Weights learnt from a class's posts (each a list of body texts).
  public init(documents: [String]) {
    self.init()
  }

  /// The built-in English weights, used when there is no class to learn from.
  public static let builtIn = TermWeights()
}

/// Analyses a comment against its post. (Placeholder.)
public enum CommentAnalyzer {
  public static func analyze(
    comment: Document, body: [Span], post: Document?, postBody: [Span], weights: TermWeights
  ) -> CommentAnalysis {
    CommentAnalysis()
  }
}
