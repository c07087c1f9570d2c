import Foundation
import Testing

@testable import RubricateKit

@Suite struct ArgumentModelTests {
  @Test func featureNamesAreUniqueAndFindTheirFeature() {
    let names = SentenceFeature.allCases.map(\.name)
    #expect(Set(names).count == SentenceFeature.count)
    for feature in SentenceFeature.allCases {
      #expect(SentenceFeature(name: feature.name) == feature)
    }
    #expect(SentenceFeature(name: "has.nothing") == nil)
  }

  /// Every weight the generator wrote lands on the feature of that name, unchanged: a renamed
  /// feature would otherwise lose its weight silently.
  @Test func everyGeneratedWeightNamesAFeature() throws {
    let file = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
      .appendingPathComponent("Sources/RubricateKit/Argument/ArgumentModel+Weights.swift")
    let text = try String(contentsOf: file, encoding: .utf8)
    let sections = text.components(separatedBy: "static let evidence")
    try #require(sections.count == 2)
    for (section, model) in zip(sections, [ArgumentModel.claim, ArgumentModel.evidence]) {
      var found = 0
      for line in section.split(separator: "\n") where line.hasSuffix(",") && line.contains("\": ")
      {
        let parts = line.trimmingCharacters(in: .whitespaces).dropLast()
          .components(separatedBy: "\": ")
        try #require(parts.count == 2)
        let feature = SentenceFeature(name: String(parts[0].dropFirst()))
        #expect(feature != nil, "\(parts[0]) is no feature")
        if let feature {
          #expect(model.weights[feature.rawValue] == Double(parts[1]))
        }
        found += 1
      }
      #expect(found == model.weights.filter { $0 != 0 }.count)
    }
  }

  @Test func theProbabilityAddsTheWeightsOfTheFeaturesThatAreOn() {
    let model = LogisticModel(bias: -1, weights: ["has.opinion": 0.5, "shape.length": 2])
    var features = SentenceFeatures()
    features[.hasOpinion] = 1
    features[.shapeLength] = 0.25
    features[.hasStance] = 1
    #expect(model.probability(features) == 0.5)
    #expect(model.contribution(.shapeLength, features) == 0.5)
    #expect(model.contribution(.hasStance, features) == 0)
  }

  /// The two models scored in one pass give what each model gives alone.
  @Test func bothProbabilitiesInOnePassMatchEachModel() {
    var features = SentenceFeatures()
    features[.hasOpinion] = 1
    features[.shapeLength] = 0.6
    features[.positionBodyFirst] = 1
    features[.bodyHasOpinion] = 1
    let (claim, evidence) = ArgumentModel.probabilities(features)
    #expect(claim == ArgumentModel.claim.probability(features))
    #expect(evidence == ArgumentModel.evidence.probability(features))
  }

  /// The explanation keeps the five strongest features, strongest first and equal weights by
  /// name, as sorting every weighed feature would.
  @Test func theExplanationListsTheFiveStrongestFeatures() {
    var features = SentenceFeatures()
    // Claim weights: opinion 1.295, first person singular 0.949, evaluative 0.821, position
    // only 0.961, overlap thesis 1.742 × 0.5 = 0.871, booster 0.119, citation and body
    // citation -0.138 each (equal, so ordered by name when they count).
    for feature in [
      SentenceFeature.hasOpinion, .hasFirstPersonSingular, .hasEvaluative, .positionOnly,
      .hasBooster, .hasCitation, .bodyHasCitation, .positionBodyFirst,
    ] {
      features[feature] = 1
    }
    features[.overlapThesis] = 0.5
    let assessment = ArgumentModel.assess(features)
    #expect(assessment.role == .claim)
    #expect(
      assessment.features.map(\.name) == [
        "has.opinion", "position.only", "has.firstPersonSingular", "overlap.thesis",
        "position.bodyFirst",
      ])
    #expect(assessment.features.map(\.weight) == [1.295, 0.961, 0.949, 0.871, 0.844])

    var other = SentenceFeatures()
    other[.hasCitation] = 1
    other[.bodyHasCitation] = 1
    other[.shapeQuestion] = 1
    let tied = ArgumentModel.assess(other)
    // Against both roles: the question (-1.494 - 1.769), then the two citation features, which
    // weigh the same (-0.138 against a claim, none against evidence), by name.
    #expect(tied.role == .other)
    #expect(tied.features.map(\.name) == ["shape.question", "body.has.citation", "has.citation"])
    #expect(tied.features.map(\.weight) == [-3.263, -0.138, -0.138])
  }

  @Test func namedListsOnlyTheFeaturesThatAreOn() {
    var features = SentenceFeatures()
    features[.overlapThesis] = 0.5
    features[.bodyShapeQuestion] = 1
    #expect(features.named == ["overlap.thesis": 0.5, "body.shape.question": 1])
  }
}
