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

  @Test func aReportFileEndsWithOneLineBreak() throws {
    let compact = Array(#"{"k":[1,{}]}"#.utf8)
    let expected = "{\n  \"k\": [\n    1,\n    {}\n  ]\n}"
    #expect(String(decoding: JSONWriter.indented(compact), as: UTF8.self) == expected)
    #expect(
      String(decoding: JSONWriter.indented(compact, lineBreak: true), as: UTF8.self)
        == expected + "\n")
  }

  @Test func indentingSkipsWhatIsInsideStrings() throws {
    let value: [String: [String: [String]]] = ["k\"": ["a\\": ["{}[],:\"", "\\"], "b": []]]
    #expect(
      try JSONWriter.pretty(value) == #"""
        {
          "k\"": {
            "a\\": [
              "{}[],:\"",
              "\\"
            ],
            "b": []
          }
        }
        """#)
  }

  @Test func agreesWithFoundationOnRealRecords() throws {
    let text = """
      Buses Are Better

      I strongly believe that cities should clearly ban cars from their centres. Cars are “loud”, as Wu (2001) found. Buses (Lee & Park, 2019, p. 4) are not. They must \
      be the future, because 40% of trips are short: see https://example.org/a.

      References

      Lee, A., & Park, B. (2019). Quiet streets. Journal of Noise, 4(2), 1–9.
      Wu, C. (2001). Loud cars. City Press.
      """
    let submissions = try SourceReader.read(
      bytes: Array(text.utf8), name: "Okafor_123_456_post.txt")
    let record = AnalysisRecord(source: "x", analyses: Analyzer().analyze(submissions))
    #expect(!record.submissions[0].analysis.citations.references.isEmpty)
    #expect(!record.submissions[0].analysis.argument.claims.isEmpty)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    // The direct writer and Foundation's encoder (through `encode(to:)`) agree byte for byte.
    #expect(
      try JSONWriter.compact(record) == String(decoding: try encoder.encode(record), as: UTF8.self))
    let analysis = record.submissions[0].analysis
    let result = Evaluator(rubric: try Rubric.defaultRubric(for: .post)).evaluate(analysis)
    for stamp in [nil, "2026-11-29T10:00:00Z"] {
      let graded = ResultRecord(result, source: "x", gradedAt: stamp)
      #expect(
        try JSONWriter.compact(graded)
          == String(decoding: try encoder.encode(graded), as: UTF8.self))
    }
  }

  /// Sentences are written from the document's bytes (an ASCII text) or scalars (any other),
  /// not from Strings: the same JSON as their records, escapes and all.
  @Test(arguments: ["", "\u{E9}"])
  func sentencesFromTheDocumentMatchTheirRecords(accent: String) throws {
    let text = """
      Tabs\there and "quotes" and back\\slashes\u{01} are escaped\(accent). A \"b\" c. \
      Twelve bytes"\t. Seventeen bytes..\\ Short. Ok\u{1F}. \(accent)Every city should ban cars \
      from its centre because "noise" and \\fumes\\ harm the people who live there.
      """
    let record = AnalysisRecord(
      source: "x", analyses: Analyzer().analyze([HTMLTestFixtures.submission(text)]))
    let sentences = record.submissions[0].sentenceRecords
    #expect(sentences.count > 4)
    #expect(sentences.contains { $0.text.contains("\t") && $0.text.contains("\\") })
    // The records' own texts, Strings made by `Document.text(of:)`, are the reference.
    #expect(
      try JSONWriter.compact(record).contains(#""sentences":"# + JSONWriter.compact(sentences)))
  }

  /// Strings are copied eight bytes at a time: an escape at each position of strings of each
  /// length up to three words, against escaping byte by byte.
  @Test func stringsAreEscapedAtEveryPosition() {
    let escapes: [(UInt8, String)] = [
      (0x22, #"\""#), (0x5C, #"\\"#), (0x0A, #"\n"#), (0x0D, #"\r"#), (0x09, #"\t"#),
      (0x00, #"\u0000"#), (0x1F, #"\u001f"#), (0x0B, #"\u000b"#),
    ]
    for length in 0...26 {
      for position in 0..<max(length, 1) {
        for (byte, escaped) in escapes {
          var utf8 = Array("abcdefghijklmnopqrstuvwxyz".utf8.prefix(length))
          var expected = String(decoding: utf8, as: UTF8.self)
          if length > 0 {
            utf8[position] = byte
            expected =
              String(decoding: utf8[..<position], as: UTF8.self) + escaped
              + String(decoding: utf8[(position + 1)...], as: UTF8.self)
          }
          var bytes: [UInt8] = []
          JSONWriter.appendQuoted(String(decoding: utf8, as: UTF8.self), to: &bytes)
          #expect(String(decoding: bytes, as: UTF8.self) == "\"\(expected)\"", "\(utf8)")
        }
      }
    }
    var bytes: [UInt8] = []
    JSONWriter.appendQuoted("é 👩‍🏫 ~\u{7F}", to: &bytes)
    #expect(String(decoding: bytes, as: UTF8.self) == "\"é 👩‍🏫 ~\u{7F}\"")
  }

  @Test func numbersAreWrittenAsDescriptionWritesThem() {
    var values: [Double] = [
      0, -0.0, 1, -1, 0.5, 0.001, -0.001, 4.006, 0.1, 0.2, 0.3, 1e-7, 1e9, 1e15,
    ]
    // Halves of a thousandth, on either side of rounding by hand.
    values += [0.0005, -0.0005, 0.0015, -0.0025, 2.0005, 999_999.9995, 0.4995, -0.9995, 1e-4]
    values += [-1e9, 999_999_999.5, 123_456_789_012, -9_007_199_254_740_993, 1e18, -1e300]
    values += [123_456_789.123, 999_999_999.999, 2.5e-5, .pi, -.pi, 1 / 3, 0.125]
    for k in stride(from: -20_000, through: 20_000, by: 7) { values.append(Double(k) / 1000) }
    for k in stride(from: 0, to: 2_000_000, by: 997) { values.append(Double(k) / 1000 * 3.7) }
    for value in values {
      var bytes: [UInt8] = []
      JSONWriter.appendNumber(value, to: &bytes)
      #expect(String(decoding: bytes, as: UTF8.self) == JSONWriter.format(value), "\(value)")
    }
  }

  @Test func directRecordsMatchTheirEncodableForm() throws {
    let claim = Claim(
      sentence: 2, start: 10, end: 40, text: "Cars \"must\" go.", support: .weak,
      evidence: [ClaimEvidence(start: 12, end: 20, text: "because", kind: .reason)],
      features: ["opens.stance", "has.modal"], confidence: 0.875, boosters: ["must"],
      overclaim: true, thesis: false)
    let sentence = SentenceRecord(
      start: 1, end: 9, text: "Hi\tthere", role: "claim", confidence: 0.25,
      features: [FeatureWeight(name: "a", weight: -1.5), FeatureWeight(name: "b", weight: 0.003)])
    let bare = SentenceRecord(
      start: 0, end: 1, text: "x", role: "other", confidence: nil, features: [])
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    for (direct, reference) in [
      (try JSONWriter.compact(claim), try encoder.encode(claim)),
      (try JSONWriter.compact([sentence, bare]), try encoder.encode([sentence, bare])),
    ] {
      #expect(direct == String(decoding: reference, as: UTF8.self))
    }
  }

  @Test func commentRecordsMatchTheirEncodableForm() throws {
    let post = HTMLTestFixtures.submission(
      "Cities should ban cars. In Oslo, pedestrian streets raised shop sales by 10%.", id: "p1")
    let comment = HTMLTestFixtures.submission(
      """
      Great post! When you say "pedestrian streets raised shop sales", what about delivery vans? \
      In your second paragraph, you could cite Okafor (2019). However, Ghent tried it too.
      """, id: "c1", kind: .comment, post: "p1")
    let replyText = Document(text: "I agree, \"delivery vans\" matter.")
    let reply = Submission(
      id: "c2", kind: .comment, document: replyText, post: "p1", parent: "c1",
      body: [replyText.fullSpan])
    let analyses = Analyzer().analyze([post, comment, reply])
    #expect(analyses[2].comment?.parentRelevance != nil)
    #expect(analyses[1].comment?.moves.isEmpty == false)
    let record = AnalysisRecord(source: "x", analyses: analyses)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    // The post's `comment` is null, the comment's has no `parentRelevance`, the reply's has.
    #expect(
      try JSONWriter.compact(record) == String(decoding: try encoder.encode(record), as: UTF8.self))
  }

  /// Nested containers and super-encoders may be filled out of order; they are spliced in.
  struct Nested: Encodable {
    enum Keys: String, CodingKey { case zulu, alpha, list, parent }
    enum Inner: String, CodingKey { case b, a }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: Keys.self)
      var inner = container.nestedContainer(keyedBy: Inner.self, forKey: .alpha)
      var list = container.nestedUnkeyedContainer(forKey: .list)
      try container.encode("last", forKey: .zulu)
      try inner.encode(2, forKey: .b)
      try list.encode(1)
      var deeper = list.nestedContainer(keyedBy: Inner.self)
      try list.encode(3)
      try deeper.encode(true, forKey: .a)
      try inner.encode("x", forKey: .a)
      try "up".encode(to: container.superEncoder(forKey: .parent))
      try [Int]().encode(to: container.superEncoder())
    }
  }

  @Test func nestedContainersMatchFoundation() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    #expect(
      try JSONWriter.compact(Nested())
        == #"{"alpha":{"a":"x","b":2},"list":[1,{"a":true},3],"parent":"up","super":[],"zulu":"last"}"#
    )
    #expect(
      try JSONWriter.compact(Nested())
        == String(decoding: try encoder.encode(Nested()), as: UTF8.self))
  }
}
