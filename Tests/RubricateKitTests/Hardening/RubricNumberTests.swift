import Foundation
import Testing

@testable import RubricateKit

/// Numbers a rubric may not hold (issue 15, item 1) and the reader's other hostile inputs
/// (item 12): each is a located rubric error, never a trap.
@Suite struct RubricNumberTests {
  static let range =
    "is out of range; numbers in a rubric lie between -1,000,000,000 and 1,000,000,000"

  static let cases: [(String, String, String)] = [
    (
      "\"points\": 10", "\"points\": 1e18",
      "r.json:12: criteria[0].levels[0].points: 1e+18 \(range)"
    ),
    (
      "\"points\": 2", "\"points\": 9.3e17",
      "r.json:16: criteria[0].levels[2].points: 9.3e+17 \(range)"
    ),
    (
      "{ \"min\": 600, \"max\": 1200 }", "{ \"min\": -1e19, \"max\": 1200 }",
      "r.json:12: criteria[0].levels[0].when.min: -1e+19 \(range)"
    ),
    (
      "{ \"min\": 450, \"max\": 1500 }", "{ \"min\": 450, \"max\": 1e300 }",
      "r.json:14: criteria[0].levels[1].when.max: 1e+300 \(range)"
    ),
    (
      "\"rubricVersion\": 1", "\"rubricVersion\": 1e18",
      "r.json:2: rubricVersion: 1e+18 \(range)"
    ),
    (
      "\"rubricVersion\": 1", "\"rubricVersion\": -9.3e18",
      "r.json:2: rubricVersion: -9.3e+18 \(range)"
    ),
    (
      "\"points\": 10", "\"points\": 1e400",
      "r.json:12:38: malformed JSON: invalid number '1e400'"
    ),
    (
      "\"points\": 10", "\"points\": NaN",
      "r.json:12:38: malformed JSON: unexpected 'N'; expected a value"
    ),
    (
      "\"points\": 10", "\"points\": inf",
      "r.json:12:38: malformed JSON: unexpected 'i'; expected a value"
    ),
    (
      "\"id\": \"length\"", "\"id\": \"\"",
      "r.json:8: criteria[0].id: the id is empty; give the criterion a short name like 'sources'"
    ),
    (
      "\"feedback\": \"Far off.\" }", "\"feedback\": \"Far off.\", }",
      "r.json:16:63: malformed JSON: trailing comma before '}'"
    ),
    (
      "\"feedback\": \"Far off.\" }\n", "\"feedback\": \"Far off.\" },\n",
      "r.json:17:7: malformed JSON: trailing comma before ']'"
    ),
  ]

  @Test(arguments: cases)
  func rejected(_ find: String, _ replace: String, _ expected: String) {
    let broken = RubricLoaderTests.valid.replacingFirst(find, with: replace)
    #expect(broken != RubricLoaderTests.valid)
    do {
      _ = try RubricLoader.load(text: broken, file: "r.json")
      Issue.record("expected a rubric error for \(replace)")
    } catch {
      #expect(error.description == expected)
    }
  }

  @Test func gradingBandOutOfRangeIsNamed() {
    let graded = RubricLoaderTests.valid.replacingFirst(
      "  \"criteria\": [",
      with:
        "  \"grading\": { \"scale\": \"letter\", \"bands\": [ { \"min\": 9.3e17, \"label\": \"A\" } ] },\n  \"criteria\": ["
    )
    do {
      _ = try RubricLoader.load(text: graded, file: "r.json")
      Issue.record("expected a rubric error")
    } catch {
      #expect(error.description == "r.json:6: grading.bands[0].min: 9.3e+17 \(Self.range)")
    }
  }

  @Test func formattingNeverTraps() {
    #expect(MeasureValue.decimal(1e18) == "1e+18")
    #expect(MeasureValue.decimal(-.infinity) == "-∞")
    #expect(MeasureValue.decimal(.nan) == "not a number")
    #expect(MeasureValue.format(1e19, unit: .words) == "1e+19")
    #expect(MeasureValue.format(1e17, unit: .fraction) == "1e+19%")
    #expect(MeasureValue.plain(.infinity) == "0")
    #expect(MeasureValue.decimal(12.25) == "12.3")
  }

  /// A decoding failure the shape check lets through still gets a line and a path.
  @Test func decodingFailuresAreLocated() {
    var parser = JSONParser(text: "{\n  \"criteria\": [\n    { \"id\": 3 }\n  ]\n}")
    guard let root = try? parser.parse() else {
      Issue.record("the test JSON should parse")
      return
    }
    let context = DecodingError.Context(
      codingPath: [PathKey("criteria"), PathKey(index: 0), PathKey("id")],
      debugDescription: "Expected to decode String but found number instead.")
    let issue = RubricLoader.decodingIssue(
      DecodingError.typeMismatch(String.self, context), file: "r.json", root: root)
    #expect(
      issue.description
        == "r.json:3: criteria[0].id: cannot read: Expected to decode String but found number instead."
    )
  }
}

/// A coding key for building decoding paths in tests.
struct PathKey: CodingKey {
  var stringValue: String
  var intValue: Int?
  init(_ key: String) {
    stringValue = key
    intValue = nil
  }
  init(index: Int) {
    stringValue = "\(index)"
    intValue = index
  }
  init?(stringValue: String) { self.init(stringValue) }
  init?(intValue: Int) { self.init(index: intValue) }
}
