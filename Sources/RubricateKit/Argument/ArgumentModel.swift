import Foundation

/// A logistic-regression scorer over named features.
struct LogisticModel: Sendable, Equatable {
  var bias: Double
  var weights: [String: Double]

  /// Each non-zero feature's weight × value.
  func contributions(_ features: SentenceFeatures) -> [FeatureWeight] {
    features.values.compactMap { name, value in
      guard let weight = weights[name] else { return nil }
      let contribution = weight * value
      return contribution == 0 ? nil : FeatureWeight(name: name, weight: contribution)
    }
  }

  func probability(_ features: SentenceFeatures) -> Double {
    let score = contributions(features).reduce(bias) { $0 + $1.weight }
    return 1 / (1 + exp(-score))
  }
}

/// Decides a sentence's role from the two trained models, then applies the rule table.
enum ArgumentModel {
  /// The decision rule's cut-offs, tuned with the weights.
  struct Thresholds: Sendable, Equatable {
    /// The claim probability at or above which a sentence is a claim…
    var claim: Double
    /// …provided it is at least this multiple of the evidence probability.
    var claimOverEvidence: Double
    /// The evidence probability at or above which a non-claim is evidence.
    var evidence: Double
  }

  /// A rule that overrides the models, with the reason it exists.
  struct Rule: Sendable {
    var name: String
    /// The role the rule gives when it applies and the models chose `forbidden`.
    var forbidden: SentenceRole
    var replacement: SentenceRole
    var applies: @Sendable (SentenceFeatures) -> Bool
  }

  /// Rules for what the corpus does not teach the models. Where they come from:
  /// - a question asserts nothing the student must back (a rhetorical question is reported
  ///   as `other`, not as an unsupported claim);
  /// - a heading (a short paragraph with no sentence punctuation) is a label, not prose;
  /// - a told story (past-tense narrative with no stance, modal or judgement) is not a
  ///   claim, whatever its position: the essays in the training corpus rarely narrate, blog
  ///   posts often do.
  static let rules: [Rule] = [
    Rule(name: "question", forbidden: .claim, replacement: .other) {
      $0["shape.question"] > 0
    },
    Rule(name: "question", forbidden: .evidence, replacement: .other) {
      $0["shape.question"] > 0
    },
    Rule(name: "heading", forbidden: .claim, replacement: .other) { $0["shape.heading"] > 0 },
    Rule(name: "heading", forbidden: .evidence, replacement: .other) { $0["shape.heading"] > 0 },
    Rule(name: "narrative", forbidden: .claim, replacement: .other) { features in
      features["has.narrative"] >= 2.0 / 3.0
        && Self.arguableCues.allSatisfy { features[$0] == 0 }
    },
  ]

  /// Features that make a sentence arguable rather than narrative.
  static let arguableCues = [
    "has.opinion", "has.stance", "has.obligation", "has.evaluative", "has.conclusive",
    "has.possibility", "has.prediction", "has.booster", "has.hedge", "opens.conclusion",
    "has.reason",
  ]

  /// The role, its confidence and the deciding features of one sentence.
  static func assess(_ features: SentenceFeatures) -> SentenceAssessment {
    let claimProbability = claim.probability(features)
    let evidenceProbability = evidence.probability(features)
    var role: SentenceRole
    if claimProbability >= thresholds.claim
      && claimProbability >= thresholds.claimOverEvidence * evidenceProbability
    {
      role = .claim
    } else if evidenceProbability >= thresholds.evidence {
      role = .evidence
    } else {
      role = .other
    }
    var applied: [String] = []
    for rule in rules where rule.forbidden == role && rule.applies(features) {
      role = rule.replacement
      applied.append(rule.name)
    }
    let confidence: Double
    var explanation: [FeatureWeight]
    switch role {
    case .claim:
      confidence = claimProbability
      explanation = claim.contributions(features).filter { $0.weight > 0 }
        .sorted(by: Self.strongestFirst)
    case .evidence:
      confidence = evidenceProbability
      explanation = evidence.contributions(features).filter { $0.weight > 0 }
        .sorted(by: Self.strongestFirst)
    case .other:
      confidence = 1 - max(claimProbability, evidenceProbability)
      // A feature that counts against both roles is listed once, with both weights summed.
      var against: [String: Double] = [:]
      for item in claim.contributions(features) + evidence.contributions(features)
      where item.weight < 0 {
        against[item.name, default: 0] += item.weight
      }
      explanation = against.map { FeatureWeight(name: $0.key, weight: $0.value) }
        .sorted(by: Self.strongestFirst)
    }
    explanation =
      applied.map { FeatureWeight(name: "rule.\($0)", weight: 0) }
      + explanation.prefix(maximumExplanation).map {
        FeatureWeight(name: $0.name, weight: rounded($0.weight))
      }
    return SentenceAssessment(
      role: role, confidence: rounded(confidence),
      claimProbability: rounded(claimProbability),
      evidenceProbability: rounded(evidenceProbability), features: explanation)
  }

  /// How many features an explanation lists.
  static let maximumExplanation = 5

  static func strongestFirst(_ lhs: FeatureWeight, _ rhs: FeatureWeight) -> Bool {
    abs(lhs.weight) != abs(rhs.weight) ? abs(lhs.weight) > abs(rhs.weight) : lhs.name < rhs.name
  }

  /// Three decimals: stable output, no false precision.
  static func rounded(_ value: Double) -> Double {
    (value * 1000).rounded() / 1000
  }
}
