/// The text listing `rubricate segments` prints: one line per segment, its columns as wide as
/// their longest entry (kind, lines, rule, preview).
public enum SegmentListing {
  /// One row of the table, or a submission's header line (`columns` empty).
  private struct Row {
    var header: String?
    var columns: [String] = []
  }

  public static func render(_ submissions: [Submission]) -> String {
    var rows: [Row] = []
    for submission in submissions {
      var header = "\(submission.kind.rawValue) \(submission.id)"
      if let title = submission.title { header += " “\(title)”" }
      if let author = submission.author { header += " by \(author)" }
      if let date = submission.date ?? submission.dateText { header += ", \(date)" }
      rows.append(Row(header: header))
      let document = submission.document
      // A comment's segments also stand in its post's list (they share the page).
      let sharesPage = submissions.contains {
        $0.kind == .post && $0.id != submission.id && $0.document == document
      }
      if submission.kind == .comment && sharesPage { continue }
      for segment in submission.segments {
        let first = document.line(of: segment.span.start)
        let last = document.line(of: max(segment.span.start, segment.span.end - 1))
        let range = first == last ? "\(first)" : "\(first)-\(last)"
        let clipped = Span(segment.span.start, min(segment.span.end, segment.span.start + 61))
        var preview = document.text(of: clipped).replacingNewlines()
        if segment.span.length > 60 { preview = String(preview.prefix(57)) + "…" }
        rows.append(Row(columns: [segment.kind.rawValue, "lines \(range)", segment.rule, preview]))
      }
    }
    // Each column at least as wide as before (16, 15, 26), wider when an entry needs it.
    var widths = [15, 14, 25]
    for row in rows {
      for (index, column) in row.columns.dropLast().enumerated() {
        widths[index] = max(widths[index], column.count)
      }
    }
    let lines = rows.map { row in
      row.header
        ?? "  "
        + zip(row.columns.dropLast(), widths).map { $0.padded(to: $1 + 1) }.joined()
        + (row.columns.last ?? "")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

extension String {
  func replacingNewlines() -> String {
    String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\n" ? " " : $0 }))
  }
}
