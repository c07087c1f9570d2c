import Foundation
import Testing

/// The listing commands a teacher uses to see why: segments, references, measures.
@Suite struct ListingCommandTests {
  @Test func segmentsShowKindLinesAndRuleOncePerPage() throws {
    let output = try Rubricate.run(["segments", "Submissions/tomas-herrera-streets-for-people.txt"])
    #expect(output.status == 0)
    let lines = output.stdout.split(separator: "\n").map(String.init)
    #expect(
      Array(lines.prefix(3)) == [
        "post Submissions/tomas-herrera-streets-for-people.txt “Streets for People, Not Parking”, 6 Mar",
        "  title             lines 1        title.first-line          Streets for People, Not Parking",
        "  dateline          lines 2        dateline.date             6 Mar",
      ])
    // The widest kind sets the column: every row's line range starts in the same place.
    let rows = lines.filter { $0.hasPrefix("  ") }
    #expect(rows.allSatisfy { $0.dropFirst(20).hasPrefix("lines ") })
    // Comments share the page: their segments are listed once, under the post.
    #expect(lines.filter { $0.hasPrefix("  comment ") }.count == 3)
    #expect(lines.filter { $0.hasPrefix("comment ") }.count == 3)
    #expect(lines.contains { $0.hasPrefix("  referencesHeading lines 18") })
  }

  @Test func referencesParsesEachPastedLine() throws {
    let output = try Rubricate.run(
      ["references", "--entries", "-"],
      stdin: """
        Okafor, A. (2019). Streets for people. Urban Press.

        Brandt, Karl. “Noise in the City. Urban Studies 12.3 (2015): 40-58.

        """)
    #expect(output.status == 0)
    let entries = try output.stdout.split(separator: "\n").map {
      try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
    }
    #expect(entries.count == 2)
    #expect(entries.map { $0["style"] as? String } == ["apa", "mla"])
    #expect(entries.map { $0["year"] as? String } == ["2019", "2015"])
    #expect(entries.map { $0["title"] as? String } == ["Streets for people", "Noise in the City"])
    #expect((entries[1]["problems"] as? [String]) == ["unbalanced-quotes"])
  }

  @Test func measuresListsTheRegistry() throws {
    let output = try Rubricate.run(["measures", "--format", "json"])
    #expect(output.status == 0)
    let measures =
      try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]] ?? []
    #expect(measures.count == 40)
    #expect(measures.first?["id"] as? String == "body.words")
    #expect(measures.allSatisfy { ($0["examples"] as? [Any])?.isEmpty == false })
    let text = try Rubricate.run(["measures"])
    #expect(text.stdout.hasPrefix("body.words  [words; post]\n  Words in the body"))
  }
}
