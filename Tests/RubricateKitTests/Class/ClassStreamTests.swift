import Foundation
import Testing

@testable import RubricateKit

/// `grade` writes each submission's reports as soon as it is graded and keeps only a retained
/// record of it (issue 15): what it writes that way must be exactly what the whole class's full
/// results give, and the record must not hold the analysis or the document's text.
@Suite struct ClassStreamTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The sample class's blog export (posts and comments), two posts in files, one of them
  /// submitted again (a superseded version), and a post author's reply to a comment on it.
  static func submissions() throws -> [Submission] {
    var found: [Submission] = []
    for (file, name) in [
      ("class-blog.xml", "class-blog.xml"),
      ("linh-nguyen-car-free-centres.txt", "linh-nguyen-car-free-centres.txt"),
      ("yusuf-demir-half-measures.txt", "yusuf-demir-half-measures.txt"),
      ("linh-nguyen-car-free-centres.txt", "linh-nguyen-car-free-centres-1.txt"),
    ] {
      let data = try Data(contentsOf: root.appendingPathComponent("Submissions/\(file)"))
      found += try SourceReader.read(bytes: Array(data), name: name)
    }
    let comment = try #require(found.first { $0.kind == .comment && $0.post != nil })
    let post = try #require(found.first { $0.id == comment.post })
    var reply = comment
    reply.id += "-reply"
    reply.author = post.author
    reply.student = post.student
    reply.parent = comment.id
    return found + [reply]
  }

  static let overrides = Overrides(
    file: "overrides.csv",
    lines: [
      Overrides.Line(
        line: 2, student: "Dmitri Volkov", submission: nil, criterion: "length", value: "1",
        reason: "counted by hand")
    ])

  static func bytes(_ content: ClassOutput.Content) -> [UInt8] {
    switch content {
    case .text(let text): Array(text.utf8)
    case .bytes(let bytes): bytes
    }
  }

  @Test func streamedFilesAreThoseOfTheWholeClass() throws {
    var submissions = try Self.submissions()
    let analyzer = Analyzer()
    let context = analyzer.prepare(&submissions)
    let grader = try Grader.builtIn()
    let rubrics = [grader.postRubric, grader.commentRubric]
    let full = submissions.map { grader.grade(analyzer.analyze($0, context: context)) }
    let grades = try ClassGrades.build(results: full, rubrics: rubrics, overrides: Self.overrides)
    #expect(grades.entries.filter { $0.status == .reply }.count == 1)
    #expect(grades.entries.filter { $0.status == .superseded }.count == 1)
    #expect(grades.overrides.count == 1)
    let whole = ClassOutput(grades: grades, formats: ClassOutput.formats, timestamp: "T")
    let stream = try ClassStream(
      submissions: submissions, rubrics: rubrics, overrides: Self.overrides,
      formats: ClassOutput.formats, timestamp: "T")
    let order = stream.order
    let comments = submissions.filter { $0.kind == .comment }.count
    #expect(comments >= 8 && order.comments.count == comments)
    #expect(order.posts.count == full.count - comments)
    var shown: [Int: SubmissionResult] = [:]
    var retained: [Int: SubmissionResult] = [:]
    for index in order.comments + order.posts {
      let graded = try stream.grade(
        index, evaluated: full[index], comments: stream.comments(on: index, shown: shown))
      let expected = try whole.submissionFiles(index)
      #expect(
        String(decoding: graded.line, as: UTF8.self)
          == String(decoding: expected.line, as: UTF8.self),
        "results.jsonl line of entry \(index)")
      #expect(graded.files.map(\.name) == expected.files.map(\.name))
      for (file, wanted) in zip(graded.files, expected.files) {
        #expect(Self.bytes(file.content) == Self.bytes(wanted.content), "\(file.name)")
      }
      shown[index] = graded.shown
      retained[index] = graded.retained
    }
    let finished = try stream.finish(full.indices.compactMap { retained[$0] })
    #expect(finished.grades.students == grades.students)
    #expect(finished.grades.overrides == grades.overrides)
    #expect(finished.grades.entries.map(\.status) == grades.entries.map(\.status))
    let title = "Week 5"
    for (file, wanted) in zip(
      finished.classFiles(rubrics: rubrics, title: title),
      whole.classFiles(rubrics: rubrics, title: title))
    {
      #expect(file.name == wanted.name)
      #expect(Self.bytes(file.content) == Self.bytes(wanted.content), "\(file.name)")
    }
    for kind in ["canvas", "moodle", "csv"] {
      let book = try finished.gradebook(kind: kind, assignment: "Week 5", worksheet: nil)
      let expected = try whole.gradebook(kind: kind, assignment: "Week 5", worksheet: nil)
      #expect(book.text == expected.text)
    }
  }

  @Test func theRetainedRecordHoldsNoAnalysisAndNoText() throws {
    var submissions = try Self.submissions()
    let analyzer = Analyzer()
    let context = analyzer.prepare(&submissions)
    let grader = try Grader.builtIn()
    let post = try #require(submissions.first { $0.id == "yusuf-demir-half-measures.txt" })
    let full = grader.grade(analyzer.analyze(post, context: context))
    let kept = full.retained
    #expect(!full.analysis.text.sentences.isEmpty)
    #expect(full.criteria.contains { !$0.evidence.isEmpty })
    #expect(kept.submission.document.text.isEmpty)
    #expect(kept.submission.document.scalars.isEmpty)
    #expect(kept.submission.document.name == post.document.name)
    #expect(kept.submission.body.isEmpty && kept.submission.segments.isEmpty)
    #expect(kept.analysis.text.sentences.isEmpty && kept.analysis.text.words.isEmpty)
    #expect(kept.analysis.citations == CitationAnalysis())
    #expect(kept.analysis.argument == ArgumentAnalysis())
    #expect(kept.analysis.language == LanguageAnalysis())
    #expect(kept.criteria.filter { !$0.evidence.isEmpty }.isEmpty)
    #expect(kept.analysis.text.statistics == full.analysis.text.statistics)
    #expect(kept.criteria.map(\.points) == full.criteria.map(\.points))
    #expect(kept.retainedFindings == ClassReport.findingLabels(full))
    // A comment keeps its body's text only: its post's report quotes it.
    let comment = try #require(submissions.first { $0.kind == .comment })
    let keptComment = grader.grade(analyzer.analyze(comment, context: context)).retained
    let body = comment.body.map { comment.document.text(of: $0) }.joined(separator: " ")
    #expect(keptComment.submission.document.text == body)
    #expect(keptComment.analysis.comment == nil)
  }

  @Test func anOverrideNamingNoSubmissionStopsThePlanBeforeAnythingIsGraded() throws {
    let bad = Overrides(
      file: "overrides.csv",
      lines: [
        Overrides.Line(
          line: 3, student: "Linh Nguyen", submission: "nothing.txt", criterion: "length",
          value: "1", reason: "")
      ])
    let grader = try Grader.builtIn()
    #expect(throws: ClassError.self) {
      try ClassStream(
        submissions: try Self.submissions(), rubrics: [grader.postRubric, grader.commentRubric],
        overrides: bad, formats: ["json"])
    }
  }
}
