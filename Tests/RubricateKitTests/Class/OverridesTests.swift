import Testing

@testable import RubricateKit

@Suite struct OverridesTests {
  @Test func linesAreNumberedAsTheFileHasThem() throws {
    let overrides = try Overrides.parse(
      """
      student,submission,criterion,value,reason

      Jane Smith,,length,Meets,"Counted the appendix,
      as agreed"
      12346,s2,over-claiming,4,

      """, file: "o.csv")
    #expect(overrides.lines.map(\.line) == [3, 5])
    #expect(overrides.lines[0].reason == "Counted the appendix,\nas agreed")
    #expect(overrides.lines[1].submission == "s2")
    #expect(overrides.lines[1].value == "4")
  }

  @Test func aShortLineIsAnError() {
    #expect(
      throws: ClassError.override(
        file: "o.csv", line: 2,
        message: "expected student,submission,criterion,value,reason; found 2 cells")
    ) {
      try Overrides.parse("Jane,,length,Meets,ok\nJane,length\n", file: "o.csv")
    }
  }

  @Test func unknownLevelsAndCriteriaAreCaughtBeforeGrading() throws {
    let rubric = try Rubric.defaultRubric(for: .post)
    let bad = try Overrides.parse("Jane,,length,Excellent,x\n", file: "o.csv")
    #expect(
      throws: ClassError.override(
        file: "o.csv", line: 1,
        message: "\"Excellent\" is not a level of length (Meets, Close, Off) nor a number of points"
      )
    ) {
      try bad.validate(rubrics: [rubric])
    }
  }
}
