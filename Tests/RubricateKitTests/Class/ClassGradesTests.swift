import Testing

@testable import RubricateKit

@Suite struct ClassGradesTests {
  typealias F = HTMLTestFixtures

  static func post(_ id: String, student: Student? = nil, author: String? = nil, points: Double)
    -> SubmissionResult
  {
    var submission = F.submission("Text.", id: id, student: student)
    submission.author = author
    return F.result(submission, criteria: [F.criterion("length", points: points, maximum: 10)])
  }

  static func comment(_ id: String, author: String, on post: String, points: Double)
    -> SubmissionResult
  {
    var submission = F.submission("Nice.", id: id, kind: .comment, post: post)
    submission.author = author
    return F.result(
      submission, criteria: [F.criterion("useful", points: points, maximum: 4)], rubric: "comment")
  }

  @Test func withoutARosterLoginsAndFileNamesMeetTheFullNames() {
    let results = [
      Self.post(
        "watanabekenji_48226_text.html", student: Student(name: "watanabekenji", userId: "48226"),
        points: 5),
      Self.comment(
        "page.txt#c1", author: "Kenji Watanabe", on: "tomas-herrera-streets.txt", points: 3),
      Self.post("tomas-herrera-streets.txt", points: 9),
      Self.comment(
        "page.txt#c2", author: "Tomás Herrera", on: "watanabekenji_48226_text.html", points: 4),
    ]
    let grades = ClassGrades(results: results)
    #expect(grades.students.map(\.name) == ["Kenji Watanabe", "Tomás Herrera"])
    #expect(grades.students.map(\.id) == ["48226", nil])
    #expect(grades.students.map(\.points) == [8, 13])
    #expect(grades.possible == 18)
    #expect(grades.nameIssues.isEmpty)
  }

  @Test func theLatestPostIsGradedAndAnAuthorsReplyIsNot() {
    let jane = { (file: String) in Student(name: "smithjane", userId: "12345", fileId: file) }
    let results = [
      Self.post("smithjane_12345_67999_essay-1.html", student: jane("67999"), points: 9),
      Self.post("smithjane_12345_67890_essay.html", student: jane("67890"), points: 4),
      Self.comment(
        "reply.md", author: "Jane Smith", on: "smithjane_12345_67999_essay-1.html", points: 4),
    ]
    let roster = Roster(kind: .plain, entries: [Roster.Entry(name: "Jane Smith", id: "12345")])
    let grades = ClassGrades(results: results, roster: roster)
    #expect(grades.entries.map(\.status) == [.graded, .superseded, .reply])
    #expect(grades.entries[1].supersededBy == "smithjane_12345_67999_essay-1.html")
    #expect(grades.entries[2].result.maximumPoints == 0)
    #expect(grades.students.count == 1)
    #expect(grades.students[0].points == 9)
  }

  @Test func resubmissionOrderIsFileIDThenSuffixThenDate() {
    func submission(_ name: String, fileID: String? = nil, date: String? = nil) -> Submission {
      var made = F.submission("x", id: name)
      made.document = Document(name: name, text: "x")
      made.date = date
      if let fileID { made.student = Student(name: "a", userId: "1", fileId: fileID) }
      return made
    }
    #expect(
      ClassGrades.isLater(
        submission("a.html", fileID: "900"), than: submission("a-1.html", fileID: "800")))
    #expect(ClassGrades.isLater(submission("essay-2.txt"), than: submission("essay-1.txt")))
    #expect(!ClassGrades.isLater(submission("essay.txt"), than: submission("essay-1.txt")))
    #expect(
      ClassGrades.isLater(
        submission("b.md", date: "2024-03-08"), than: submission("c.md", date: "2024-03-07")))
  }

  @Test func anAmbiguousOrUnknownNameIsListedNotGuessed() {
    let roster = Roster(
      kind: .plain,
      entries: [
        Roster.Entry(name: "Jane Smith", id: "1"), Roster.Entry(name: "John Smith", id: "2"),
        Roster.Entry(name: "Ana Lee", id: "3"),
      ])
    let results = [
      Self.post("jsmith.md", author: "jsmith", points: 5),
      Self.comment("x#c1", author: "Zed Nobody", on: "jsmith.md", points: 2),
    ]
    let grades = ClassGrades(results: results, roster: roster)
    #expect(grades.nameIssues.map(\.name) == ["jsmith", "Zed Nobody"])
    #expect(grades.nameIssues[0].candidates == ["Jane Smith", "John Smith"])
    #expect(
      grades.students.map(\.name) == [
        "Jane Smith", "John Smith", "Ana Lee", "jsmith", "Zed Nobody",
      ])
    #expect(grades.students.map(\.missing) == [true, true, true, false, false])
    #expect(grades.studentsWithoutID.map(\.name) == ["jsmith", "Zed Nobody"])
  }
}

@Suite struct ClassReportClassSectionsTests {
  typealias F = HTMLTestFixtures

  @Test func theClassReportListsUnmatchedNamesAndMissingStudents() {
    var submission = F.submission("Text.", id: "p1")
    submission.author = "Zed Nobody"
    let result = F.result(submission, criteria: [F.criterion("length", points: 5, maximum: 10)])
    let roster = Roster(kind: .plain, entries: [Roster.Entry(name: "Ana Lee", id: "3")])
    let grades = ClassGrades(results: [result], roster: roster)
    let html = ClassReport.render(results: [result], title: "W", grades: grades)
    #expect(html.contains("<dt>Students</dt><dd>2</dd>"))
    #expect(html.contains("<dt>Missing</dt><dd>1</dd>"))
    #expect(
      html.contains(
        "<tr><td>Ana Lee</td><td>3</td><td class=\"num\">— / 10</td><td class=\"num\"></td><td></td><td>missing</td>"
      ))
    #expect(
      html.contains(
        "<li>p1.txt: p1: &quot;Zed Nobody&quot; matches no student on the roster; graded under that name without an ID (add it to the roster as an alias)</li>"
      ))
  }
}
