import Foundation
import Testing

/// Word, OpenDocument and PDF submissions graded end to end, as Canvas names them, and the
/// one-line errors of damaged ones (the batch goes on).
@Suite struct OfficeFilesTests {
  static let folder = "Tests/rubricateTests/Fixtures/canvas-office"
  static let office = Rubricate.packageRoot.appendingPathComponent(
    "Tests/RubricateKitTests/Fixtures/Office")

  static func results(in out: URL) throws -> [[String: Any]] {
    let text = try String(contentsOf: out.appendingPathComponent("results.jsonl"), encoding: .utf8)
    return try text.split(separator: "\n").map {
      try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
    }
  }

  @Test func canvasFolderOfOfficeFilesIsGraded() throws {
    let out = try Rubricate.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: out) }
    let run = try Rubricate.run(["grade", Self.folder, "--out", out.path, "--quiet"])
    #expect(run.status == 0)
    #expect(run.stderr.isEmpty)
    let results = try Self.results(in: out)
    #expect(
      results.map { $0["id"] as? String } == [
        "canvas-office/kowalczykhana_LATE_12345_678_essay.docx",
        "canvas-office/nguyenlinh_12347_680_essay.odt",
        "canvas-office/smithjane_12346_679_essay.pdf",
      ])
    let students = results.map { $0["student"] as? [String: Any] ?? [:] }
    #expect(students.map { $0["name"] as? String } == ["kowalczykhana", "nguyenlinh", "smithjane"])
    #expect(students.map { $0["late"] as? Bool } == [true, false, false])
    #expect(
      results.map { $0["title"] as? String } == Array(repeating: "Streets for People", count: 3))
    #expect(results.allSatisfy { ($0["points"] as? Double ?? 0) > 0 })
    let csv = try String(
      contentsOf: out.appendingPathComponent("class-summary.csv"), encoding: .utf8)
    #expect(csv.split(separator: "\n").count == 4)
  }

  @Test func withoutPdftotextEachPDFIsListedAndTheRestGraded() throws {
    let out = try Rubricate.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: out) }
    let run = try Rubricate.run(
      ["grade", Self.folder, "--out", out.path, "--quiet"], environment: ["PATH": "/nonexistent"])
    #expect(run.status == 1)
    let line =
      "\(Self.folder)/smithjane_12346_679_essay.pdf: cannot read: install poppler-utils to read PDF"
    #expect(
      run.stderr == "rubricate: \(line)\nrubricate: 1 file could not be read:\n  \(line)\n")
    #expect(try Self.results(in: out).count == 2)
  }

  @Test func damagedFilesGiveOneLineEachAndTheBatchGoesOn() throws {
    let input = try Rubricate.temporaryDirectory()
    let out = try Rubricate.temporaryDirectory()
    defer {
      try? FileManager.default.removeItem(at: input)
      try? FileManager.default.removeItem(at: out)
    }
    let docx = try Data(contentsOf: Self.office.appendingPathComponent("essay.docx"))
    let pdf = try Data(contentsOf: Self.office.appendingPathComponent("essay.pdf"))
    try docx.write(to: input.appendingPathComponent("a-good.docx"))
    try Data("Dear teacher, my essay.".utf8).write(to: input.appendingPathComponent("b-text.docx"))
    try docx.prefix(docx.count / 2).write(to: input.appendingPathComponent("c-truncated.docx"))
    try FileManager.default.copyItem(
      at: Self.office.appendingPathComponent("encrypted.pdf"),
      to: input.appendingPathComponent("d-encrypted.pdf"))
    try pdf.prefix(2000).write(to: input.appendingPathComponent("e-damaged.pdf"))
    try FileManager.default.copyItem(
      at: Self.office.appendingPathComponent("hand.pdf"),
      to: input.appendingPathComponent("f-hand.pdf"))
    let run = try Rubricate.run(["grade", input.path, "--out", out.path, "--quiet"])
    #expect(run.status == 1)
    let path = input.path
    #expect(
      run.stderr.split(separator: "\n").prefix(4) == [
        "rubricate: \(path)/b-text.docx: cannot read: not a ZIP archive (a Word or OpenDocument file is one; save it again from the editor)",
        "rubricate: \(path)/c-truncated.docx: cannot read: truncated archive: no end-of-central-directory record (the file is incomplete; download it again)",
        "rubricate: \(path)/d-encrypted.pdf: cannot read the PDF: it is password-protected (save it again without a password)",
        "rubricate: \(path)/e-damaged.pdf: cannot read the PDF: it is damaged (Syntax Error: Couldn't read xref table); download it again",
      ])
    let results = try Self.results(in: out)
    #expect(results.count == 2)
    #expect(
      (results.last?["analysis"] as? [String: Any])?["stats"].flatMap { $0 as? [String: Any] }?[
        "words"] as? Int == 6)
  }

  @Test func checkAndAnalyzeReadOfficeFiles() throws {
    let check = try Rubricate.run(["check", "\(Self.folder)/nguyenlinh_12347_680_essay.odt"])
    #expect(check.status == 0)
    #expect(check.stdout.hasPrefix("Streets for People\n"))
    let analyze = try Rubricate.run(["analyze", "\(Self.folder)/smithjane_12346_679_essay.pdf"])
    #expect(analyze.status == 0)
    #expect(analyze.stdout.contains("\"title\": \"Streets for People\""))
  }
}
