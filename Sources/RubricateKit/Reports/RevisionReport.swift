/// What a report says about revision: the "Since your draft" section of a final, and, for a
/// commenter, the suggestions of theirs that a classmate's revision used.
public struct RevisionNotes: Sendable {
  /// The comparison with the draft, when this submission is a paired final.
  public var revision: Revision?
  /// This student's suggestions (on a classmate's draft) that the classmate's final took up.
  public var usedFeedback: [Revision.Uptake]

  public init(revision: Revision? = nil, usedFeedback: [Revision.Uptake] = []) {
    self.revision = revision
    self.usedFeedback = usedFeedback
  }

  public var isEmpty: Bool { revision == nil && usedFeedback.isEmpty }
}

/// The revision sections every report format shares, built once as blocks and written as
/// Markdown, plain text or HTML.
public enum RevisionReport {
  /// A piece of the section.
  enum Block: Equatable {
    case heading(String)
    case subheading(String)
    case paragraph(String)
    case item(String)
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
    case "misspelling": "Misspelling"
    default: kind.hasPrefix("mechanics.") ? "Mechanics (\(kind.dropFirst(10)))" : kind
    }
  }

  /// The sections as Markdown lines (empty when there is nothing to say).
  public static func markdown(_ notes: RevisionNotes) -> [String] {
    var lines: [String] = []
    for block in blocks(notes) {
      switch block {
      case .heading(let text): lines += ["", "## \(MarkdownReporter.escape(text))", ""]
      case .subheading(let text): lines += ["", "### \(MarkdownReporter.escape(text))", ""]
      case .paragraph(let text): lines.append(MarkdownReporter.escape(text))
      case .item(let text): lines.append("- " + MarkdownReporter.escape(text))
      }
    }
    return lines
  }

  /// The sections as plain text lines, for the terminal.
  public static func text(_ notes: RevisionNotes) -> [String] {
    var lines: [String] = []
    for block in blocks(notes) {
      switch block {
      case .heading(let text): lines += ["", text]
      case .subheading(let text): lines += ["", text]
      case .paragraph(let text): lines.append("  " + text)
      case .item(let text): lines.append("  - " + text)
      }
    }
    return lines
  }

  /// The sections as an HTML fragment (every text escaped).
  public static func html(_ notes: RevisionNotes) -> String {
    let all = blocks(notes)
    guard !all.isEmpty else { return "" }
    var html = "<section id=\"revision\">\n"
    var inList = false
    for block in all {
      if case .item = block {
      } else if inList {
        html += "</ul>\n"
        inList = false
      }
      switch block {
      case .heading(let text): html += "<h2>\(HTMLEscape.text(text))</h2>\n"
      case .subheading(let text): html += "<h3>\(HTMLEscape.text(text))</h3>\n"
      case .paragraph(let text): html += "<p>\(HTMLEscape.text(text))</p>\n"
      case .item(let text):
        if !inList {
          html += "<ul>\n"
          inList = true
        }
        html += "<li>\(HTMLEscape.text(text))</li>\n"
      }
    }
    if inList { html += "</ul>\n" }
    return html + "</section>\n"
  }

  static func blocks(_ notes: RevisionNotes) -> [Block] {
    var blocks: [Block] = []
    if let revision = notes.revision { blocks += sinceDraft(revision) }
    if !notes.usedFeedback.isEmpty {
      blocks.append(.heading("Your feedback was used"))
      for uptake in notes.usedFeedback {
        blocks.append(
          .item(
            "Your \(uptake.feedback.kind)\(uptake.post.map { " on “\($0)”" } ?? "") \(FeedbackItem.quote(uptake.feedback.text)) was taken up: \(uptake.evidence)."
          ))
      }
    }
    return blocks
  }

  static func sinceDraft(_ revision: Revision) -> [Block] {
    var blocks: [Block] = [.heading("Since your draft")]
    if revision.isUnchanged {
      blocks.append(.paragraph("Nothing changed since the draft: same text, same scores."))
      return blocks
    }
    let previous = revision.previous
    let current = revision.current
    blocks.append(
      .item(
        "Total: \(MeasureValue.plain(previous.points)) → \(MeasureValue.plain(current.points)) / \(MeasureValue.plain(current.maximumPoints)) (\(signed(revision.pointsChange)))"
      ))
    let changed = revision.criteria.filter { $0.change != 0 }
    for criterion in changed {
      let before =
        criterion.previousLevel.map { "\($0) \(MeasureValue.plain(criterion.previousPoints ?? 0))" }
        ?? "not in the draft's rubric"
      let after =
        criterion.level.map { "\($0) \(MeasureValue.plain(criterion.points ?? 0))" }
        ?? "not in this rubric"
      let change = criterion.change.map { " (\(signed($0)))" } ?? ""
      blocks.append(.item("\(criterion.title): \(before) → \(after)\(change)"))
    }
    if changed.isEmpty { blocks.append(.item("Every criterion kept its level.")) }
    blocks.append(
      .item(
        "Text: \(sentenceCounts(revision)); \(count(revision.wordsAdded, "word")) added, \(count(revision.wordsRemoved, "word")) removed."
      ))
    if !revision.sourcesAdded.isEmpty {
      blocks.append(
        .item(
          "Sources added: " + revision.sourcesAdded.map(FeedbackItem.quote).joined(separator: "; ")
        ))
    }
    if !revision.sourcesDropped.isEmpty {
      blocks.append(
        .item(
          "Sources dropped: "
            + revision.sourcesDropped.map(FeedbackItem.quote).joined(separator: "; ")))
    }
    for (title, findings) in [
      ("Resolved", revision.resolved), ("New", revision.new), ("Still open", revision.open),
    ] where !findings.isEmpty {
      blocks.append(.subheading("\(title) (\(findings.count))"))
      for finding in findings {
        blocks.append(.item("\(label(finding.kind)): \(FeedbackItem.quote(finding.text))"))
      }
    }
    if !revision.uptake.isEmpty {
      blocks.append(.subheading("Peer feedback taken up (\(revision.uptake.count))"))
      for uptake in revision.uptake {
        let who = uptake.feedback.author.map { "\($0)’s" } ?? "A peer’s"
        blocks.append(
          .item(
            "\(who) \(uptake.feedback.kind) \(FeedbackItem.quote(uptake.feedback.text)): \(uptake.evidence)"
          ))
      }
    }
    let edits = revision.edits
    if !edits.isEmpty {
      blocks.append(.subheading("Changes by sentence"))
      for edit in edits.prefix(maximumEdits) {
        let text: String
        switch edit.kind {
        case "rewritten":
          text = "\(FeedbackItem.quote(edit.old ?? "")) → \(FeedbackItem.quote(edit.new ?? ""))"
        case "removed": text = FeedbackItem.quote(edit.old ?? "")
        default: text = FeedbackItem.quote(edit.new ?? "")
        }
        blocks.append(.item("\(edit.kind): \(text)"))
      }
      if edits.count > maximumEdits {
        blocks.append(.item("and \(edits.count - maximumEdits) more"))
      }
    }
    return blocks
  }

  /// "sentences 3 added, 1 removed, 2 rewritten, 1 moved" (only the non-zero ones).
  static func sentenceCounts(_ revision: Revision) -> String {
    let counts = revision.sentenceCounts
    let parts = [
      (counts.added, "added"), (counts.removed, "removed"), (counts.rewritten, "rewritten"),
      (counts.moved, "moved"),
    ]
    .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
    return parts.isEmpty ? "no sentence changed" : "sentences " + parts.joined(separator: ", ")
  }

  static func signed(_ value: Double) -> String {
    value > 0
      ? "+" + MeasureValue.plain(value) : value < 0 ? "−" + MeasureValue.plain(-value) : "±0"
  }

  static func count(_ value: Int, _ noun: String) -> String {
    Plural.count(value, noun)
  }
}
