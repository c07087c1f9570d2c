import Foundation
import Testing

@testable import RubricateKit

@Suite struct ArgumentScratch {
  @Test(.enabled(if: ProcessInfo.processInfo.environment["ARG_SCRATCH"] != nil))
  func show() throws {
    let path = try #require(ProcessInfo.processInfo.environment["ARG_SCRATCH"])
    let raw = try String(contentsOfFile: path, encoding: .utf8)
    for text in raw.components(separatedBy: "\n=====\n") {
      let document = Document(text: text)
      let paragraphs = document.paragraphs()
      let analysis = TextAnalysis(document: document, paragraphs: paragraphs)
      var citations: [Span] = []
      var offset = 0
      let scalars = document.scalars
      while offset < scalars.count {
        if scalars[offset] == "(", let close = scalars[offset...].firstIndex(of: ")") {
          let inner = Document.string(from: scalars[offset..<close])
          if inner.contains(where: \.isNumber) && inner.contains(where: \.isUppercase) {
            citations.append(Span(offset, close + 1))
          }
          offset = close
        }
        offset += 1
      }
      let result = ArgumentAnalyzer.analyze(
        document: document, title: "Phones in class", paragraphs: analysis.paragraphs,
        sentences: analysis.sentences, words: analysis.statistics.words, citations: citations)
      print("=====")
      for (sentence, assessment) in zip(analysis.sentences, result.sentences) {
        print(
          "[\(assessment.role.rawValue) \(assessment.confidence) c\(assessment.claimProbability) e\(assessment.evidenceProbability)] \(document.text(of: sentence))"
        )
        print("     ", assessment.features.map { "\($0.name)=\($0.weight)" }.joined(separator: " "))
      }
      for claim in result.claims {
        print(
          "CLAIM \(claim.sentence) \(claim.support) overclaim=\(claim.overclaim) boosters=\(claim.boosters)"
        )
        for item in claim.evidence { print("   \(item.kind): \(item.text)") }
      }
      print("boosters/100", result.boostersPer100Words, "hedges/100", result.hedgesPer100Words)
    }
  }
}
