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
    String(
      decoding: renderBytes(
        result, context: context, comments: comments, color: color, timestamp: timestamp,
        notes: notes, answering: answering, revision: revision),
      as: UTF8.self)
  }

  /// The report as UTF-8, written into one buffer (see ``ReportBytes``). Text from the
  /// submission goes through ``ReportBytes/writeTerminal(_:)``; escaping piece by piece is
  /// escaping the line, as every control is replaced on its own.
  static func renderBytes(
    _ result: SubmissionResult, context: ReportContext, comments: [SubmissionResult],
    color: Bool, timestamp: String?, notes: ReportNotes, answering: AnsweredSubmission?,
    revision: RevisionNotes
  ) -> [UInt8] {
    let submission = result.submission
    let name = notes.student ?? StudentLabel.name(submission)
    let document = result.analysis.document
    var text = ReportBytes(capacity: 4_096)
    func startPaint(_ code: String) {
      guard color else { return }
      text.write("\u{1B}[")
      text.write(code)
      text.write("m")
    }
    func endPaint() { if color { text.write("\u{1B}[0m") } }
    startPaint("1")
    text.writeTerminal(submission.title ?? name)
    endPaint()
    text.write("\n")
    text.writeTerminal(name)
    if let id = notes.studentID {
      text.write(" (id ")
      text.writeTerminal(id)
      text.write(")")
    } else {
      text.writeTerminal(MarkdownReporter.idSuffix(submission))
    }
    text.write(" · ")
    text.writeTerminal(submission.kind.rawValue)
    text.write(" · ")
    text.writeTerminal(document.name)
    text.write("\n")
    if let answered = answering?.sentence {
      text.writeTerminal(answered)
      text.write("\n")
    }
    startPaint("1")
    text.writeTerminal(result.rubricTitle)
    text.write(": ")
    text.writeScore(result.points, of: result.maximumPoints)
    text.write(" (")
    text.write(MeasureValue.decimal(result.percentage))
    text.write("%)")
    if let grade = result.grade {
      text.write(", grade ")
      text.writeTerminal(grade)
    }
    endPaint()
    text.write("\n")
    if let timestamp {
      text.write("Graded ")
      text.writeTerminal(timestamp)
      text.write("\n")
    }
    for note in notes.lines {
      text.write("Note: ")
      text.writeTerminal(note)
      text.write("\n")
    }
    for criterion in result.criteria {
      let share = criterion.maximumPoints == 0 ? 1 : criterion.points / criterion.maximumPoints
      let code = share >= 0.8 ? "32" : share >= 0.5 ? "33" : "31"
      text.write("\n")
      text.writeTerminal(criterion.title)
      text.write(": ")
      startPaint(code)
      text.writeTerminal(criterion.level)
      text.write(" ")
      text.writeScore(criterion.points, of: criterion.maximumPoints, separator: "/")
      endPaint()
      text.write(" (")
      text.writeTerminal(criterion.measure)
      text.write(" = ")
      text.writeTerminal(criterion.formattedValue)
      text.write(")\n")
      for line in Self.lines(criterion.feedback) {
        text.write("  ")
        text.writeTerminal(line)
        text.write("\n")
      }
      for span in criterion.evidence.prefix(MarkdownReporter.maximumEvidence) {
        text.write("    line ")
        text.write(document.line(of: span.start))
        text.write(": ")
        text.writeTerminal(context.quotes.quote(span))
        text.write("\n")
      }
      if criterion.evidence.count > MarkdownReporter.maximumEvidence {
        text.write("    and ")
        text.write(criterion.evidence.count - MarkdownReporter.maximumEvidence)
        text.write(" more\n")
      }
    }
    for (kind, found) in context.problems {
      text.write("\n")
      startPaint("1")
      text.write(kind.label)
      text.write(" (")
      text.write(found.count)
      text.write(")")
      endPaint()
      text.write("\n")
      for finding in found {
        text.write("  line ")
        text.write(document.line(of: finding.span.start))
        text.write(": ")
        text.writeTerminal(context.quotes.quote(finding.span))
        if !finding.note.isEmpty {
          text.write(" — ")
          text.writeTerminal(finding.note)
        }
        text.write("\n")
      }
    }
    // The revision section's lines as they are (they are not escaped).
    for line in RevisionReport.text(revision) {
      text.write(line)
      text.write("\n")
    }
    let stats = result.analysis.text.statistics
    text.write("\n")
    text.write(Plural.count(stats.words, "word"))
    text.write(", ")
    text.write(Plural.count(stats.sentences, "sentence"))
    text.write(", ")
    text.write(Plural.count(stats.paragraphs, "paragraph"))
    text.write("; Flesch reading ease ")
    text.write(MeasureValue.decimal(stats.readability.fleschReadingEase))
    text.write("\n")
    for comment in comments {
      text.write("  comment by ")
      text.writeTerminal(StudentLabel.name(comment.submission))
      text.write(": ")
      text.writeScore(comment.points, of: comment.maximumPoints, separator: "/")
      text.write("\n")
    }
    return text.bytes
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
