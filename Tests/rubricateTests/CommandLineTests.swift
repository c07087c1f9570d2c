import Foundation
import Testing

/// Error messages and exit statuses of the command line, run on the built binary.
@Suite struct CommandLineTests {
  @Test func versionAndHelp() throws {
    let version = try Rubricate.run(["--version"])
    #expect(version.status == 0)
    #expect(version.stdout == "0.1.0\n")
    let help = try Rubricate.run(["--help"])
    #expect(help.status == 0)
    #expect(help.stdout.hasPrefix("OVERVIEW: Offline feedback"))
    for subcommand in ["analyze", "grade", "check", "segments", "references", "measures", "rubric"]
    {
      #expect(help.stdout.contains("  \(subcommand) "), "overview lists \(subcommand)")
      let sub = try Rubricate.run([subcommand, "--help"])
      #expect(sub.status == 0)
      #expect(sub.stdout.hasPrefix("OVERVIEW: "))
      #expect(sub.stdout.contains("USAGE: rubricate \(subcommand)"))
    }
  }

  @Test(arguments: [
    (["analyse", "x"], "rubricate: unknown subcommand 'analyse'; did you mean 'analyze'?\n"),
    (["--verison"], "rubricate: unknown option '--verison'; did you mean '--version'?\n"),
    (
      ["analyze", "--fromat", "json", "x"],
      "rubricate: unknown option '--fromat'; did you mean '--format'? (see 'rubricate analyze --help')\n"
    ),
    (
      ["analyze", "--format", "jsn", "x"],
      "rubricate: 'jsn' is not a valid value for '--format' (json, text); did you mean 'json'? (see 'rubricate analyze --help')\n"
    ),
    (["analyze"], "rubricate: missing FILE|DIR|-... (see 'rubricate analyze --help')\n"),
    (
      ["grade", "Submissions", "--out"],
      "rubricate: option '--out' needs a value (DIR) (see 'rubricate grade --help')\n"
    ),
    (
      ["rubric", "chek", "x.json"],
      "rubricate: unknown rubric action 'chek'; did you mean 'check'? (see 'rubricate rubric --help')\n"
    ),
  ])
  func usageErrorsAreOneLineWithStatus2(_ arguments: [String], _ expected: String) throws {
    let output = try Rubricate.run(arguments)
    #expect(output.status == 2)
    #expect(output.stderr == expected)
    #expect(output.stdout.isEmpty)
  }

  /// A folder's records come out one a line, in the files' order, whether a record is small
  /// (gathered in the output buffer) or large (written as it is, after what the buffer holds).
  @Test func analyzeWritesSmallAndLargeRecordsInOrder() throws {
    let folder = try Rubricate.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let sentence = "Cars are loud in the old town, and buses are not. "
    let texts = [
      "a.txt": "Cars are loud. Buses are not.\n",
      "b.txt": String(repeating: sentence, count: 400) + "\n",
      "c.txt": "Trams are quiet.\n",
    ]
    for (name, text) in texts {
      try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    let output = try Rubricate.run(["analyze", "--input-format", "text", folder.path])
    #expect(output.status == 0)
    let lines = output.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 4)
    #expect(lines.last == "")
    #expect(lines[1].utf8.count > 32 * 1024)
    let sources = try lines.dropLast().map { line in
      let json = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      return ((json?["source"] as? String) ?? "").split(separator: "/").last.map(String.init)
    }
    #expect(sources == ["a.txt", "b.txt", "c.txt"])
  }

  @Test func analyzeReadsStandardInputAsJSON() throws {
    let output = try Rubricate.run(
      ["analyze", "--input-format", "text", "-"], stdin: "Cars are loud. Buses are not.\n")
    #expect(output.status == 0)
    let json = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
    #expect(json?["schemaVersion"] as? Int == 1)
    #expect(json?["source"] as? String == "-")
    let submissions = json?["submissions"] as? [[String: Any]]
    #expect(submissions?.count == 1)
    let submission = submissions?.first
    for key in [
      "id", "kind", "title", "author", "date", "dateText", "student", "post", "parent",
      "segments", "stats", "sentences", "references", "citations", "claims", "comment",
    ] {
      #expect(submission?.keys.contains(key) == true, "submission has \(key)")
    }
    let stats = submission?["stats"] as? [String: Any]
    #expect(stats?["words"] as? Int == 6)
    #expect(stats?["sentences"] as? Int == 2)
    let readability = stats?["readability"] as? [String: Any]
    #expect(
      Set(readability?.keys.map { $0 } ?? []) == [
        "fleschReadingEase", "fleschKincaidGrade", "gunningFog", "smogIndex",
        "colemanLiauIndex", "automatedReadabilityIndex",
      ])
    let sentences = submission?["sentences"] as? [[String: Any]]
    #expect(sentences?.map { $0["text"] as? String } == ["Cars are loud.", "Buses are not."])
    #expect(sentences?.map { $0["start"] as? Int } == [0, 15])
    #expect(sentences?.allSatisfy { $0["confidence"] is Double && $0["features"] is [Any] } == true)
    #expect(sentences?.map { $0["role"] as? String }.allSatisfy { $0 != nil } == true)
  }

  @Test func badFilesAreReportedAndTheBatchGoesOn() throws {
    let folder = try Rubricate.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("class")
    try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
    try Data("A short post. It has two sentences.\n".utf8).write(
      to: input.appendingPathComponent("good.txt"))
    try Data([0x00, 0x01, 0x02, 0xFF]).write(to: input.appendingPathComponent("binary.txt"))
    try Data().write(to: input.appendingPathComponent("empty.md"))
    let before = try FileManager.default.contentsOfDirectory(atPath: input.path).sorted()
    let out = folder.appendingPathComponent("reports")
    let output = try Rubricate.run(
      ["grade", input.path, "--out", out.path, "--no-progress", "--quiet"])
    #expect(output.status == 1)
    #expect(output.stdout.isEmpty)
    #expect(
      output.stderr == """
        rubricate: \(input.path)/binary.txt: not a text document (it contains NUL bytes)
        rubricate: warning: \(input.path)/empty.md: the file is empty (nothing but white space); nothing to grade
        rubricate: 1 file could not be read:
          \(input.path)/binary.txt: not a text document (it contains NUL bytes)

        """)
    let written = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
    #expect(
      written == [
        "class-report.html", "class-summary.csv", "good-txt.html", "good-txt.json",
        "good-txt.md", "results.jsonl", "skipped.csv",
      ])
    #expect(
      try String(contentsOf: out.appendingPathComponent("skipped.csv"), encoding: .utf8) == """
        path,reason,detail
        \(input.path)/binary.txt,not-read,\(input.path)/binary.txt: not a text document (it contains NUL bytes)
        \(input.path)/empty.md,empty,nothing to grade

        """)
    #expect(try FileManager.default.contentsOfDirectory(atPath: input.path).sorted() == before)
  }

  @Test func aWrongRubricGradesNothing() throws {
    let folder = try Rubricate.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let rubric = folder.appendingPathComponent("bad.json")
    try Data(
      """
      {"rubricVersion": 1, "id": "x", "title": "X", "appliesTo": "post",
       "criteria": [{"id": "c", "title": "C", "measure": "claims.suported",
         "levels": [{"name": "A", "points": 1, "feedback": "ok"}]}]}
      """.utf8
    ).write(to: rubric)
    let out = folder.appendingPathComponent("reports")
    let output = try Rubricate.run([
      "grade", "Submissions", "--rubric", rubric.path, "--out", out.path,
    ])
    #expect(output.status == 2)
    #expect(
      output.stderr
        == "rubricate: \(rubric.path):2: criteria[0].measure: 'claims.suported' is not a measure; did you mean 'claims.supported'?\n"
    )
    #expect(!FileManager.default.fileExists(atPath: out.path))
    let check = try Rubricate.run(["rubric", "check", rubric.path])
    #expect(check.status == 2)
    #expect(check.stderr == output.stderr)
  }
}

/// Student text is data: a submission full of markup and script must render as inert text in
/// every HTML report.
@Suite struct HostileInputTests {
  @Test func payloadsAreEscapedInEveryReport() throws {
    let out = try Rubricate.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: out) }
    let run = try Rubricate.run([
      "grade", "Tests/rubricateTests/Fixtures/hostile", "--out", out.path, "--quiet",
      "--format", "html", "--format", "markdown",
    ])
    #expect(run.status == 0)
    let names = try FileManager.default.contentsOfDirectory(atPath: out.path)
    #expect(names.filter { $0.hasSuffix(".html") }.count == 3)
    for name in names where name.hasSuffix(".html") || name.hasSuffix(".md") {
      let text = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
      for payload in [
        "<script>", "<img src=x", "onerror=\"document", "href=\"javascript:",
        "<b>bold</b>",
      ] {
        #expect(!text.contains(payload), "\(name) contains \(payload)")
      }
      if name.hasSuffix(".md") {
        #expect(!text.contains("study](javascript:"), "\(name) has a live Markdown link")
      }
    }
  }
}

@Suite struct AnalyzeFolderTests {
  /// A comment in its own file names its post in front matter; analysing the folder reads it
  /// against that post, as grading does.
  @Test func aCommentFileIsReadAgainstThePostItNames() throws {
    let output = try Rubricate.run(["analyze", "Submissions"])
    #expect(output.status == 0)
    let lines = output.stdout.split(separator: "\n")
    // 13 files of the sample class and 3 drafts of its revision class (Submissions/revision).
    #expect(lines.count == 16)
    let comment = try lines.compactMap {
      try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
    }.flatMap { $0["submissions"] as? [[String: Any]] ?? [] }
      .first {
        ($0["id"] as? String)?.hasSuffix("hana-kowalczyk-comment-on-start-small.md") == true
      }
    #expect(comment?["post"] as? String == "Submissions/priya-raghunathan-start-small.md")
    let analysis = comment?["comment"] as? [String: Any]
    #expect((analysis?["relevance"] as? Double ?? 0) > 0.2)
    #expect(analysis?["localized"] as? Bool == true)
  }
}

@Suite struct LargeInputTests {
  /// A 50 MB file is refused on one line without being read; the rest of the batch goes on.
  @Test func aFiftyMegabyteFileIsRefusedAndTheBatchGoesOn() throws {
    let folder = try Rubricate.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let huge = folder.appendingPathComponent("huge.txt")
    #expect(FileManager.default.createFile(atPath: huge.path, contents: nil))
    let handle = try FileHandle(forWritingTo: huge)
    try handle.truncate(atOffset: 50 << 20)
    try handle.close()
    try Data("A short post. It has two sentences.\n".utf8).write(
      to: folder.appendingPathComponent("ok.txt"))
    let output = try Rubricate.run(["analyze", folder.path])
    #expect(output.status == 1)
    #expect(
      output.stderr
        == "rubricate: \(huge.path): too large to be a submission (50 MB; the limit is 32 MB)\n")
    #expect(output.stdout.split(separator: "\n").count == 1)
  }
}

@Suite struct AnalyzeDepthTests {
  @Test func onlyTextSkipsTheLaterStages() throws {
    let text = "Cities should ban cars (Wu, 2001). Buses are not loud.\n"
    let full = try Rubricate.run(["analyze", "--input-format", "text", "-"], stdin: text)
    let quick = try Rubricate.run(
      ["analyze", "--input-format", "text", "--only", "text", "-"], stdin: text)
    #expect(full.status == 0 && quick.status == 0)
    func submission(_ output: Rubricate.Output) throws -> [String: Any] {
      let json = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
      return (json?["submissions"] as? [[String: Any]])?.first ?? [:]
    }
    let fullSubmission = try submission(full)
    let quickSubmission = try submission(quick)
    #expect((fullSubmission["citations"] as? [Any])?.count == 1)
    #expect((quickSubmission["citations"] as? [Any])?.count == 0)
    let fullStats = fullSubmission["stats"] as? [String: Any]
    let quickStats = quickSubmission["stats"] as? [String: Any]
    #expect(quickStats?["words"] as? Int == 10)
    #expect(quickStats?["words"] as? Int == fullStats?["words"] as? Int)
    #expect(
      (quickStats?["readability"] as? [String: Double])
        == (fullStats?["readability"] as? [String: Double]))
  }
}
