/// The per-submission report for a terminal: the same content as Markdown, plain, with colour
/// (levels green, yellow, red) only when asked for. Every line is made safe for a terminal
/// (``TerminalText``) before colour is added, so text from a file cannot send escape sequences.
public enum TextReporter {
  public static func render(
    _ result: SubmissionResult, comments: [SubmissionResult] = [], color: Bool = false,
    timestamp: String? = nil, notes: ReportNotes = ReportNotes(),
    answering: AnsweredSubmission? = nil, revision: RevisionNotes = RevisionNotes()
  ) -> String {
    render(
      result, context: ReportContext(result), comments: comments, color: color,
      timestamp: timestamp, notes: notes, answering: answering, revision: revision)
  }

  /// Renders with what the submission's reports share worked out already.
  static func render(
    _ result: SubmissionResult, context: ReportContext, comments: [SubmissionResult],
    color: Bool, timestamp: String?, notes: ReportNotes, answering: AnsweredSubmission?,
    revision: RevisionNotes
  ) -> String {
    let submission = result.submission
    let name = notes.student ?? StudentLabel.name(submission)
    let id = notes.studentID.map { " (id \($0))" } ?? MarkdownReporter.idSuffix(submission)
    let document = result.analysis.document
    func paint(_ text: String, _ code: String) -> String {
      let safe = TerminalText.escape(text)
      return color ? "\u{1B}[\(code)m\(safe)\u{1B}[0m" : safe
    }
    var lines: [String] = []
    func add(_ line: String) { lines.append(TerminalText.escape(line)) }
    lines.append(paint(submission.title ?? name, "1"))
    add("\(name)\(id) · \(submission.kind.rawValue) · \(document.name)")
    if let answered = answering?.sentence { add(answered) }
    var total =
      "\(result.rubricTitle): \(MeasureValue.plain(result.points)) / \(MeasureValue.plain(result.maximumPoints)) (\(MeasureValue.decimal(result.percentage))%)"
    if let grade = result.grade { total += ", grade \(grade)" }
    lines.append(paint(total, "1"))
    if let timestamp { add("Graded \(timestamp)") }
    for note in notes.lines { add("Note: \(note)") }
    for criterion in result.criteria {
      let share = criterion.maximumPoints == 0 ? 1 : criterion.points / criterion.maximumPoints
      let code = share >= 0.8 ? "32" : share >= 0.5 ? "33" : "31"
      add("")
      lines.append(
        TerminalText.escape("\(criterion.title): ")
          + paint(
            "\(criterion.level) \(MeasureValue.plain(criterion.points))/\(MeasureValue.plain(criterion.maximumPoints))",
            code) + TerminalText.escape(" (\(criterion.measure) = \(criterion.formattedValue))"))
      for line in Self.lines(criterion.feedback) { add("  " + line) }
      for span in criterion.evidence.prefix(MarkdownReporter.maximumEvidence) {
        add(
          "    line \(document.line(of: span.start)): \(document.quote(span))"
        )
      }
      if criterion.evidence.count > MarkdownReporter.maximumEvidence {
        add("    and \(criterion.evidence.count - MarkdownReporter.maximumEvidence) more")
      }
    }
    for (kind, found) in context.problems {
      add("")
      lines.append(paint("\(kind.label) (\(found.count))", "1"))
      for finding in found {
        let note = finding.note.isEmpty ? "" : " — \(finding.note)"
        add(
          "  line \(document.line(of: finding.span.start)): \(document.quote(finding.span))\(note)"
        )
      }
    }
    lines += RevisionReport.text(revision)
    let stats = result.analysis.text.statistics
    add("")
    add(
      "\(Plural.count(stats.words, "word")), \(Plural.count(stats.sentences, "sentence")), \(Plural.count(stats.paragraphs, "paragraph")); Flesch reading ease \(MeasureValue.decimal(stats.readability.fleschReadingEase))"
    )
    for comment in comments {
      add(
        "  comment by \(StudentLabel.name(comment.submission)): \(MeasureValue.plain(comment.points))/\(MeasureValue.plain(comment.maximumPoints))"
      )
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The lines of `text` (split at `\n`, empty ones kept), split on a buffer of its bytes:
  /// splitting a String on a Character compares grapheme by grapheme, and even the generic
  /// split of its UTF-8 view was a tenth of the report's time.
  static func lines(_ text: String) -> [String] {
    var text = text
    return text.withUTF8 { utf8 in
      var lines: [String] = []
      var start = 0
      while start <= utf8.count {
        var end = start
        while end < utf8.count, utf8[end] != 0x0A { end += 1 }
        lines.append(
          String(decoding: UnsafeBufferPointer(rebasing: utf8[start..<end]), as: UTF8.self))
        start = end + 1
      }
      return lines
    }
  }
}
