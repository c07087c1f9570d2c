import Testing

@testable import RubricateKit

/// The one CSV writer (issue 15, items 2 and 3): quoting by Unicode scalar, formula guard.
@Suite struct CSVWriterTests {
  @Test func quoteBeforeACombiningMarkIsDoubled() throws {
    let title = "Bikes \"\u{301},@SUM(1+1)"
    let line = CSV.line(["Ana", title, "x"])
    #expect(line == "Ana,\"Bikes \"\"\u{301},@SUM(1+1)\",x")
    #expect(try CSV.parse(line + "\n") == [["Ana", title, "x"]])
    let joiner = "a\"\u{200D}b"
    #expect(try CSV.parse(CSV.line([joiner, "y"]) + "\n") == [[joiner, "y"]])
  }

  static let guarded: [(String, String)] = [
    ("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""),
    ("@SUM(1+1)", "\"'@SUM(1+1)\""),
    ("+1-2", "\"'+1-2\""),
    ("-2+3", "\"'-2+3\""),
    ("\tcmd", "\"'\tcmd\""),
    ("\rcmd", "\"'\rcmd\""),
    ("-", "-"),
    ("-3", "-3"),
    ("+2.5", "+2.5"),
    ("-0.75", "-0.75"),
    ("-3.", "\"'-3.\""),
    ("-1e5", "\"'-1e5\""),
    ("'=already", "'=already"),
    ("Ana = Bea", "Ana = Bea"),
  ]

  @Test(arguments: guarded)
  func formulasAreGuarded(_ cell: String, _ written: String) {
    #expect(CSV.escape(cell) == written)
  }

  @Test func classSummaryCellsAreGuarded() {
    let document = Document(name: "=cmd|' /C calc'!A0.txt", text: "Words here.")
    var submission = Submission(id: "s1", kind: .post, document: document)
    submission.author = "@evil"
    let rubric = Rubric(
      id: "r", title: "R", appliesTo: .post,
      criteria: [
        Criterion(
          id: "c", title: "C", measure: "body.words",
          levels: [Level(name: "-Low", points: 1, feedback: "")])
      ])
    let result = Grader(postRubric: rubric, commentRubric: rubric)
      .grade(Analyzer().analyze([submission])[0])
    let csv = ClassSummaryCSV.render([result], rubrics: [rubric])
    let row = csv.split(separator: "\n")[1]
    #expect(row.hasPrefix("\"'@evil\",,post,s1,\"'=cmd|' /C calc'!A0.txt\",r,1,\"'-Low\","))
  }
}
