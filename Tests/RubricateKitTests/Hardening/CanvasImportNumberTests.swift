import Testing

@testable import RubricateKit

/// `rubric import --canvas` takes points written with digits only (issue 15, item 10).
@Suite struct CanvasImportNumberTests {
  static let header =
    "Rubric Name,Criteria Name,Criteria Description,Criteria Enable Range,Rating Name,Rating Description,Rating Points,Rating Name,Rating Description,Rating Points\n"

  @Test(arguments: ["NaN", "nan", "inf", "-inf", "Infinity", "1e309", "1e3", "0x10", "-4", "2e9"])
  func rejectsPointsThatAreNotPlainNumbers(_ points: String) {
    let csv =
      Self.header + "R,Sources,Cites,false,Good,ok,4,Poor,no,0\n"
      + "R,Style,Clear,false,Good,ok,\(points),Poor,no,0\n"
    do {
      let rubric = try CanvasRubricCSV.importRubric(csv, file: "r.csv")
      Issue.record("accepted \(points): \(rubric.criteria.map(\.levels))")
    } catch {
      #expect(
        error.description
          == "r.csv:3: rating 'Good' has points '\(points)', which is not a number from 0 to 1000000000 written with digits (e.g. 4 or 2.5)"
      )
    }
  }

  @Test func acceptsDecimalsAndRoundTripsGuardedText() throws {
    let csv = Self.header + "R,Style,-terse,false,Good,=ok,2.5,Poor,no, 0 \n"
    let rubric = try CanvasRubricCSV.importRubric(csv, file: "r.csv")
    #expect(rubric.criteria[0].levels.map(\.points) == [2.5, 0])
    #expect(rubric.criteria[0].description == "-terse")
    let again = try CanvasRubricCSV.importRubric(CanvasRubricCSV.export(rubric), file: "r.csv")
    #expect(again.criteria[0].description == "-terse")
    #expect(again.criteria[0].levels[0].feedback == "=ok")
  }
}
