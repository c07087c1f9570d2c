import Foundation
import Testing

@testable import RubricateKit

/// Each validation error's exact message, in the spirit of swift-argument-parser's
/// error-message tables: the file, the line, the JSON path and the fix.
@Suite struct RubricLoaderTests {
  /// A valid rubric; each case below breaks one thing in it.
  static let valid = """
    {
      "rubricVersion": 1,
      "id": "blog-post",
      "title": "Blog post",
      "appliesTo": "post",
      "criteria": [
        {
          "id": "length",
          "title": "Length",
          "measure": "body.words",
          "levels": [
            { "name": "Meets", "points": 10, "when": { "min": 600, "max": 1200 },
              "feedback": "Your post is {value} words." },
            { "name": "Close", "points": 6, "when": { "min": 450, "max": 1500 },
              "feedback": "Aim for 600–1,200." },
            { "name": "Off", "points": 2, "feedback": "Far off." }
          ]
        }
      ]
    }
    """

  @Test func validRubricLoads() throws {
    let rubric = try RubricLoader.load(text: Self.valid, file: "r.json")
    #expect(rubric.criteria.map(\.id) == ["length"])
    #expect(rubric.criteria[0].levels.map(\.points) == [10, 6, 2])
    #expect(rubric.maximumPoints == 10)
  }

  static let cases: [(String, String, String)] = [
    (
      "\"body.words\"", "\"claims.suported\"",
      "r.json:10: criteria[0].measure: 'claims.suported' is not a measure; did you mean 'claims.supported'?"
    ),
    (
      "\"points\": 6", "\"pionts\": 6",
      "r.json:14: criteria[0].levels[1]: unknown key 'pionts'; did you mean 'points'?\nr.json:14: criteria[0].levels[1]: missing key 'points'"
    ),
    (
      "\"points\": 2", "\"points\": -2",
      "r.json:16: criteria[0].levels[2].points: -2 is negative; points must be 0 or more"
    ),
    (
      "{ \"min\": 600, \"max\": 1200 }", "{ \"min\": 1200, \"max\": 600 }",
      "r.json:12: criteria[0].levels[0].when: min 1200 is greater than max 600; swap them"
    ),
    (
      "{ \"min\": 450, \"max\": 1500 }", "{ \"min\": 700, \"max\": 1000 }",
      "r.json:14: criteria[0].levels[1]: level 'Close' can never be reached: the levels before it already take every value it allows"
    ),
    (
      "{ \"name\": \"Off\", \"points\": 2, \"feedback\": \"Far off.\" }",
      "{ \"name\": \"Off\", \"points\": 2, \"when\": { \"max\": 100 }, \"feedback\": \"Far off.\" }",
      "r.json:11: criteria[0].levels: no fallback level: the last level, 'Off', has a 'when'; remove it so every value gets a level"
    ),
    (
      "\"rubricVersion\": 1", "\"rubricVersion\": 3",
      "r.json:2: rubricVersion: version 3 is newer than this build understands (1); update rubricate or write the rubric for version 1"
    ),
    (
      "\"appliesTo\": \"post\"", "\"appliesTo\": \"comment\"",
      "r.json:10: criteria[0].measure: 'body.words' applies to posts, but this rubric applies to comments"
    ),
    (
      "\"appliesTo\": \"post\"", "\"appliesTo\": \"posts\"",
      "r.json:5: appliesTo: 'posts' is not 'post' or 'comment'; did you mean 'post'?"
    ),
    (
      "\"Your post is {value} words.\"", "\"Your post is {vaule} words.\"",
      "r.json:13: criteria[0].levels[0].feedback: unknown placeholder '{vaule}'; did you mean '{value}'?"
    ),
    (
      "\"points\": 10", "\"points\": \"ten\"",
      "r.json:12: criteria[0].levels[0].points: expected a number, found a string"
    ),
    (
      "\"title\": \"Blog post\",", "\"title\": \"Blog post\"",
      "r.json:5:3: malformed JSON: expected ',' or '}' after a member"
    ),
  ]

  @Test(arguments: cases)
  func errorMessage(_ find: String, _ replace: String, _ expected: String) {
    let broken = Self.valid.replacingFirst(find, with: replace)
    #expect(broken != Self.valid)
    #expect(throws: RubricError.self) {
      try RubricLoader.load(text: broken, file: "r.json")
    }
    do {
      _ = try RubricLoader.load(text: broken, file: "r.json")
    } catch {
      #expect(error.description == expected)
    }
  }

  @Test func duplicateCriterionIDs() {
    let criterion = """
      { "id": "length", "title": "Again", "measure": "body.sentences",
        "levels": [ { "name": "Any", "points": 1, "feedback": "ok" } ] }
      """
    let broken = Self.valid.replacingFirst(
      "      ]\n    }\n  ]", with: "      ]\n    },\n\(criterion)\n  ]")
    do {
      _ = try RubricLoader.load(text: broken, file: "r.json")
      Issue.record("expected an error")
    } catch {
      #expect(
        error.description == "r.json:19: criteria[1].id: duplicate id 'length' (also criteria[0])")
    }
  }

  @Test func levelAfterFallbackIsUnreachable() {
    let broken = Self.valid.replacingFirst(
      "\"points\": 10, \"when\": { \"min\": 600, \"max\": 1200 },", with: "\"points\": 10,")
    do {
      _ = try RubricLoader.load(text: broken, file: "r.json")
      Issue.record("expected an error")
    } catch {
      #expect(
        error.issues.map(\.description) == [
          "r.json:14: criteria[0].levels[1]: level 'Close' can never be reached: a level before it has no 'when' (only the last level may be the fallback)",
          "r.json:16: criteria[0].levels[2]: level 'Off' can never be reached: a level before it has no 'when' (only the last level may be the fallback)",
        ])
    }
  }

  @Test func shippedRubricsAreValidAndCompiledIn() throws {
    #expect(BuiltInRubrics.files.keys.contains("blog-post.json"))
    #expect(BuiltInRubrics.files.keys.contains("peer-comment.json"))
    for (name, text) in BuiltInRubrics.files {
      let rubric = try RubricLoader.load(text: text, file: name)
      #expect(!rubric.criteria.isEmpty)
    }
    #expect(try Rubric.defaultRubric(for: .post).appliesTo == .post)
    #expect(try Rubric.defaultRubric(for: .comment).appliesTo == .comment)
  }
}

extension String {
  func replacingFirst(_ target: String, with replacement: String) -> String {
    guard let range = range(of: target) else { return self }
    return replacingCharacters(in: range, with: replacement)
  }
}

/// The rubrics compiled into the binary are exactly the files in `Rubrics/`.
@Suite struct BuiltInRubricsTests {
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Rubrics")

  @Test func compiledInRubricsMatchTheFiles() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
      .filter { $0.hasSuffix(".json") }.sorted()
    #expect(
      names == [
        "argumentative-essay.json", "blog-post-conventions.json", "blog-post.json",
        "peer-comment.json",
      ])
    #expect(BuiltInRubrics.files.keys.sorted() == names)
    for name in names {
      let text = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
      #expect(
        BuiltInRubrics.files[name] == text,
        "\(name) differs from its compiled-in copy: run python3 .ci/embed-rubrics.py")
    }
  }
}
