import Testing

@testable import RubricateKit

@Suite struct GradebookTests {
  typealias F = HTMLTestFixtures

  /// Ana wrote a post and a comment, Bo a post, Cy (no LMS id) a comment.
  static func classResults() -> [SubmissionResult] {
    let ana = Student(name: "Ana Ruiz", userId: "42", fileId: "9001")
    let bo = Student(name: "Bo Chen", userId: "17")
    return [
      F.result(
        F.submission("Bikes.", id: "p2", title: "Bikes, mostly", student: bo),
        criteria: [F.criterion("claims", points: 8.5, maximum: 10, feedback: "Clear.")],
        grade: "A"),
      F.result(
        F.submission(
          "Nice.", id: "c2", kind: .comment, student: Student(name: "Cy Dee"), post: "p1"),
        criteria: [F.criterion("engagement", points: 2, maximum: 4, level: "Thin")],
        rubric: "comment"),
      F.result(
        F.submission("Why?", id: "c1", kind: .comment, student: ana, post: "p2"),
        criteria: [
          F.criterion(
            "engagement", points: 3, maximum: 4, level: "Engaged",
            feedback: "Ask a question next time.")
        ], rubric: "comment"),
      F.result(
        F.submission("Cars.", id: "p1", title: "Cars", student: ana),
        criteria: [F.criterion("claims", points: 7, maximum: 10, feedback: "Well argued.")],
        grade: "B"),
    ]
  }

  /// Points Possible is the rule's: one post (10) plus the best two comments (4 each).
  @Test func canvasAddsEachStudentsPostAndBestComments() {
    #expect(
      Gradebook.canvas(results: Self.classResults(), assignment: "Week 5 post (12345)") == """
        Student,ID,SIS User ID,SIS Login ID,Section,Week 5 post (12345)
        Points Possible,,,,,18
        Ana Ruiz,42,,,,10
        Bo Chen,17,,,,8.5
        Cy Dee,,,,,2

        """)
  }

  @Test func canvasWithoutResultsHasTheHeaderAndZeroPointsPossible() {
    #expect(
      Gradebook.canvas(results: [], assignment: "Week 5, post")
        == "Student,ID,SIS User ID,SIS Login ID,Section,\"Week 5, post\"\nPoints Possible,,,,,0\n")
  }

  @Test func plainHasOneRowPerStudent() {
    #expect(
      Gradebook.plain(results: Self.classResults()) == """
        Student,User ID,Submission,Kind,Title,Points,Maximum,Percentage,Grade,Late,Missing
        Ana Ruiz,42,p1 c1,post comment,Cars,10,18,55.6,,no,no
        Bo Chen,17,p2,post,"Bikes, mostly",8.5,18,47.2,,no,no
        Cy Dee,,c2,comment,,2,18,11.1,,no,no

        """)
  }

  @Test func moodleWithoutAWorksheet() throws {
    let expected = """
      Identifier,Full name,Email address,Status,Grade,Maximum Grade,Grade can be changed,\
      Last modified (submission),Last modified (grade),Feedback comments
      Participant 9001,Ana Ruiz,,Submitted for grading,10,18,Yes,,,"Post “Cars”: 7/10
      Claims — Good (7/10): Well argued.
      Comment: 3/4
      Engagement — Engaged (3/4): Ask a question next time."
      ,Bo Chen,,Submitted for grading,8.5,18,Yes,,,Claims — Good (8.5/10): Clear.
      ,Cy Dee,,Submitted for grading,2,18,Yes,,,Engagement — Thin (2/4)

      """
    #expect(try Gradebook.moodle(results: Self.classResults()) == expected)
  }

  static let worksheet = """
    Identifier,Full name,Email address,Status,Grade,Maximum Grade,Grade can be changed,\
    Last modified (submission),Last modified (grade),Feedback comments
    Participant 9001,A. Ruiz,ana@example.edu,Submitted for grading,,100.00,Yes,"Monday, 4 March 2024, 9:00 AM",-,
    Participant 555,bo  chen,bo@example.edu,Submitted for grading,,10.00,Yes,-,-,
    Participant 777,Dee Absent,dee@example.edu,No submission,,10.00,Yes,-,-,

    """

  @Test func moodleKeepsTheWorksheetAndFillsGradeAndFeedback() throws {
    let expected = """
      Identifier,Full name,Email address,Status,Grade,Maximum Grade,Grade can be changed,\
      Last modified (submission),Last modified (grade),Feedback comments
      Participant 9001,A. Ruiz,ana@example.edu,Submitted for grading,55.56,100.00,Yes,\
      "Monday, 4 March 2024, 9:00 AM",-,"Post “Cars”: 7/10
      Claims — Good (7/10): Well argued.
      Comment: 3/4
      Engagement — Engaged (3/4): Ask a question next time."
      Participant 555,bo  chen,bo@example.edu,Submitted for grading,4.72,10.00,Yes,-,-,\
      Claims — Good (8.5/10): Clear.
      Participant 777,Dee Absent,dee@example.edu,No submission,,10.00,Yes,-,-,

      """
    #expect(
      try Gradebook.moodle(results: Self.classResults(), worksheet: Self.worksheet) == expected)
    #expect(
      try Gradebook.moodleUnmatched(results: Self.classResults(), worksheet: Self.worksheet)
        == ["Cy Dee"])
  }

  @Test func moodleWorksheetWithoutTheColumnsIsRejected() {
    #expect(throws: GradebookError.missingColumn("Identifier")) {
      try Gradebook.moodle(results: [], worksheet: "Name,Grade\nX,1\n")
    }
    #expect(
      throws: GradebookError.unreadableWorksheet(line: 2, message: "a quoted field is never closed")
    ) {
      try Gradebook.moodle(results: [], worksheet: "Identifier,Full name,Grade\n\"open,x,1\n")
    }
    #expect(
      GradebookError.missingColumn("Grade").errorDescription
        == "the Moodle grading worksheet has no \"Grade\" column; download it again from the "
        + "assignment's \"Download grading worksheet\" action")
  }

  @Test func formulaLikeTextIsMadeInert() {
    let result = F.result(
      F.submission(
        "x", id: "p9", title: "=HYPERLINK(\"http://x\")",
        student: Student(name: "@Bob", userId: "-1")),
      criteria: [F.criterion("claims", points: 1, maximum: 2)])
    #expect(
      Gradebook.plain(results: [result]).split(separator: "\n")[1]
        == "\"'@Bob\",-1,p9,post,\"'=HYPERLINK(\"\"http://x\"\")\",1,2,50,,no,no")
    #expect(
      Gradebook.canvas(results: [result], assignment: "A").split(separator: "\n")[2]
        == "\"'@Bob\",-1,,,,1")
  }

  @Test func outputDoesNotDependOnInputOrder() throws {
    let results = Self.classResults()
    let reversed = Array(results.reversed())
    #expect(
      Gradebook.canvas(results: results, assignment: "A")
        == Gradebook.canvas(results: reversed, assignment: "A"))
    #expect(Gradebook.plain(results: results) == Gradebook.plain(results: reversed))
    #expect(try Gradebook.moodle(results: results) == Gradebook.moodle(results: reversed))
    #expect(
      ClassReport.render(results: results, title: "W")
        == ClassReport.render(results: reversed, title: "W"))
  }
}
