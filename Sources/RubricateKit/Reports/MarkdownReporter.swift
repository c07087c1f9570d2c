/// The per-submission Markdown report: scores, feedback, the evidence quoted with line numbers,
/// statistics and, for a post, its comments.
public enum MarkdownReporter {
  /// Evidence quotes listed per criterion at most; the rest are counted.
  public static let maximumEvidence = 8

  /// - Parameters:
  ///   - timestamp: when given (`grade --timestamp`), written as the grading time.
  ///   - notes: the student as the class stage resolved them, and its notes.
  ///   - answering: for a comment, the post (and comment) it answers, named in the report.
  ///   - revision: what changed since the draft (`grade --previous`).
  public static func render(
    _ result: SubmissionResult, comments: [SubmissionResult] = [], timestamp: String? = nil,
    notes: ReportNotes = ReportNotes(), answering: AnsweredSubmission? = nil,
    revision: RevisionNotes = RevisionNotes()
  ) -> String {
    render(
      result, context: ReportContext(result), comments: comments, timestamp: timestamp,
      notes: notes, answering: answering, revision: revision)
  }

  /// Renders with what the submission's reports share worked out already.
  static func render(
    _ result: SubmissionResult, context: ReportContext, comments: [SubmissionResult],
    timestamp: String?, notes: ReportNotes, answering: AnsweredSubmission?,
    revision: RevisionNotes
  ) -> String {
    String(
      decoding: renderBytes(
        result, context: context, comments: comments, timestamp: timestamp, notes: notes,
        answering: answering, revision: revision),
      as: UTF8.self)
  }

  /// The report as UTF-8, written line by line into one buffer (see ``ReportBytes``).
  static func renderBytes(
    _ result: SubmissionResult, context: ReportContext, comments: [SubmissionResult],
    timestamp: String?, notes: ReportNotes, answering: AnsweredSubmission?,
    revision: RevisionNotes
  ) -> [UInt8] {
    let submission = result.submission
    let document = result.analysis.document
    let name = notes.student ?? StudentLabel.name(submission)
    var md = ReportBytes(capacity: 8_192)
    md.write("# ")
    md.writeMarkdown(submission.title ?? name)
    md.write("\n\n- Student: ")
    md.writeMarkdown(name)
    if let id = notes.studentID {
      md.write(" (id ")
      md.write(id)
      md.write(")")
    } else {
      md.write(idSuffix(submission))
    }
    md.write("\n- Kind: ")
    md.write(submission.kind.rawValue)
    md.write("\n- Source: `")
    md.write(document.name)
    md.write("`\n")
    if let answered = answering?.sentence {
      md.write("- ")
      md.writeMarkdown(answered)
      md.write("\n")
    }
    if let date = submission.date ?? submission.dateText {
      md.write("- Date: ")
      md.writeMarkdown(date)
      md.write("\n")
    }
    if submission.student?.late == true { md.write("- Submitted late\n") }
    md.write("- Rubric: ")
    md.writeMarkdown(result.rubricTitle)
    md.write(" (`")
    md.write(result.rubricID)
    md.write("`)\n")
    if let timestamp {
      md.write("- Graded: ")
      md.write(timestamp)
      md.write("\n")
    }
    md.write("- **Total: ")
    md.writeScore(result.points, of: result.maximumPoints)
    md.write(" (")
    md.write(MeasureValue.decimal(result.percentage))
    md.write("%)**")
    if let grade = result.grade {
      md.write(" — grade ")
      md.writeMarkdown(grade)
    }
    md.write("\n")
    for note in notes.lines {
      md.write("- Note: ")
      md.writeMarkdown(note)
      md.write("\n")
    }
    md.write("\n| Criterion | Measured | Level | Points |\n|---|---|---|---|\n")
    for criterion in result.criteria {
      md.write("| ")
      md.writeMarkdown(criterion.title)
      md.write(" | ")
      md.write(criterion.formattedValue)
      md.write(" | ")
      md.writeMarkdown(criterion.level)
      md.write(" | ")
      md.writeScore(criterion.points, of: criterion.maximumPoints)
      md.write(" |\n")
    }
    for line in RevisionReport.markdown(revision) {
      md.write(line)
      md.write("\n")
    }
    md.write("\n## Feedback\n")
    for (criterion, feedback) in zip(result.criteria, context.feedback) {
      md.write("\n### ")
      md.writeMarkdown(criterion.title)
      md.write(": ")
      md.writeMarkdown(criterion.level)
      md.write(" (")
      md.writeScore(criterion.points, of: criterion.maximumPoints, separator: "/")
      md.write(")\n\n")
      FeedbackBlocks.markdown(feedback, into: &md)
      md.write("\nMeasured `")
      md.write(criterion.measure)
      md.write("` = ")
      md.write(criterion.formattedValue)
      md.write(".\n")
      let evidence = criterion.evidence
      if !evidence.isEmpty {
        md.write("\n")
        for span in evidence.prefix(maximumEvidence) {
          md.write("- line ")
          md.write(document.line(of: span.start))
          md.write(": ")
          md.writeMarkdown(context.quotes.quote(span))
          md.write("\n")
        }
        if evidence.count > maximumEvidence {
          md.write("- and ")
          md.write(evidence.count - maximumEvidence)
          md.write(" more\n")
        }
      }
    }
    findings(result, problems: context.problems, quotes: context.quotes, into: &md)
    for line in statistics(result.analysis) {
      md.write(line)
      md.write("\n")
    }
    if !comments.isEmpty {
      md.write("\n## Comments on this post\n\n")
      md.write("| Commenter | Points | Percentage | Words |\n|---|---|---|---|\n")
      for comment in comments {
        md.write("| ")
        md.writeMarkdown(StudentLabel.name(comment.submission))
        md.write(" | ")
        md.writeScore(comment.points, of: comment.maximumPoints)
        md.write(" | ")
        md.write(MeasureValue.decimal(comment.percentage))
        md.write("% | ")
        md.write(comment.analysis.text.statistics.words)
        md.write(" |\n")
      }
    }
    return md.bytes
  }

  /// Every problem found, whether or not a criterion used it: unsupported and weak claims,
  /// over-claiming, citations with no entry, uncited entries and entries with problems.
  static func findings(
    _ result: SubmissionResult,
    problems groups: [(kind: HTMLFinding.Kind, findings: [HTMLFinding])],
    quotes: PassageQuotes, into md: inout ReportBytes
  ) {
    let document = result.analysis.document
    guard !groups.isEmpty else { return }
    md.write("\n## Findings\n")
    for (kind, found) in groups {
      md.write("\n### ")
      md.write(kind.label)
      md.write(" (")
      md.write(found.count)
      md.write(")\n\n")
      for finding in found {
        md.write("- line ")
        md.write(document.line(of: finding.span.start))
        md.write(": ")
        md.writeMarkdown(quotes.quote(finding.span))
        if !finding.note.isEmpty {
          md.write(" — ")
          md.writeMarkdown(finding.note)
        }
        md.write("\n")
      }
    }
  }

  static func statistics(_ analysis: SubmissionAnalysis) -> [String] {
    let stats = analysis.text.statistics
    let readability = stats.readability
    return [
      "", "## Statistics", "",
      "- Words: \(stats.words) in \(Plural.count(stats.sentences, "sentence")) and \(Plural.count(stats.paragraphs, "paragraph"))",
      "- Quoted words (not counted above): \(analysis.quotes.statistics.words)",
      "- Reference entries: \(analysis.citations.references.count); in-text citations: \(analysis.summary.countedCitations.count)",
      "- Claims: \(analysis.argument.claims.count), supported: \(analysis.summary.supportedClaims.count)",
      "- Flesch reading ease \(MeasureValue.decimal(readability.fleschReadingEase)), Flesch–Kincaid grade \(MeasureValue.decimal(readability.fleschKincaidGrade)), Gunning fog \(MeasureValue.decimal(readability.gunningFog))",
    ]
  }

  static func idSuffix(_ submission: Submission) -> String {
    guard let id = submission.student?.userId else { return "" }
    return " (id \(id))"
  }

  /// Escapes what Markdown would otherwise read as markup or raw HTML in student text, and
  /// nothing else, so text pasted into an LMS reads as written (`Sørensen & Achebe`, not
  /// `&amp;`): `<` becomes `&lt;` (no tag can open), `&` gets a backslash only where it would
  /// start a character reference (`\&amp;` shows as written), a `>` opening the text gets one
  /// (no block quote), and `| * _ ` [ ] \` get one. A line break becomes a space.
  public static func escape(_ text: String) -> String {
    var escaped = ReportBytes()
    escaped.writeMarkdown(text)
    return escaped.string
  }
}
