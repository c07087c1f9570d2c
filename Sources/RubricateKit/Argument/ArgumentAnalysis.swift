/// Sentence roles, claims with their support, and stance markers.
public struct ArgumentAnalysis: Sendable, Equatable {
  /// One role per body sentence, parallel to the sentences given to the analyzer.
  public var roles: [SentenceRole]
  public var claims: [Claim]
  public var boostersPer100Words: Double
  public var hedgesPer100Words: Double

  public init(
    roles: [SentenceRole] = [], claims: [Claim] = [], boostersPer100Words: Double = 0,
    hedgesPer100Words: Double = 0
  ) {
    self.roles = roles
    self.claims = claims
    self.boostersPer100Words = boostersPer100Words
    self.hedgesPer100Words = hedgesPer100Words
  }
}

/// What a sentence does in the argument.
public enum SentenceRole: String, Sendable, Codable, CaseIterable {
  case claim
  case evidence
  case other
}

/// A claim and what supports it. (Placeholder: the argument work adds the fields.)
public struct Claim: Sendable, Equatable, Codable {
  /// The index of the claim's sentence in the body sentences.
  public var sentence: Int
  public var start: Int
  public var end: Int
  public var text: String

  public init(sentence: Int, start: Int, end: Int, text: String) {
    self.sentence = sentence
    self.start = start
    self.end = end
    self.text = text
  }
}

/// Classifies sentences and links claims to evidence. (Placeholder.)
public enum ArgumentAnalyzer {
  /// - Parameters:
  ///   - sentences: the body sentences, in order (never crossing a paragraph).
  ///   - citations: spans of in-text citations (evidence when inside a sentence).
  public static func analyze(
    document: Document, title: String?, paragraphs: [Span], sentences: [Span], words: Int,
    citations: [Span]
  ) -> ArgumentAnalysis {
    ArgumentAnalysis(roles: sentences.map { _ in .other })
  }
}
