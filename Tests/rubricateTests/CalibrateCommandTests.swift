import Foundation
import Testing

/// `rubricate calibrate` on a six-essay class whose figures were worked out by hand: bodies of
/// 20, 35, 50, 70, 90 and 25 words, a one-criterion length rubric (Long ≥ 60: 2, Medium ≥ 30:
/// 1, Short: 0) and a teacher who scored them 1, 2, 2, 3, 3, 2 (and Short, Medium, Medium,
/// Long, Long, Medium).
@Suite struct CalibrateCommandTests {
  static let fixture = "Tests/rubricateTests/Fixtures/calibrate"

  @Test func reportFiguresAgreeWithTheHandComputation() throws {
    let out = try Rubricate.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: out) }
    let rubric = out.appendingPathComponent("calibrated.json").path
    let output = try Rubricate.run([
      "calibrate", "\(Self.fixture)/class", "--grades", "\(Self.fixture)/grades.csv",
      "--rubric", "\(Self.fixture)/length.json", "--out", out.path, "--write-rubric", rubric,
    ])
    #expect(output.status == 0, "\(output.stderr)")
    let data = try Data(contentsOf: out.appendingPathComponent("calibration.json"))
    let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(report["graded"] as? Int == 6)
    #expect(report["validation"] as? String == "leave-one-out over 6 graded submissions")
    let scale = try #require(report["scale"] as? [String: Double])
    #expect(scale == ["min": 1, "max": 3, "step": 1])
    // The rubric's points 0, 1, 1, 2, 2, 0 of 2 map onto 1–3 as 1, 2, 2, 3, 3, 1. Against the
    // teacher's 1, 2, 2, 3, 3, 2: one disagreement of one step. QWK = 1 − 0.25 / 1.75 = 6/7;
    // Spearman = 14 / √(15 × 16) = 0.9037.
    let total = try #require(report["rubricTotal"] as? [String: Any])
    #expect(total["qwk"] as? Double == 0.8571)
    #expect(total["exact"] as? Double == 0.8333)
    #expect(total["adjacent"] as? Double == 1)
    #expect(total["spearman"] as? Double == 0.9037)
    #expect(total["labels"] as? [Double] == [1, 2, 3])
    #expect(total["confusion"] as? [[Int]] == [[1, 0, 0], [1, 2, 0], [0, 0, 2]])
    // The criterion against the teacher's levels (0, 1, 1, 2, 2, 1 points): the same figures.
    let criteria = try #require(report["criteria"] as? [[String: Any]])
    let length = try #require(criteria.first)
    let agreement = try #require(length["agreement"] as? [String: Any])
    #expect(agreement["qwk"] as? Double == 0.8571)
    #expect(agreement["labels"] as? [Double] == [0, 1, 2])
    // Fitted on all six, Medium would start at 22.5 words (between 20 and 25), but held out
    // the 25-word essay is still Short (no 25 to learn from): no gain, no suggestion.
    let suggestion = try #require(length["suggestion"] as? [String: Any])
    #expect(suggestion["cuts"] as? [Double] == [60, 22.5])
    #expect(suggestion["crossValidatedQWK"] as? Double == 0.8571)
    #expect(suggestion["suggested"] as? Bool == false)
    let warnings = try #require(report["warnings"] as? [String])
    #expect(warnings.contains { $0.hasPrefix("only 6 graded submissions") })
    let markdown = try String(
      contentsOf: out.appendingPathComponent("calibration.md"), encoding: .utf8)
    #expect(
      markdown.contains(
        "| the rubric as it is (total mapped to the scale) | 0.8571 | 0.8333 | 1 | 0.9037 |"))
    let html = try String(
      contentsOf: out.appendingPathComponent("calibration.html"), encoding: .utf8)
    #expect(html.contains("<svg") && html.contains("<circle"))

    // The calibrated rubric checks and grades every essay on the teacher's 1–3 scale.
    let check = try Rubricate.run(["rubric", "check", rubric])
    #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    let reports = out.appendingPathComponent("graded")
    let graded = try Rubricate.run([
      "grade", "\(Self.fixture)/class", "--rubric", rubric, "--out", reports.path,
      "--format", "json", "--quiet",
    ])
    #expect(graded.status == 0, "\(graded.stderr)")
    let lines = try String(
      contentsOf: reports.appendingPathComponent("results.jsonl"), encoding: .utf8
    ).split(separator: "\n")
    let points = try lines.map {
      try #require(
        (try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["points"]
          as? Double)
    }
    #expect(points.count == 6)
    #expect(points.allSatisfy { [1, 2, 3].contains($0) })
    #expect(
      try lines.allSatisfy {
        (try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?[
          "maximumPoints"] as? Double == 3
      })
  }

  @Test func unknownFilesAndLevelsNameTheirLine() throws {
    let folder = try Rubricate.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let grades = folder.appendingPathComponent("grades.csv")
    try "file,score\nana.txt,1\nbem.txt,2\n".write(to: grades, atomically: true, encoding: .utf8)
    let unknown = try Rubricate.run([
      "calibrate", "\(Self.fixture)/class", "--grades", grades.path, "--out",
      folder.appendingPathComponent("out").path,
    ])
    #expect(unknown.status == 2)
    #expect(
      unknown.stderr.contains(
        "grades.csv:3: no submission 'bem.txt' under the paths; did you mean 'ben.txt'?"))
    try "file,length\nana.txt,Tiny\n".write(to: grades, atomically: true, encoding: .utf8)
    let level = try Rubricate.run([
      "calibrate", "\(Self.fixture)/class", "--grades", grades.path, "--rubric",
      "\(Self.fixture)/length.json", "--out", folder.appendingPathComponent("out").path,
    ])
    #expect(level.status == 2)
    #expect(
      level.stderr.contains("grades.csv:2: 'Tiny' is not a level of 'length' (Long, Medium, Short)")
    )
    try "file,style\nana.txt,3\n".write(to: grades, atomically: true, encoding: .utf8)
    let column = try Rubricate.run([
      "calibrate", "\(Self.fixture)/class", "--grades", grades.path, "--rubric",
      "\(Self.fixture)/length.json", "--out", folder.appendingPathComponent("out").path,
    ])
    #expect(column.status == 2)
    #expect(column.stderr.contains("grades.csv:1: column 'style' is not 'score' or a criterion"))
  }
}
