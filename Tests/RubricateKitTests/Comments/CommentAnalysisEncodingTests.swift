import Foundation
import Testing

@testable import RubricateKit

@Suite struct CommentAnalysisEncodingTests {
  @Test func theJSONCarriesTheContractKeys() throws {
    let analysis = CommentFixtures.analyze(
      "You argue that “uniforms also cost families money”. Could you say how much?")
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let data = try encoder.encode(analysis)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    for key in ["relevance", "sharedTerms", "localized", "quotes", "moves", "genericPraise"] {
      #expect(object[key] != nil, "missing \(key)")
    }
    let quote = try #require((object["quotes"] as? [[String: Any]])?.first)
    #expect(Set(quote.keys).isSuperset(of: ["start", "end", "text", "foundInPost"]))
    #expect(quote["foundInPost"] as? Bool == true)
    let move = try #require((object["moves"] as? [[String: Any]])?.first)
    #expect(Set(move.keys).isSuperset(of: ["kind", "start", "end", "text"]))
    #expect(move["kind"] as? String == "summary")
    let counts = try #require(object["moveCounts"] as? [String: Int])
    #expect(counts.count == CommentMove.Kind.allCases.count)
    #expect(counts["question"] == 1)
    #expect(try JSONDecoder().decode(CommentAnalysis.self, from: data) == analysis)
    #expect(object["moveSpans"] == nil)
    #expect(analysis.moveSpans["question"] == [Span(52, 75)])
    #expect(analysis.moveSpans["praise"] == [])
    #expect(analysis.moveSpans.count == CommentMove.Kind.allCases.count)
  }
}
