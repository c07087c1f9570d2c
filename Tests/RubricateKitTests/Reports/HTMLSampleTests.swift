import Foundation
import Testing

@testable import RubricateKit

/// Writes sample reports for Tests/browser/check-html.sh when `RUBRICATE_HTML_SAMPLES` names a
/// folder (the lead's `.ci/run` uses the real `grade` output instead); otherwise does nothing
/// but check that the pipeline-made pages are well formed.
@Suite struct HTMLSampleTests {
  /// A post as a student might paste it, with the three payloads and a script that would
  /// change the title if it ever ran.
  static let hostileText = """
    Cars in the <script>document.title='PWNED'</script> city centre

    Car-free centres cut pollution (Lee, 2020). Everyone agrees it is obviously true.
    "><img src=x onerror="document.title='PWNED'"> Also see [this](javascript:alert(1)).
    Shops lose nothing, perhaps, though <b>some</b> owners worry & complain.

    References
    Lee, A. (2020). Clean air in car-free streets. Urban Studies, 12(3), 45–67.
    Smith, B. (2019). Unused entry. Some Press.
    """

  static func samples() throws -> (post: String, classReport: String) {
    let submission = try SourceReader.read(
      bytes: Array(hostileText.utf8), name: "eve-<script>.md", format: .markdown)
    var posts = submission
    for index in posts.indices {
      posts[index].student = Student(name: "Eve \"><img src=x onerror=alert(1)>", userId: "66")
    }
    let analyses = Analyzer().analyze(posts)
    let rubric = try Rubric.defaultRubric(for: .post)
    let results = analyses.map { Evaluator(rubric: rubric).evaluate($0) }
    let post = try #require(results.first)
    // The analysis stages are placeholders for now: add the findings they will report.
    let text = post.analysis.document.text
    func span(_ part: String) -> Span { HTMLTestFixtures.span(of: part, in: text) }
    let findings =
      HTMLFinding.collect(post) + [
        HTMLFinding(
          kind: .supportedClaim, span: span("Car-free centres cut pollution (Lee, 2020).")),
        HTMLFinding(kind: .matchedCitation, span: span("(Lee, 2020)")),
        HTMLFinding(kind: .unsupportedClaim, span: span("Everyone agrees it is obviously true.")),
        HTMLFinding(kind: .overclaim, span: span("obviously")),
        HTMLFinding(kind: .hedge, span: span("perhaps")),
        HTMLFinding(
          kind: .citedReference,
          span: span("Lee, A. (2020). Clean air in car-free streets. Urban Studies, 12(3), 45–67.")),
        HTMLFinding(
          kind: .uncitedReference, span: span("Smith, B. (2019). Unused entry. Some Press.")),
        HTMLFinding(
          kind: .referenceProblem, span: span("Smith, B. (2019). Unused entry."),
          note: "no DOI or URL; <i>title</i> not italic"),
      ]
    let commentRubric = try Rubric.defaultRubric(for: .comment)
    var comment = HTMLTestFixtures.submission(
      "Great point <script>alert(1)</script> about the shops, but what about deliveries?",
      id: "c1", kind: .comment, student: Student(name: "Mal O'Neil"), post: post.submission.id)
    comment.document = Document(name: "c1.txt", text: comment.document.text)
    let commentResult = Evaluator(rubric: commentRubric).evaluate(
      Analyzer().analyze(comment, post: post.submission))
    return (
      HTMLReporter.render(
        post, comments: [commentResult],
        findings: findings.sorted { ($0.span.start, -$0.span.end) < ($1.span.start, -$1.span.end) }),
      ClassReport.render(
        results: results + [commentResult], title: "Week 5 <script>alert(1)</script>")
    )
  }

  @Test func pipelineMadePagesAreWellFormedAndInert() throws {
    let (post, classReport) = try Self.samples()
    for html in [post, classReport] {
      #expect(HTMLTestFixtures.isWellFormed(html))
      #expect(!html.contains("<script"))
      #expect(!html.contains("<img"))
    }
    guard let folder = ProcessInfo.processInfo.environment["RUBRICATE_HTML_SAMPLES"] else { return }
    let directory = URL(fileURLWithPath: folder)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    try Data(post.utf8).write(to: directory.appendingPathComponent("sample-report.html"))
    try Data(classReport.utf8).write(to: directory.appendingPathComponent("class-report.html"))
  }
}
