/// Every file `grade` writes for a class, rendered from the class stage: each submission's
/// reports and `results.jsonl` line, `class-summary.csv`, `class-report.html` and the
/// gradebooks. A front end only writes them where it likes.
public struct ClassOutput: Sendable {
  /// A rendered file's content.
  public enum Content: Sendable {
    case text(String)
    case bytes([UInt8])
  }

  /// The report formats each submission can have.
  public static let formats = ["text", "markdown", "html", "json"]

  public let grades: ClassGrades
  /// Formats to write, each once, in name order.
  public let formats: [String]
  public let timestamp: String?
  /// Submission id → the file it came from, as the user named it.
  public let sources: [String: String]
  /// Each entry's report file name without extension (unique, safe).
  public let stems: [String]
  let comments: [String: [SubmissionResult]]
  /// Comment id → the post (and comment) it answers, named in the comment's reports.
  let answered: [String: AnsweredSubmission]

  /// The comparison with the drafts (`grade --previous`), when there is one.
  public let revisions: RevisionBatch?

  public init(
    grades: ClassGrades, formats: [String], timestamp: String? = nil,
    sources: [String: String] = [:], revisions: RevisionBatch? = nil
  ) {
    self.init(
      grades: grades, formats: formats, timestamp: timestamp, sources: sources,
      revisions: revisions, stems: StudentLabel.uniqueStems(grades.entries.map(\.result.submission))
    )
  }

  /// With the report file stems already chosen for the same entries (those the submissions'
  /// reports were written under, which the class report links to).
  init(
    grades: ClassGrades, formats: [String], timestamp: String?, sources: [String: String],
    revisions: RevisionBatch?, stems: [String]
  ) {
    self.revisions = revisions
    self.grades = grades
    self.formats = Set(formats).sorted()
    self.timestamp = timestamp
    self.sources = sources
    self.stems = stems
    comments = grades.commentsByPost
    // The class stage's names (the roster's) for the writers of posts and comments answered.
    var writers: [String: String] = [:]
    for entry in grades.entries where grades.students.indices.contains(entry.student) {
      writers[entry.result.submission.id] = grades.students[entry.student].name
    }
    answered = AnsweredSubmission.index(
      grades.entries.map(\.result.submission), writers: writers)
  }

  /// One entry's report files and its `results.jsonl` line (no line break). An author's reply
  /// has no report of its own: the post's report quotes it.
  public func submissionFiles(_ index: Int) throws -> (
    files: [(name: String, content: Content)], line: [UInt8]
  ) {
    let entry = grades.entries[index]
    let submission = entry.result.submission
    return try submissionFiles(
      entry, at: index,
      comments: submission.kind == .post ? comments[submission.id] ?? [] : [])
  }

  /// The report files and `results.jsonl` line of `entry`, the class's entry `index` with its
  /// result as evaluated (``ClassStream`` renders each as soon as it is graded); `own` are the
  /// comments on it (for a post), as its reports list them.
  public func submissionFiles(
    _ entry: ClassGrades.Entry, at index: Int, comments own: [SubmissionResult]
  ) throws -> (files: [(name: String, content: Content)], line: [UInt8]) {
    try submissionFiles(entry, at: index, comments: own, findings: nil)
  }

  /// The same, with the entry's findings (``HTMLFinding/collect(_:)``) when the caller has
  /// them already.
  func submissionFiles(
    _ entry: ClassGrades.Entry, at index: Int, comments own: [SubmissionResult],
    findings: [HTMLFinding]?
  ) throws -> (files: [(name: String, content: Content)], line: [UInt8]) {
    let result = entry.result
    let notes = ReportNotes(entry, in: grades)
    let answering = answered[result.submission.id]
    let id = result.submission.id
    let revision = RevisionNotes(
      revision: revisions?.revisions[id], usedFeedback: revisions?.usedFeedback[id] ?? [])
    var record = ResultRecord(
      entry, in: grades, source: sources[result.submission.id] ?? "", gradedAt: timestamp)
    // With --previous every graded post says whether it had a draft (null when it had none).
    if revisions != nil, result.submission.kind == .post, entry.status == .graded {
      record.previous = .some(revision.revision.map(RevisionRecord.init))
    }
    let line = try JSONWriter.compactBytes(record)
    guard entry.status != .reply else { return ([], line) }
    let stem = stems[index]
    // The findings and feedback blocks the text, Markdown and HTML reports share.
    let context =
      formats.contains { $0 != "json" }
      ? ReportContext(result, findings: findings ?? HTMLFinding.collect(result)) : nil
    let files: [(name: String, content: Content)] = formats.map { format in
      switch (format, context) {
      case ("markdown", let context?):
        return (
          "\(stem).md",
          .bytes(
            MarkdownReporter.renderBytes(
              result, context: context, comments: own, timestamp: timestamp, notes: notes,
              answering: answering, revision: revision))
        )
      case ("html", let context?):
        return (
          "\(stem).html",
          .bytes(
            HTMLReporter.renderBytes(
              result, context: context, comments: own, notes: notes, answering: answering,
              revision: revision))
        )
      case ("text", let context?):
        return (
          "\(stem).txt",
          .bytes(
            TextReporter.renderBytes(
              result, context: context, comments: own, color: false, timestamp: timestamp,
              notes: notes, answering: answering, revision: revision))
        )
      default:
        return ("\(stem).json", .bytes(JSONWriter.indented(line, lineBreak: true)))
      }
    }
    return (files, line)
  }

  /// `class-summary.csv` and `class-report.html`; the report links each submission to its
  /// HTML report (else its Markdown one).
  /// `unreadable` lists the files the run could not read, first thing in the class report.
  public func classFiles(
    rubrics: [Rubric], title: String, unreadable: [ClassAttention.UnreadableFile] = []
  ) -> [(name: String, content: Content)] {
    [
      summaryFile(rubrics: rubrics),
      reportFile(rubrics: rubrics, title: title, unreadable: unreadable),
    ]
  }

  /// `class-summary.csv`, the first of ``classFiles(rubrics:title:unreadable:)`` (the two can
  /// be rendered at the same time).
  public func summaryFile(rubrics: [Rubric]) -> (name: String, content: Content) {
    ("class-summary.csv", .text(ClassSummaryCSV.render(grades, rubrics: rubrics)))
  }

  /// `class-report.html`, the second of ``classFiles(rubrics:title:unreadable:)``.
  public func reportFile(
    rubrics: [Rubric], title: String, unreadable: [ClassAttention.UnreadableFile] = []
  ) -> (name: String, content: Content) {
    let linkExtension =
      formats.contains("html") ? "html" : formats.contains("markdown") ? "md" : nil
    var links: [String: String] = [:]
    if let linkExtension {
      for (index, entry) in grades.entries.enumerated() where entry.status != .reply {
        links[entry.result.submission.id] = "\(stems[index]).\(linkExtension)"
      }
    }
    return (
      "class-report.html",
      .text(
        ClassReport.render(
          results: grades.graded.map(\.result), title: title, reportLinks: links,
          rubrics: rubrics, grades: grades, revisions: revisions, unreadable: unreadable))
    )
  }

  /// The gradebook file of a kind (`canvas`, `moodle`, `csv`), with the students a Moodle
  /// worksheet has no row for.
  public func gradebook(kind: String, assignment: String, worksheet: String?)
    throws(GradebookError) -> (name: String, text: String, unmatched: [String])
  {
    switch kind {
    case "canvas":
      return ("gradebook-canvas.csv", Gradebook.canvas(grades, assignment: assignment), [])
    case "moodle":
      // A Moodle worksheet given as the roster is kept as the worksheet too.
      let sheet = worksheet ?? (grades.roster?.kind == .moodleWorksheet ? grades.roster?.text : nil)
      let text = try Gradebook.moodle(grades, worksheet: sheet)
      let unmatched =
        try sheet.map { sheet throws(GradebookError) in
          try Gradebook.moodleUnmatched(grades, worksheet: sheet)
        } ?? []
      return ("gradebook-moodle.csv", text, unmatched)
    default:
      return ("gradebook.csv", Gradebook.plain(grades), [])
    }
  }
}
