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

  @Test func namedListsOnlyTheFeaturesThatAreOn() {
    var features = SentenceFeatures()
    features[.overlapThesis] = 0.5
    features[.bodyShapeQuestion] = 1
    #expect(features.named == ["overlap.thesis": 0.5, "body.shape.question": 1])
  }
}
