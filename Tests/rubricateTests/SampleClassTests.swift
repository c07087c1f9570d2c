import Foundation
import Testing

/// The README's main job, end to end: `grade Submissions` on the built binary, every report
/// format and the class files compared byte for byte with golden files.
///
/// Re-record on purpose, after reading the diff of what changed:
/// `RUBRICATE_RECORD_SNAPSHOTS=1 swift test --filter SampleClassTests`.
@Suite(.serialized) struct SampleClassTests {
  static let snapshots = Rubricate.packageRoot
    .appendingPathComponent("Tests/rubricateTests/Snapshots/sample-class")

  static let arguments = [
    "grade", "Submissions", "--format", "text", "--format", "markdown", "--format", "html",
    "--format", "json", "--gradebook", "canvas", "--assignment", "Week 5 blog post (5012)",
    "--no-progress",
  ]

  static func files(in folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }
      .sorted()
  }

  @Test func reportsMatchTheGoldenFiles() throws {
    let out = try Rubricate.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: out) }
    let run = try Rubricate.run(Self.arguments + ["--out", out.path, "--quiet"])
    #expect(run.status == 0, "stderr: \(run.stderr)")
    #expect(run.stderr.isEmpty)
    let written = try Self.files(in: out)
    let hidden = try FileManager.default.contentsOfDirectory(atPath: out.path).filter {
      $0.hasPrefix(".")
    }
    #expect(hidden.isEmpty, "temporary files left behind: \(hidden)")
    if ProcessInfo.processInfo.environment["RUBRICATE_RECORD_SNAPSHOTS"] != nil {
      try? FileManager.default.removeItem(at: Self.snapshots)
      try FileManager.default.copyItem(at: out, to: Self.snapshots)
      return
    }
    let golden = try Self.files(in: Self.snapshots)
    #expect(written == golden)
    for name in golden where written.contains(name) {
      let actual = try Data(contentsOf: out.appendingPathComponent(name))
      let expected = try Data(contentsOf: Self.snapshots.appendingPathComponent(name))
      #expect(
        actual == expected,
        "\(name) differs from Snapshots/sample-class/\(name); if the change is intended, re-record")
    }
  }

  @Test func sameBytesWhateverTheJobsAndOnASecondRun() throws {
    let first = try Rubricate.temporaryDirectory()
    let second = try Rubricate.temporaryDirectory()
    defer {
      try? FileManager.default.removeItem(at: first)
      try? FileManager.default.removeItem(at: second)
    }
    let a = try Rubricate.run(Self.arguments + ["--out", first.path, "--quiet"])
    let b = try Rubricate.run(Self.arguments + ["--out", second.path, "--quiet", "--jobs", "1"])
    #expect(a.status == 0 && b.status == 0)
    let names = try Self.files(in: first)
    #expect(names == (try Self.files(in: second)))
    #expect(names.count > 100)
    for name in names {
      #expect(
        try Data(contentsOf: first.appendingPathComponent(name))
          == Data(contentsOf: second.appendingPathComponent(name)), "\(name) differs")
    }
  }

  @Test func theTableIsPrintedAndNoProgressGoesToAPipe() throws {
    let out = try Rubricate.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: out) }
    let run = try Rubricate.run(["grade", "Submissions", "--out", out.path])
    #expect(run.status == 0)
    #expect(run.stderr.isEmpty, "stderr is not a terminal here, so no progress bar")
    #expect(run.stdout.hasPrefix("Student"))
    // Rows by the students' resolved names, then post before comments.
    #expect(
      run.stdout.split(separator: "\n").prefix(4) == [
        "Student            Kind     Points      %",
        "Aisha Al-Mansouri  post     48/70       68.6",
        "Aisha Al-Mansouri  comment  70/70       100",
        "Amara Okonkwo      post     58/70       82.9",
      ])
    #expect(run.stdout.hasSuffix("Reports for 31 submissions written to \(out.path)/\n"))
  }
}

/// What a teacher expects of the sample class (see Submissions/README.md), read from the
/// machine-readable results of a real run.
@Suite struct SampleClassExpectationsTests {
  static func results() throws -> [[String: Any]] {
    let out = try Rubricate.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: out) }
    let run = try Rubricate.run(["grade", "Submissions", "--out", out.path, "--quiet"])
    #expect(run.status == 0)
    let text = try String(contentsOf: out.appendingPathComponent("results.jsonl"), encoding: .utf8)
    return try text.split(separator: "\n").map {
      try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
    }
  }

  static func comments(on post: String, in results: [[String: Any]]) -> [(String, Double)] {
    results.filter { $0["post"] as? String == post }.map {
      ($0["author"] as? String ?? "", $0["points"] as? Double ?? -1)
    }
  }

  @Test func commentsAreOrderedTheWayATeacherWould() throws {
    let results = try Self.results()
    let linh = Self.comments(on: "Submissions/linh-nguyen-car-free-centres.txt", in: results)
    let linhPoints = Dictionary(uniqueKeysWithValues: linh)
    #expect(linh.map(\.0) == ["Tomás Herrera", "Kenji Watanabe", "Connor Walsh", "Sofia Rossi"])
    #expect(linhPoints["Tomás Herrera"]! > linhPoints["Sofia Rossi"]!)
    #expect(linhPoints["Sofia Rossi"]! > linhPoints["Connor Walsh"]!)
    #expect(linhPoints["Kenji Watanabe"]! > linhPoints["Connor Walsh"]!)
    // The full teacher's order (Submissions/README.md): Sofia's critique rests on a quotation
    // the post does not contain, so Kenji's relevant reply is worth more.
    #expect(linhPoints["Kenji Watanabe"]! > linhPoints["Sofia Rossi"]!)
    let tomas = Self.comments(on: "Submissions/tomas-herrera-streets-for-people.txt", in: results)
    #expect(tomas.map(\.0) == ["Priya Raghunathan", "Kwame Mensah", "Amara Okonkwo"])
    #expect(tomas[0].1 > tomas[1].1 && tomas[1].1 > tomas[2].1)
    let generic = results.filter {
      (($0["analysis"] as? [String: Any])?["comment"] as? [String: Any])?["genericPraise"] as? Bool
        == true
    }.compactMap { $0["author"] as? String }
    #expect(generic == ["Chloé Martin", "Connor Walsh", "Amara Okonkwo"])
  }

  @Test func theScrapedPagesReferencesAndComments() throws {
    let results = try Self.results()
    func post(_ id: String) -> [String: Any] {
      results.first { $0["id"] as? String == id }?["analysis"] as? [String: Any] ?? [:]
    }
    let linh = post("Submissions/linh-nguyen-car-free-centres.txt")
    #expect(linh["title"] as? String != nil)
    #expect((linh["references"] as? [Any])?.count == 5)
    #expect((linh["stats"] as? [String: Any])?["referencesUncited"] as? Int == 0)
    let tomas = post("Submissions/tomas-herrera-streets-for-people.txt")
    let references = tomas["references"] as? [[String: Any]] ?? []
    #expect(references.count == 4)
    #expect((tomas["stats"] as? [String: Any])?["referencesUncited"] as? Int == 1)
    let connor = post("Submissions/connor-walsh-car-bans-terrible-idea.txt")
    #expect((connor["stats"] as? [String: Any])?["claimsSupported"] as? Int == 0)
    #expect((connor["stats"] as? [String: Any])?["citationsInText"] as? Int == 0)
  }
}
