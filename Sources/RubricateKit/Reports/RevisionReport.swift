/// The "Since your draft" section every report format shares, written as lines of Markdown or
/// of plain text.
public enum RevisionReport {
  /// How the section is written.
  public enum Style: Sendable {
    case markdown
    case text
  }

  /// Sentence edits listed at most; the rest are counted.
  public static let maximumEdits = 12

  /// A finding kind as a report names it.
  public static func label(_ kind: String) -> String {
    switch kind {
    case "unsupportedClaim": "Unsupported claim"
    case "weakClaim": "Weakly supported claim"
    case "overclaim": "Over-claiming"
    case "uncitedReference": "Reference never cited"
    case "unmatchedCitation": "Citation with no entry"
    case "referenceProblem": "Reference entry with a problem"
    default: kind
    }
  }

  /// The section's lines, starting with its heading.
  public static func lines(_ revision: Revision, style: Style) -> [String] {
    let md = style == .markdown
    func esc(_ text: String) -> String { md ? MarkdownReporter.escape(text) : text }
    let bullet = md ? "- " : "  "
    var lines: [String] = [md ? "## Since your draft" : "Since your draft", ""]
    if revision.isUnchanged {
      lines.append("Nothing changed since the draft: same text, same scores.")
      return lines
    }
    let previous = revision.previous
    let current = revision.current
    lines.append(
      "\(bullet)Total: \(MeasureValue.plain(previous.points)) → \(MeasureValue.plain(current.points)) / \(MeasureValue.plain(current.maximumPoints)) (\(signed(revision.pointsChange)))"
    )
    let changed = revision.criteria.filter { $0.change != 0 }
    for criterion in changed {
      let before =
        criterion.previousLevel.map {
          "\(esc($0)) \(MeasureValue.plain(criterion.previousPoints ?? 0))"
        }
        ?? "not in the draft's rubric"
      let after =
        criterion.level.map { "\(esc($0)) \(MeasureValue.plain(criterion.points ?? 0))" }
        ?? "not in this rubric"
      let change = criterion.change.map { " (\(signed($0)))" } ?? ""
      lines.append("\(bullet)\(esc(criterion.title)): \(before) → \(after)\(change)")
    }
    if changed.isEmpty { lines.append("\(bullet)Every criterion kept its level.") }
    let stats = revisionCounts(revision)
    lines.append(
      "\(bullet)Text: \(stats); \(count(revision.wordsAdded, "word")) added, \(count(revision.wordsRemoved, "word")) removed."
    )
    if !revision.sourcesAdded.isEmpty {
      lines.append(
        "\(bullet)Sources added: "
          + revision.sourcesAdded.map { esc(FeedbackItem.quote($0)) }.joined(separator: "; "))
    }
    if !revision.sourcesDropped.isEmpty {
      lines.append(
        "\(bullet)Sources dropped: "
          + revision.sourcesDropped.map { esc(FeedbackItem.quote($0)) }.joined(separator: "; "))
    }
    for (title, findings) in [
      ("Resolved", revision.resolved), ("New", revision.new), ("Still open", revision.open),
    ] where !findings.isEmpty {
      lines.append("")
      lines.append(md ? "### \(title) (\(findings.count))" : "\(title) (\(findings.count))")
      if md { lines.append("") }
      for finding in findings {
        lines.append("\(bullet)\(label(finding.kind)): \(esc(FeedbackItem.quote(finding.text)))")
      }
    }
    if !revision.uptake.isEmpty {
      lines.append("")
      let heading = "Peer feedback taken up (\(revision.uptake.count))"
      lines.append(md ? "### \(heading)" : heading)
      if md { lines.append("") }
      for uptake in revision.uptake {
        let who = uptake.feedback.author.map { "\($0)’s" } ?? "A peer’s"
        lines.append(
          "\(bullet)\(esc(who)) \(uptake.feedback.kind) \(esc(FeedbackItem.quote(uptake.feedback.text))): \(esc(uptake.evidence))"
        )
      }
    }
    let edits = revision.edits
    if !edits.isEmpty {
      lines.append("")
      lines.append(md ? "### Changes by sentence" : "Changes by sentence")
      if md { lines.append("") }
      for edit in edits.prefix(maximumEdits) {
        let text: String
        switch edit.kind {
        case "rewritten":
          text = "\(FeedbackItem.quote(edit.old ?? "")) → \(FeedbackItem.quote(edit.new ?? ""))"
        case "removed": text = FeedbackItem.quote(edit.old ?? "")
        default: text = FeedbackItem.quote(edit.new ?? "")
        }
        lines.append("\(bullet)\(edit.kind): \(esc(text))")
      }
      if edits.count > maximumEdits {
        lines.append("\(bullet)and \(edits.count - maximumEdits) more")
      }
    }
    return lines
  }

  /// "3 sentences added, 1 removed, 2 rewritten, 1 moved" (only the non-zero ones).
  static func revisionCounts(_ revision: Revision) -> String {
    var added = 0
    var removed = 0
    var rewritten = 0
    var moved = 0
    for change in revision.alignment.changes {
      switch change {
      case .added: added += 1
      case .removed: removed += 1
      case .rewritten: rewritten += 1
      case .moved: moved += 1
      case .unchanged: break
      }
    }
    let parts = [
      (added, "added"), (removed, "removed"), (rewritten, "rewritten"), (moved, "moved"),
    ]
    .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
    return parts.isEmpty ? "no sentence changed" : "sentences " + parts.joined(separator: ", ")
  }

  static func signed(_ value: Double) -> String {
    value > 0
      ? "+" + MeasureValue.plain(value) : value < 0 ? "−" + MeasureValue.plain(-value) : "±0"
  }

  static func count(_ value: Int, _ noun: String) -> String {
    "\(value) \(noun)\(value == 1 ? "" : "s")"
  }
}
