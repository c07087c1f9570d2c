import Foundation
import Testing

@testable import RubricateKit

@Suite struct JSONWriterTests {
  struct Sample: Encodable {
    var zeta = "quote \" backslash \\ newline \n tab \t bell \u{07} é 👩‍🏫"
    var alpha: Int? = nil
    var list = [1.5, 2, -0.25]
    var nested = ["b": true, "a": false]
    var empty: [String] = []

    enum Keys: String, CodingKey { case zeta, alpha, list, nested, empty }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: Keys.self)
      try container.encode(zeta, forKey: .zeta)
      try container.encode(alpha, forKey: .alpha)
      try container.encode(list, forKey: .list)
      try container.encode(nested, forKey: .nested)
      try container.encode(empty, forKey: .empty)
    }
  }

  @Test func compactIsSortedAndEscaped() throws {
    #expect(
      try JSONWriter.compact(Sample())
        == #"{"alpha":null,"empty":[],"list":[1.5,2,-0.25],"nested":{"a":false,"b":true},"zeta":"quote \" backslash \\ newline \n tab \t bell \u0007 é 👩‍🏫"}"#
    )
  }

  @Test func prettyIndentsByTwo() throws {
    #expect(
      try JSONWriter.pretty(["k": [1, 2]]) == """
        {
          "k": [
            1,
            2
          ]
        }
        """)
  }

  @Test func agreesWithFoundationOnRealRecords() throws {
    let document = Document(text: "Cars are “loud”.\n\nBuses (Wu, 2001) are not.")
    let submission = Submission(
      id: "x", kind: .post, document: document, body: document.paragraphs())
    let record = AnalysisRecord(source: "x", analyses: Analyzer().analyze([submission]))
    let ours = try JSONSerialization.jsonObject(with: Data(try JSONWriter.compact(record).utf8))
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let theirs = try JSONSerialization.jsonObject(with: try encoder.encode(record))
    #expect((ours as? NSDictionary) == (theirs as? NSDictionary))
  }
}
