/// The text listing `rubricate segments` prints: one line per segment.
public enum SegmentListing {
  public static func render(_ submissions: [Submission]) -> String {
    var lines: [String] = []
    for submission in submissions {
      var header = "\(submission.kind.rawValue) \(submission.id)"
      if let title = submission.title { header += " “\(title)”" }
      if let author = submission.author { header += " by \(author)" }
      if let date = submission.date ?? submission.dateText { header += ", \(date)" }
      lines.append(header)
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
        lines.append(
          "  \(segment.kind.rawValue.padded(to: 16))lines \(range.padded(to: 9))\(segment.rule.padded(to: 26))\(preview)"
        )
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

extension String {
  func replacingNewlines() -> String {
    String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\n" ? " " : $0 }))
  }
}
