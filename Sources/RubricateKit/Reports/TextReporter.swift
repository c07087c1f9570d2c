/// The per-submission report for a terminal: the same content as Markdown, plain, with colour
/// (levels green, yellow, red) only when asked for.
public enum TextReporter {
  public static func render(
    _ result: SubmissionResult, comments: [SubmissionResult] = [], color: Bool = false,
    timestamp: String? = nil, revision: RevisionNotes = RevisionNotes()
  ) -> String {
    let submission = result.submission
    let document = result.analysis.document
    func paint(_ text: String, _ code: String) -> String {
      color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
    var lines: [String] = []
    lines.append(paint(submission.title ?? StudentLabel.name(submission), "1"))
    lines.append(
      "\(StudentLabel.name(submission))\(MarkdownReporter.idSuffix(submission)) · \(submission.kind.rawValue) · \(document.name)"
    )
    var total =
      "\(result.rubricTitle): \(MeasureValue.plain(result.points)) / \(MeasureValue.plain(result.maximumPoints)) (\(MeasureValue.decimal(result.percentage))%)"
    if let grade = result.grade { total += ", grade \(grade)" }
    lines.append(paint(total, "1"))
    if let timestamp { lines.append("Graded \(timestamp)") }
    for criterion in result.criteria {
      let share = criterion.maximumPoints == 0 ? 1 : criterion.points / criterion.maximumPoints
      let code = share >= 0.8 ? "32" : share >= 0.5 ? "33" : "31"
      lines.append("")
      lines.append(
        "\(criterion.title): "
          + paint(
            "\(criterion.level) \(MeasureValue.plain(criterion.points))/\(MeasureValue.plain(criterion.maximumPoints))",
            code) + " (\(criterion.measure) = \(criterion.formattedValue))")
      // Split on the byte: splitting a String on a Character compares grapheme by grapheme,
      // which made these few lines half of the report's time.
      for line in criterion.feedback.utf8.split(
        separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
      {
        lines.append("  " + String(Substring(line)))
      }
      for span in criterion.evidence.prefix(MarkdownReporter.maximumEvidence) {
        lines.append(
          "    line \(document.line(of: span.start)): \(FeedbackItem.quote(document.text(of: span)))"
        )
      }
      if criterion.evidence.count > MarkdownReporter.maximumEvidence {
        lines.append("    and \(criterion.evidence.count - MarkdownReporter.maximumEvidence) more")
      }
    }
    for (kind, found) in ReportFindings.problems(result) {
      lines.append("")
      lines.append(paint("\(kind.label) (\(found.count))", "1"))
      for finding in found {
        let note = finding.note.isEmpty ? "" : " — \(finding.note)"
        lines.append(
          "  line \(document.line(of: finding.span.start)): \(FeedbackItem.quote(document.text(of: finding.span)))\(note)"
        )
      }
    }
    lines += RevisionReport.text(revision)
    let stats = result.analysis.text.statistics
    lines.append("")
    lines.append(
      "\(stats.words) words, \(stats.sentences) sentences, \(stats.paragraphs) paragraphs; Flesch reading ease \(MeasureValue.decimal(stats.readability.fleschReadingEase))"
    )
    for comment in comments {
      lines.append(
        "  comment by \(StudentLabel.name(comment.submission)): \(MeasureValue.plain(comment.points))/\(MeasureValue.plain(comment.maximumPoints))"
      )
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
