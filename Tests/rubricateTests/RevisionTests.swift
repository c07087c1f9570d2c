import Foundation
import Testing

/// The revision workflow end to end on the sample revision class
/// (`Submissions/revision/drafts/`, finals in `Submissions/`): the expectations are the edits
/// the drafts were written with (see `Submissions/revision/README.md`).
@Suite struct RevisionTests {
  static let drafts = "Submissions/revision/drafts"

  static func diff(_ name: String) throws -> [String: Any] {
    let run = try Rubricate.run([
      "diff", "\(drafts)/\(name)-draft.txt", "Submissions/\(name).txt", "--format", "json",
    ])
    #expect(run.status == 0, "stderr: \(run.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
    return object as? [String: Any] ?? [:]
  }

  static func findings(_ record: [String: Any], _ list: String, kind: String) -> [String] {
    (record[list] as? [[String: Any]] ?? []).filter { $0["kind"] as? String == kind }
      .compactMap { $0["text"] as? String }
  }

  static func counts(_ record: [String: Any]) -> [String: Int] {
    record["sentences"] as? [String: Int] ?? [:]
  }

  @Test func identicalBodyReportsNoChange() throws {
    let record = try Self.diff("connor-walsh-car-bans-terrible-idea")
    #expect(record["unchanged"] as? Bool == true)
    #expect((record["resolved"] as? [Any])?.isEmpty == true)
    #expect((record["new"] as? [Any])?.isEmpty == true)
    #expect((record["edits"] as? [Any])?.isEmpty == true)
    #expect(Self.counts(record) == ["added": 0, "removed": 0, "rewritten": 0, "moved": 0])
    let text = try Rubricate.run([
      "diff", "\(Self.drafts)/connor-walsh-car-bans-terrible-idea-draft.txt",
      "Submissions/connor-walsh-car-bans-terrible-idea.txt",
    ])
    #expect(
      text.stdout
        == "Since your draft\n  Nothing changed since the draft: same text, same scores.\n")
  }

  @Test func tomasCitedKimuraAndAddedNovak() throws {
    let record = try Self.diff("tomas-herrera-streets-for-people")
    #expect(
      Self.findings(record, "resolved", kind: "uncitedReference") == [
        "Kimura, S. (2020). Walkable futures: Redesigning the city for people. Harbour Books."
      ])
    #expect(
      Self.findings(record, "new", kind: "uncitedReference") == [
        "Novák, Petra. “Low Emission Zones and Asthma Admissions in Central Europe.” European Journal of Public Health Policy 27.2 (2019): 88-102."
      ])
    #expect(Self.findings(record, "open", kind: "unmatchedCitation") == ["(Moreau, 2017)"])
    #expect(
      record["sourcesAdded"] as? [String] == [
        "Novák, Petra. “Low Emission Zones and Asthma Admissions in Central Europe.” European Journal of Public Health Policy 27.2 (2019): 88-102."
      ])
    #expect(record["sourcesDropped"] as? [String] == [])
    #expect(Self.counts(record) == ["added": 0, "removed": 0, "rewritten": 1, "moved": 0])
    #expect(record["wordsAdded"] as? Int == 4)
    #expect(record["wordsRemoved"] as? Int == 0)
  }

  @Test func linhMovedAParagraphAndTookUpTomasSuggestion() throws {
    let record = try Self.diff("linh-nguyen-car-free-centres")
    #expect(
      Self.findings(record, "resolved", kind: "uncitedReference") == [
        "Adeyemi, F. (2022). Access for all: Disability and the pedestrian city. Policy Press."
      ])
    #expect(Self.findings(record, "new", kind: "uncitedReference") == [])
    // The health paragraph (5 sentences) moved; the plan paragraph (5) is new; the thesis,
    // the evidence sentence and the two Adeyemi sentences were reworded.
    #expect(Self.counts(record) == ["added": 5, "removed": 0, "rewritten": 4, "moved": 5])
    let uptake = record["uptake"] as? [[String: Any]] ?? []
    #expect(uptake.count == 1)
    #expect(uptake.first?["author"] as? String == "Tomás Herrera")
    #expect(uptake.first?["kind"] as? String == "suggestion")
    // Priya asked for a noise figure; the health paragraph only moved, so it is not taken up.
    #expect(!uptake.contains { $0["author"] as? String == "Priya Raghunathan" })
    let criteria = record["criteria"] as? [[String: Any]] ?? []
    let references = criteria.first { $0["id"] as? String == "references-cited" }
    #expect(references?["level"] as? String == "Most cited")
    #expect(references?["change"] as? Double == 3)
  }

  @Test func gradeWithPreviousFolderOrResultsGivesTheSameComparison() throws {
    let out = try Rubricate.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: out) }
    let drafts = out.appendingPathComponent("drafts")
    let finals = out.appendingPathComponent("finals")
    let fromResults = out.appendingPathComponent("from-results")
    let first = try Rubricate.run([
      "grade", Self.drafts, "--out", drafts.path, "--format", "json", "--no-progress", "--quiet",
    ])
    #expect(first.status == 0, "stderr: \(first.stderr)")
    let byFolder = try Rubricate.run([
      "grade", "Submissions", "--previous", Self.drafts, "--out", finals.path, "--format",
      "markdown", "--format", "html", "--no-progress",
    ])
    // The same finals named one by one (the drafts folder is inside Submissions).
    let finalFiles = [
      "linh-nguyen-car-free-centres", "tomas-herrera-streets-for-people",
      "connor-walsh-car-bans-terrible-idea",
    ].map { "Submissions/\($0).txt" }
    #expect(byFolder.status == 0, "stderr: \(byFolder.stderr)")
    #expect(byFolder.stdout.contains("Compared with drafts: 3 paired\n"))
    let byResults = try Rubricate.run(
      ["grade"] + finalFiles + [
        "--previous", drafts.appendingPathComponent("results.jsonl").path,
        "--out", fromResults.path, "--format", "markdown", "--no-progress", "--quiet",
      ])
    #expect(byResults.status == 0, "stderr: \(byResults.stderr)")
    let folderPrevious = try Self.previous(in: finals)
    let resultsPrevious = try Self.previous(in: fromResults)
    #expect(folderPrevious.count == 3)
    #expect(folderPrevious == resultsPrevious)
    // The drafts folder inside the input is not graded as finals.
    let ids = try Self.records(in: finals).compactMap { $0["source"] as? String }
    #expect(!ids.contains { $0.contains("revision/drafts") })
    // The commenter whose suggestion was used is told so.
    let tomas = try String(
      contentsOf: finals.appendingPathComponent("tomas-herrera-streets-for-people-txt.md"),
      encoding: .utf8)
    #expect(tomas.contains("## Your feedback was used"))
    #expect(tomas.contains("Your suggestion on “Car-Free Centres Are Worth the Fight”"))
    // The HTML report has the section and marks the added and reworded sentences.
    let linh = try String(
      contentsOf: finals.appendingPathComponent("lnguyen_linh-nguyen-car-free-centres-txt.html"),
      encoding: .utf8)
    #expect(linh.contains("<section id=\"revision\">\n<h2>Since your draft</h2>"))
    #expect(linh.components(separatedBy: "class=\"revised\"").count - 1 >= 9)
    let classReport = try String(
      contentsOf: finals.appendingPathComponent("class-report.html"), encoding: .utf8)
    #expect(classReport.contains("<h2>Since the drafts</h2>"))
  }

  static func records(in folder: URL) throws -> [[String: Any]] {
    let text = try String(
      contentsOf: folder.appendingPathComponent("results.jsonl"), encoding: .utf8)
    return text.split(separator: "\n").compactMap {
      try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
    }
  }

  /// Each paired post's `previous` object, as canonical JSON, by source.
  static func previous(in folder: URL) throws -> [String: String] {
    var found: [String: String] = [:]
    for record in try records(in: folder) {
      guard let previous = record["previous"] as? [String: Any],
        let source = record["source"] as? String
      else { continue }
      var comparable = previous
      // The draft's id and its comments' ids name the folder they were read from.
      comparable["id"] = nil
      comparable["uptake"] = (comparable["uptake"] as? [[String: Any]])?.map {
        var uptake = $0
        uptake["comment"] = nil
        return uptake
      }
      let data = try JSONSerialization.data(withJSONObject: comparable, options: [.sortedKeys])
      found[source] = String(decoding: data, as: UTF8.self)
    }
    return found
  }
}
