import Foundation

/// A logistic-regression scorer over ``SentenceFeatures``.
struct LogisticModel: Sendable, Equatable {
  var bias: Double
  /// One weight a ``SentenceFeature``, indexed by its raw value (zero where it has none).
  var weights: [Double]

  /// - Parameter weights: weights by feature name, as `bench/train_claims.py` writes them; a
  ///   name that is no ``SentenceFeature`` is left out (a test checks that there is none).
  init(bias: Double, weights: [String: Double]) {
    self.bias = bias
    var aligned = [Double](repeating: 0, count: SentenceFeature.count)
    for feature in SentenceFeature.all {
      aligned[feature.rawValue] = weights[feature.name] ?? 0
    }
    self.weights = aligned
  }

  /// The weight of `feature` × its value.
  func contribution(_ feature: SentenceFeature, _ features: SentenceFeatures) -> Double {
    weights[feature.rawValue] * features[feature]
  }

  func probability(_ features: SentenceFeatures) -> Double {
    var score = bias
    for feature in features.nonZero {
      let contribution = contribution(feature, features)
      if contribution != 0 { score += contribution }
    }
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
  /// - a sentence that only announces the essay's structure (`The second problem is
  ///   safety.`, `There are three reasons.`) names a point without making it;
  /// - a told story (past-tense narrative with no stance, modal or judgement) is not a
  ///   claim, whatever its position: the essays in the training corpus rarely narrate, blog
  ///   posts often do.
  static let rules: [Rule] = [
    Rule(name: "question", forbidden: .claim, replacement: .other) { $0[.shapeQuestion] > 0 },
    Rule(name: "question", forbidden: .evidence, replacement: .other) { $0[.shapeQuestion] > 0 },
    Rule(name: "heading", forbidden: .claim, replacement: .other) { $0[.shapeHeading] > 0 },
    Rule(name: "heading", forbidden: .evidence, replacement: .other) { $0[.shapeHeading] > 0 },
    Rule(name: "announcement", forbidden: .claim, replacement: .other) {
      $0[.shapeAnnouncement] > 0
    },
    Rule(name: "narrative", forbidden: .claim, replacement: .other) { features in
      features[.hasNarrative] >= 2.0 / 3.0 && Self.arguableCues.allSatisfy { features[$0] == 0 }
    },
  ]

  /// Features that make a sentence arguable rather than narrative.
  static let arguableCues: [SentenceFeature] = [
    .hasOpinion, .hasStance, .hasObligation, .hasEvaluative, .hasConclusive, .hasPossibility,
    .hasPrediction, .hasBooster, .hasHedge, .opensConclusion, .hasReason,
  ]

  /// The role, its confidence and the deciding features of one sentence.
  static func assess(_ features: SentenceFeatures) -> SentenceAssessment {
    let (claimProbability, evidenceProbability) = probabilities(features)
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
    var explanation: [FeatureWeight] = []
    for rule in rules where rule.forbidden == role && rule.applies(features) {
      role = rule.replacement
      explanation.append(FeatureWeight(name: "rule.\(rule.name)", weight: 0))
    }
    let confidence =
      switch role {
      case .claim: claimProbability
      case .evidence: evidenceProbability
      case .other: 1 - max(claimProbability, evidenceProbability)
      }
    // Room for every feature that is on (few enough for the stack).
    let room = max(1, features.nonZeroCount)
    withUnsafeTemporaryAllocation(of: Weighed.self, capacity: room) { weighed in
      let count = weigh(role, features, into: weighed)
      let listed = min(count, maximumExplanation)
      explanation.reserveCapacity(explanation.count + listed)
      // The strongest `listed` by selection: the same as sorting them all and keeping the
      // first, since `strongestFirst` orders any two different features.
      for place in 0..<listed {
        var best = place
        for candidate in (place + 1)..<count
        where strongestFirst(weighed[candidate], weighed[best]) {
          best = candidate
        }
        weighed.swapAt(place, best)
        explanation.append(
          FeatureWeight(name: weighed[place].feature.name, weight: rounded(weighed[place].weight)))
      }
    }
    return SentenceAssessment(
      role: role, confidence: rounded(confidence),
      claimProbability: rounded(claimProbability),
      evidenceProbability: rounded(evidenceProbability), features: explanation)
  }

  /// The claim and evidence probabilities, as ``LogisticModel/probability(_:)`` gives them,
  /// from one pass over the features that are on.
  static func probabilities(_ features: SentenceFeatures) -> (claim: Double, evidence: Double) {
    var claimScore = claim.bias
    var evidenceScore = evidence.bias
    claim.weights.withUnsafeBufferPointer { claimWeights in
      evidence.weights.withUnsafeBufferPointer { evidenceWeights in
        for feature in features.nonZero {
          let value = features[feature]
          let forClaim = claimWeights[feature.rawValue] * value
          if forClaim != 0 { claimScore += forClaim }
          let forEvidence = evidenceWeights[feature.rawValue] * value
          if forEvidence != 0 { evidenceScore += forEvidence }
        }
      }
    }
    return (1 / (1 + exp(-claimScore)), 1 / (1 + exp(-evidenceScore)))
  }

  /// How many features an explanation lists.
  static let maximumExplanation = 5

  /// A feature and what it weighed in a decision.
  typealias Weighed = (feature: SentenceFeature, weight: Double)

  /// The features that weighed for the role (for `other`: against both roles; a feature that
  /// counts against both is listed once, with both weights summed), in feature order.
  static func explanation(of role: SentenceRole, _ features: SentenceFeatures) -> [Weighed] {
    [Weighed](unsafeUninitializedCapacity: SentenceFeature.count) { buffer, count in
      count = weigh(role, features, into: buffer)
    }
  }

  /// Writes ``explanation(of:_:)`` into `weighed` (room for every feature that is on).
  /// - Returns: how many features it wrote.
  @inline(__always)
  static func weigh(
    _ role: SentenceRole, _ features: SentenceFeatures,
    into weighed: UnsafeMutableBufferPointer<Weighed>
  ) -> Int {
    var count = 0
    let (claim, evidence) = (Self.claim, Self.evidence)
    for feature in features.nonZero {
      let forClaim = claim.contribution(feature, features)
      let forEvidence = evidence.contribution(feature, features)
      switch role {
      case .claim:
        guard forClaim > 0 else { continue }
        weighed.initializeElement(at: count, to: (feature, forClaim))
      case .evidence:
        guard forEvidence > 0 else { continue }
        weighed.initializeElement(at: count, to: (feature, forEvidence))
      case .other:
        guard forClaim < 0 || forEvidence < 0 else { continue }
        var against = 0.0
        if forClaim < 0 { against += forClaim }
        if forEvidence < 0 { against += forEvidence }
        weighed.initializeElement(at: count, to: (feature, against))
      }
      count += 1
    }
    return count
  }

  /// Stronger weight first; between equal weights, by name.
  static func strongestFirst(_ lhs: Weighed, _ rhs: Weighed) -> Bool {
    abs(lhs.weight) != abs(rhs.weight)
      ? abs(lhs.weight) > abs(rhs.weight)
      : nameRank[lhs.feature.rawValue] < nameRank[rhs.feature.rawValue]
  }

  /// Per feature: its place among all features ordered by name (so that ties compare two
  /// integers rather than two strings).
  static let nameRank: [Int] = {
    var rank = [Int](repeating: 0, count: SentenceFeature.count)
    for (place, feature) in SentenceFeature.all.sorted(by: { $0.name < $1.name }).enumerated() {
      rank[feature.rawValue] = place
    }
    return rank
  }()

  /// Three decimals: stable output, no false precision.
  static func rounded(_ value: Double) -> Double {
    (value * 1000).rounded() / 1000
  }
}
