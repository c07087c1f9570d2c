import Foundation
import Testing

@testable import RubricateKit

@Suite struct ClassReportTests {
  typealias F = HTMLTestFixtures

  static func results() -> [SubmissionResult] {
    let ana = Student(name: "Ana Ruiz", userId: "42")
    let bo = Student(name: "Bo Chen", userId: "17")
    return [
      F.result(
        F.submission("Cars.", id: "p1", title: "Cars", student: ana),
        criteria: [
          F.criterion("claims", points: 0, maximum: 4, level: "None", levelIndex: 2, lowest: true),
          F.criterion("length", points: 2, maximum: 2, level: "Long"),
        ]),
      F.result(
        F.submission("Bikes.", id: "p2", title: "Bikes", student: bo),
        criteria: [
          F.criterion("claims", points: 4, maximum: 4, level: "Strong"),
          F.criterion("length", points: 0, maximum: 2, level: "Short", levelIndex: 1, lowest: true),
        ]),
      F.result(
        F.submission("Why bikes?", id: "c1", kind: .comment, student: ana, post: "p2"),
        criteria: [F.criterion("engagement", points: 1, maximum: 4, level: "Thin", levelIndex: 1)],
        rubric: "comment"),
    ]
  }

  @Test func missedCriteriaAreCountedAndSorted() {
    let html = ClassReport.render(results: Self.results(), title: "Week 5")
    #expect(
      html.contains(
        "<tr><td>Claims</td><td>Post rubric</td><td class=\"num\">1</td><td class=\"num\">2</td>"
          + "<td class=\"num\">50%</td></tr>\n<tr><td>Length</td>"))
    #expect(html.contains("<dt>Submissions</dt><dd>3 (2 posts, 1 comment)</dd>"))
    #expect(html.contains("<dt>Students</dt><dd>2</dd>"))
  }

  @Test func distributionsAreDrawnPerRubricAndCriterion() {
    let html = ClassReport.render(results: Self.results(), title: "Week 5")
    #expect(html.components(separatedBy: "<svg ").count - 1 == 6)
    #expect(html.contains("<h3>Comment rubric (1)</h3>"))
    #expect(html.contains("<title>None: 1</title>"))
    #expect(html.contains("<rect class=\"bar low\""))
  }

  @Test func theStudentTableHasThreeSortedViews() throws {
    let html = ClassReport.render(
      results: Self.results(), title: "Week 5", reportLinks: ["p1": "Ana Ruiz_42.html"])
    for id in ["by-name", "by-score", "by-score-ascending"] {
      #expect(html.contains("<div class=\"view\" id=\"\(id)\">"))
    }
    let byScore = html.components(separatedBy: "id=\"by-score\"")[1]
    let bo = try #require(byScore.range(of: "Bo Chen"))
    let ana = try #require(byScore.range(of: "Ana Ruiz"))
    #expect(bo.lowerBound < ana.lowerBound)
    #expect(html.contains("<a href=\"Ana%20Ruiz_42.html\">Ana Ruiz</a>"))
  }

  @Test func theCommentNetworkNamesBothEndsAndTheScore() {
    let html = ClassReport.render(results: Self.results(), title: "Week 5")
    #expect(
      html.contains(
        "<tr><td>Ana Ruiz</td><td>Bo Chen</td><td class=\"txt\">Bikes</td><td class=\"num\">1 / 4</td>"
          + "<td class=\"num\">25</td></tr>"))
    #expect(html.contains("<title>Ana Ruiz → Bo Chen: 25%</title>"))
    #expect(F.isWellFormed(html))
  }

  @Test func withTheRubricEveryLevelIsCharted() throws {
    let rubric = try Rubric.defaultRubric(for: .post)
    let result = F.result(
      F.submission("Cars.", id: "p1", student: Student(name: "Ana Ruiz")),
      criteria: [F.criterion("length", points: 6, maximum: 10, level: "Close", levelIndex: 1)],
      rubric: rubric.id)
    let html = ClassReport.render(results: [result], title: "W", rubrics: [rubric])
    for level in ["Meets: 0", "Close: 1", "Off: 0", "No citations: 0"] {
      #expect(html.contains("<title>\(level)</title>"))
    }
    #expect(
      html.contains(
        "<rect class=\"bar low\" x=\"257.5\" y=\"164\" width=\"81\" height=\"0\"><title>Off: 0</title>"
      ))
  }

  @Test func anEmptyClassStillRenders() {
    let html = ClassReport.render(results: [], title: "Empty")
    #expect(html.contains("<p class=\"muted\">No submissions.</p>"))
    #expect(html.contains("<p class=\"muted\">No comments.</p>"))
    #expect(F.isWellFormed(html))
  }
}
