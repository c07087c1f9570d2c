/// A claim and what supports it.
public struct Claim: Sendable, Equatable, Codable {
  /// The index of the claim's sentence in the body sentences.
  public var sentence: Int
  public var start: Int
  public var end: Int
  public var text: String
  public var support: ClaimSupport
  /// What backs the claim: parts of its own sentence and evidence sentences linked to it.
  public var evidence: [ClaimEvidence]
  /// The names of the features that made the sentence a claim, strongest first.
  public var features: [String]
  /// The model's probability that the sentence is a claim.
  public var confidence: Double
  /// The boosters in the claim's sentence, as written.
  public var boosters: [String]
  /// Over-claiming: a booster on a claim that no source or data supports (`unsupported`, or
  /// `weak`: certainty asserted on the writer's own word). Worth telling the student about.
  public var overclaim: Bool
  /// The claim stands in the introduction or the conclusion of a text of three paragraphs or
  /// more: the thesis (or its restatement), backed by the claims of the body paragraphs.
  public var thesis: Bool

  public init(
    sentence: Int, start: Int, end: Int, text: String, support: ClaimSupport = .unsupported,
    evidence: [ClaimEvidence] = [], features: [String] = [], confidence: Double = 0,
    boosters: [String] = [], overclaim: Bool = false, thesis: Bool = false
  ) {
    self.sentence = sentence
    self.start = start
    self.end = end
    self.text = text
    self.support = support
    self.evidence = evidence
    self.features = features
    self.confidence = confidence
    self.boosters = boosters
    self.overclaim = overclaim
    self.thesis = thesis
  }
}

/// How well a claim is backed.
public enum ClaimSupport: String, Sendable, Codable, CaseIterable {
  /// Evidence a reader could check backs it: an in-text citation or link in the claim or its
  /// evidence, a quotation attributed to a source, a figure with its origin (for a thesis: a
  /// supported body claim, or cited evidence in a body paragraph that argues it directly).
  case supported
  /// Only evidence a reader cannot check backs it: the writer's reasoning, an uncited example,
  /// a vaguely named source, data with no origin.
  case weak
  case unsupported
}
