import Testing

@testable import RubricateKit

@Suite struct HTMLReporterTests {
  typealias F = HTMLTestFixtures

  static let payloads = [
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "[x](javascript:alert(1))",
  ]

  /// A post whose title, student name, text, feedback and evidence all carry the payload.
  static func hostile(_ payload: String) -> (SubmissionResult, [SubmissionResult]) {
    let text = "Intro \(payload) claim.\nSecond line with \(payload) again."
    let post = F.submission(
      text, title: "Title \(payload)", student: Student(name: "Eve \(payload)", userId: "7"),
      links: [Link(url: "javascript:alert(1)", span: F.span(of: payload, in: text))])
    let evidence = F.span(of: payload, in: text)
    let result = F.result(
      post,
      criteria: [
        F.criterion(
          "sources", points: 1, maximum: 4, level: "Level \(payload)",
          feedback: "You wrote \(payload)", evidence: [evidence])
      ])
    let comment = F.result(
      F.submission(
        "Nice \(payload)", id: "c1", kind: .comment,
        student: Student(name: "Mal \(payload)"), post: "s1"),
      criteria: [F.criterion("engagement", points: 2, maximum: 2)])
    return (result, [comment])
  }

  @Test(arguments: payloads)
  func studentTextIsInert(payload: String) {
    let (result, comments) = Self.hostile(payload)
    let html = HTMLReporter.render(result, comments: comments)
    if payload.contains("<") { #expect(!html.contains(payload)) }
    #expect(!html.contains("<script"))
    #expect(!html.contains("<img"))
    #expect(!html.lowercased().contains("href=\"javascript:"))
    #expect(!html.lowercased().contains(" src=\""))
    #expect(html.contains(HTMLEscape.text(payload)))
    #expect(F.isWellFormed(html))
  }

  @Test(arguments: payloads)
  func classReportIsInert(payload: String) {
    let (result, comments) = Self.hostile(payload)
    let html = ClassReport.render(
      results: [result] + comments, title: "Week \(payload)",
      reportLinks: ["s1": "javascript:alert(1)", "c1": "\(payload).html"])
    if payload.contains("<") { #expect(!html.contains(payload)) }
    #expect(!html.contains("<script"))
    #expect(!html.contains("<img"))
    #expect(!html.lowercased().contains("href=\"javascript:"))
    #expect(html.contains("href=\"javascript%3Aalert%281%29\""))
    #expect(F.isWellFormed(html))
  }

  static let text = "Cars pollute cities.\nStudies show it (Lee, 2020).\nShare this post!"

  static func sample() -> SubmissionResult {
    let claim = F.span(of: "Cars pollute cities.", in: text)
    let citation = F.span(of: "(Lee, 2020)", in: text)
    let submission = F.submission(
      text, title: "Cars", student: Student(name: "Ana Ruiz", userId: "42"),
      segments: [
        Segment(kind: .boilerplate, span: F.span(of: "Share this post!", in: text), rule: "share")
      ])
    return F.result(
      submission,
      criteria: [
        F.criterion(
          "claims", points: 2, maximum: 4, level: "Some", levelIndex: 1,
          feedback: "Support your claims.", evidence: [claim, citation]),
        F.criterion(
          "length", points: 0, maximum: 2, level: "Too short", levelIndex: 2,
          lowest: true, feedback: "Write more."),
      ], grade: "C")
  }

  @Test func evidenceIsHighlightedInPlaceAndListed() {
    let html = HTMLReporter.render(Self.sample())
    #expect(
      html.contains(
        "<mark class=\"f evidence\" id=\"f1\" title=\"Evidence behind the scores: Claims\">"
          + "Cars pollute cities.</mark>"))
    #expect(
      html.contains(
        "<mark class=\"f evidence\" id=\"f2\" title=\"Evidence behind the scores: Claims\">"
          + "(Lee, 2020)</mark>"))
    #expect(html.contains("<span class=\"boilerplate\">Share this post!</span>"))
    #expect(
      html.contains(
        "<li><a href=\"#f2\">line 2</a> “(Lee, 2020)” <span class=\"note\">Claims</span></li>"))
    #expect(html.contains("<td><a href=\"#f1\">line 1</a>, <a href=\"#f2\">line 2</a></td>"))
    #expect(html.contains("<tr class=\"lowest\">"))
    #expect(html.contains("<dt>Total</dt><dd><span class=\"total\">2 / 6</span></dd>"))
    #expect(html.contains("<dt>Percentage</dt><dd>33.3%</dd>"))
    #expect(html.contains("<dt>Grade</dt><dd>C</dd>"))
    #expect(html.contains("<dt>Student ID</dt><dd>42</dd>"))
    #expect(F.isWellFormed(html))
    #expect(html == HTMLReporter.render(Self.sample()))
  }

  @Test func overlappingFindingsNestInTheText() {
    let result = Self.sample()
    let findings = [
      HTMLFinding(
        kind: .unsupportedClaim, span: F.span(of: "Studies show it (Lee, 2020).", in: Self.text)),
      HTMLFinding(kind: .unmatchedCitation, span: F.span(of: "(Lee, 2020)", in: Self.text)),
      HTMLFinding(kind: .booster, span: F.span(of: "show it (Lee", in: Self.text)),
    ]
    let html = HTMLReporter.render(result, comments: [], findings: findings)
    #expect(
      html.contains(
        "<mark class=\"f claim-unsupported\" id=\"f1\" title=\"Unsupported claims\">Studies "
          + "<mark class=\"f booster\" id=\"f3\" title=\"Boosters\">show it "
          + "<mark class=\"f cite-unmatched\" id=\"f2\" title=\"Citations with no reference entry\">(Lee</mark>"
          + "</mark><mark class=\"f cite-unmatched cont\" title=\"Citations with no reference entry\">, 2020)</mark>."
          + "</mark>"))
    #expect(F.isWellFormed(html))
  }

  @Test func findingsComeInTextOrderAndEvidenceIsNotDuplicated() {
    let findings = HTMLFinding.collect(Self.sample())
    #expect(findings.map(\.kind) == [.evidence, .evidence])
    #expect(findings.map(\.span) == [Span(0, 20), Span(37, 48)])
  }

  @Test func aPostListsItsCommentsWithScores() {
    let comment = F.result(
      F.submission(
        "Good point about cars.", id: "c1", kind: .comment,
        student: Student(name: "Bo Chen"), post: "s1"),
      criteria: [F.criterion("engagement", points: 3, maximum: 4, level: "Engaged")])
    let html = HTMLReporter.render(Self.sample(), comments: [comment])
    #expect(html.contains("<h2>Comments on this post (1)</h2>"))
    #expect(
      html.contains(
        "<tr><td>Bo Chen</td><td class=\"num\">3 / 4</td><td class=\"num\">75</td><td></td>"
          + "<td class=\"num\">4</td><td>Engagement: Engaged</td><td class=\"txt\">“Good point about cars.”</td></tr>"
      ))
  }
}
