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
    let submission = result.submission
    let document = result.analysis.document
    let name = notes.student ?? StudentLabel.name(submission)
    var lines: [String] = []
    lines.append("# \(escape(submission.title ?? name))")
    lines.append("")
    lines.append(
      "- Student: \(escape(name))" + (notes.studentID.map { " (id \($0))" } ?? idSuffix(submission))
    )
    lines.append("- Kind: \(submission.kind.rawValue)")
    lines.append("- Source: `\(document.name)`")
    if let answered = answering?.sentence { lines.append("- \(escape(answered))") }
    if let date = submission.date ?? submission.dateText { lines.append("- Date: \(escape(date))") }
    if submission.student?.late == true { lines.append("- Submitted late") }
    lines.append("- Rubric: \(escape(result.rubricTitle)) (`\(result.rubricID)`)")
    if let timestamp { lines.append("- Graded: \(timestamp)") }
    var total =
      "- **Total: \(MeasureValue.plain(result.points)) / \(MeasureValue.plain(result.maximumPoints)) (\(MeasureValue.decimal(result.percentage))%)**"
    if let grade = result.grade { total += " — grade \(escape(grade))" }
    lines.append(total)
    for note in notes.lines { lines.append("- Note: \(escape(note))") }
    lines.append("")
    lines.append("| Criterion | Measured | Level | Points |")
    lines.append("|---|---|---|---|")
    for criterion in result.criteria {
      lines.append(
        "| \(escape(criterion.title)) | \(criterion.formattedValue) | \(escape(criterion.level)) | \(MeasureValue.plain(criterion.points)) / \(MeasureValue.plain(criterion.maximumPoints)) |"
      )
    }
    lines += RevisionReport.markdown(revision)
    lines.append("")
    lines.append("## Feedback")
    for (criterion, feedback) in zip(result.criteria, context.feedback) {
      lines.append("")
      lines.append(
        "### \(escape(criterion.title)): \(escape(criterion.level)) (\(MeasureValue.plain(criterion.points))/\(MeasureValue.plain(criterion.maximumPoints)))"
      )
      lines.append("")
      lines += FeedbackBlocks.markdown(feedback)
      lines.append("")
      lines.append("Measured `\(criterion.measure)` = \(criterion.formattedValue).")
      let evidence = criterion.evidence
      if !evidence.isEmpty {
        lines.append("")
        for span in evidence.prefix(maximumEvidence) {
          let line = document.line(of: span.start)
          lines.append(
            "- line \(line): \(escape(document.quote(span)))")
        }
        if evidence.count > maximumEvidence {
          lines.append("- and \(evidence.count - maximumEvidence) more")
        }
      }
    }
    lines += findings(result, problems: context.problems)
    lines += statistics(result.analysis)
    if !comments.isEmpty {
      lines.append("")
      lines.append("## Comments on this post")
      lines.append("")
      lines.append("| Commenter | Points | Percentage | Words |")
      lines.append("|---|---|---|---|")
      for comment in comments {
        lines.append(
          "| \(escape(StudentLabel.name(comment.submission))) | \(MeasureValue.plain(comment.points)) / \(MeasureValue.plain(comment.maximumPoints)) | \(MeasureValue.decimal(comment.percentage))% | \(comment.analysis.text.statistics.words) |"
        )
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Every problem found, whether or not a criterion used it: unsupported and weak claims,
  /// over-claiming, citations with no entry, uncited entries and entries with problems.
  static func findings(
    _ result: SubmissionResult,
    problems groups: [(kind: HTMLFinding.Kind, findings: [HTMLFinding])]
  ) -> [String] {
    let document = result.analysis.document
    guard !groups.isEmpty else { return [] }
    var lines = ["", "## Findings"]
    for (kind, found) in groups {
      lines += ["", "### \(kind.label) (\(found.count))", ""]
      for finding in found {
        let note = finding.note.isEmpty ? "" : " — \(escape(finding.note))"
        lines.append(
          "- line \(document.line(of: finding.span.start)): \(escape(document.quote(finding.span)))\(note)"
        )
      }
    }
    return lines
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
    // Every character that needs escaping is ASCII, so this works on UTF-8 bytes.
    let utf8 = Array(text.utf8)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(utf8.count + 8)
    for (index, byte) in utf8.enumerated() {
      switch byte {
      case UInt8(ascii: "<"): bytes += Array("&lt;".utf8)
      case UInt8(ascii: "&") where startsReference(utf8[(index + 1)...]):
        bytes += [UInt8(ascii: "\\"), byte]
      case UInt8(ascii: ">") where index == 0:
        bytes += [UInt8(ascii: "\\"), byte]
      case UInt8(ascii: "|"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"),
        UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "\\"):
        bytes += [UInt8(ascii: "\\"), byte]
      case UInt8(ascii: "\n"): bytes.append(UInt8(ascii: " "))
      default: bytes.append(byte)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Whether the bytes after a `&` read as a character reference: `name;`, `#123;` or `#x1F;`
  /// (letters, digits and `#` up to a `;`).
  static func startsReference(_ rest: ArraySlice<UInt8>) -> Bool {
    var length = 0
    for byte in rest {
      if byte == UInt8(ascii: ";") { return length > 0 }
      let isNameByte =
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
        || (byte >= 0x61 && byte <= 0x7A) || byte == UInt8(ascii: "#")
      guard isNameByte, length < 32 else { return false }
      length += 1
    }
    return false
  }
}
