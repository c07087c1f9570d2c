import Foundation
import Testing

/// `grade` on a small Canvas class (Fixtures/class): Jane Smith resubmitted her essay, John Doe
/// submitted late and replied to a comment on his own post, Ana Lee is on the roster and
/// submitted nothing.
@Suite(.serialized) struct ClassCommandTests {
  static let fixtures = "Tests/rubricateTests/Fixtures/class"
  static let submissions = "\(fixtures)/submissions"

  static func records(_ folder: URL) throws -> [[String: Any]] {
    let text = try String(
      contentsOf: folder.appendingPathComponent("results.jsonl"), encoding: .utf8)
    return try text.split(separator: "\n").map {
      try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
    }
  }

  @Test func rosterResubmissionReplyLateMissingAndOverrides() throws {
    let out = try Rubricate.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: out) }
    let run = try Rubricate.run([
      "grade", Self.submissions, "--roster", "\(Self.fixtures)/roster.csv", "--overrides",
      "\(Self.fixtures)/overrides.csv", "--gradebook", "canvas", "--assignment",
      "Week 5 blog post (5012)", "--out", out.path, "--quiet",
    ])
    #expect(run.status == 0, "stderr: \(run.stderr)")
    #expect(run.stderr.isEmpty)
    let gradebook = try String(
      contentsOf: out.appendingPathComponent("gradebook-canvas.csv"), encoding: .utf8)
    // Jane: her latest post (30, plus 6 from the override) and her comment (61); John: his
    // post (30, less 6 from the override), his own reply not counted; Ana: missing, blank.
    // Points Possible: a 70-point post plus the best two 70-point comments.
    #expect(
      gradebook == """
        Student,ID,SIS User ID,SIS Login ID,Section,Week 5 blog post (5012)
        Points Possible,,,,,210
        "Smith, Jane",12345,S1,jsmith,Seminar A,97
        "Doe, John",12346,S2,jdoe,Seminar A,24
        "Lee, Ana",12347,S3,alee,Seminar B,

        """)
    let records = try Self.records(out)
    let byID = Dictionary(uniqueKeysWithValues: records.map { ($0["id"] as? String ?? "", $0) })
    let first = byID["submissions/canvas/smithjane_12345_67890_essay.html"]
    let latest = byID["submissions/canvas/smithjane_12345_67999_essay-1.html"]
    let reply = byID["submissions/john-doe-reply.md"]
    let comment = byID["submissions/jane-smith-comment.md"]
    #expect(first?["superseded"] as? Bool == true)
    #expect(first?["supersededBy"] as? String == latest?["id"] as? String)
    #expect(latest?["superseded"] as? Bool == false)
    #expect(latest?["points"] as? Double == 36)
    #expect(reply?["kind"] as? String == "reply")
    #expect(reply?["maximumPoints"] as? Double == 0)
    #expect(reply?["studentId"] as? String == "12346")
    #expect(comment?["studentId"] as? String == "12345")
    let overrides = latest?["overrides"] as? [[String: Any]]
    #expect(overrides?.first?["computedLevel"] as? String == "No citations")
    #expect(overrides?.first?["level"] as? String == "Some sources")
    #expect(overrides?.first?["points"] as? Double == 6)
    #expect(overrides?.first?["line"] as? Int == 2)

    let summary = try String(
      contentsOf: out.appendingPathComponent("class-summary.csv"), encoding: .utf8
    ).split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
    #expect(summary[0].suffix(4) == ["student_id", "status", "late", "missing"])
    let lateRows = summary.filter { $0.suffix(2) == ["yes", "no"] }.map { String($0[0]) }
    #expect(lateRows == ["John Doe"])
    #expect(summary.last?.first == "Ana Lee")
    #expect(summary.last?.suffix(4) == ["12347", "missing", "no", "yes"])

    let markdown = try String(
      contentsOf: out.appendingPathComponent("doejohn_12346.md"), encoding: .utf8)
    #expect(markdown.contains("- Note: Reply by the author (not graded): “Thanks for reading"))
    #expect(
      markdown.contains(
        "- Note: Teacher override: Measured tone: computed Measured (10/10), adjusted to Adjusted (4/10): Hedged in class discussion."
      ))
    #expect(
      !FileManager.default.fileExists(
        atPath: out.appendingPathComponent("John-Doe_john-doe-reply-md.md").path))
    let janes = try String(
      contentsOf: out.appendingPathComponent("smithjane_12345-2.md"), encoding: .utf8)
    #expect(
      janes.contains(
        "- Note: Earlier version superseded by this one (not graded): submissions/canvas/smithjane\\_12345\\_67890\\_essay.html."
      ))
    let report = try String(
      contentsOf: out.appendingPathComponent("class-report.html"), encoding: .utf8)
    #expect(report.contains("<dt>Students</dt><dd>3</dd>"))
    #expect(report.contains("<dt>Late</dt><dd>1</dd>"))
    #expect(report.contains("<dt>Missing</dt><dd>1</dd>"))
    #expect(report.contains("<td>Ana Lee</td><td>12347</td>"))
    #expect(
      report.contains(
        "Jane Smith, submissions/canvas/smithjane_12345_67999_essay-1.html (line 2): Citations in the text: computed No citations (0/10), adjusted to Some sources (6/10)"
      ))
  }

  @Test(arguments: [
    (
      "bad-overrides.csv",
      "bad-overrides.csv:3: override: no student \"Janet Smithers\" (write a name or ID as the roster has it)"
    ),
    (
      "bad-criterion.csv",
      "bad-criterion.csv:1: override: no criterion \"lenght\" in the rubrics; did you mean 'length'?"
    ),
  ])
  func aBadOverrideLineStopsEverything(file: String, message: String) throws {
    let out = try Rubricate.temporaryDirectory()
    try FileManager.default.removeItem(at: out)
    let run = try Rubricate.run([
      "grade", Self.submissions, "--roster", "\(Self.fixtures)/roster.csv", "--overrides",
      "\(Self.fixtures)/\(file)", "--out", out.path, "--quiet",
    ])
    #expect(run.status == 2)
    #expect(run.stderr == "rubricate: \(Self.fixtures)/\(message)\n")
    #expect(!FileManager.default.fileExists(atPath: out.path), "nothing is written")
  }

  @Test func withoutARosterNamesStillMeetAndRowsWithoutIDsAreWarned() throws {
    let out = try Rubricate.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: out) }
    let roster = out.appendingPathComponent("plain-roster.csv")
    try "name,id\nJane Smith,12345\nJohn Doe,12346,jdoe\nAna Lee,\n".write(
      to: roster, atomically: true, encoding: .utf8)
    let run = try Rubricate.run([
      "grade", Self.submissions, "--roster", roster.path, "--gradebook", "csv", "--out",
      out.appendingPathComponent("r").path, "--quiet", "--strict",
    ])
    #expect(run.status == 1)
    #expect(
      run.stderr.contains(
        "rubricate: gradebook: Ana Lee has no ID; the LMS cannot import that row (pass --roster)"))
    let plain = try String(
      contentsOf: out.appendingPathComponent("r/gradebook.csv"), encoding: .utf8)
    #expect(
      plain.split(separator: "\n").last
        == "Ana Lee,,,,,,210,,,no,yes")
  }
}
