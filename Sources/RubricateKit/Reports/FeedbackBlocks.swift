import Foundation

/// A criterion's filled feedback as the paragraphs and lists it is written as: a template's
/// blank line ends a paragraph, and the quotes a list placeholder expands to
/// (`{claimsToSupport}`, one `- “…”` a line) are a list. Markdown and HTML reports render the
/// blocks as paragraphs and real lists; JSON keeps the feedback text as it is.
enum FeedbackBlocks {
  enum Block: Equatable {
    case paragraph(String)
    case list([String])
  }

  /// The blocks of `feedback`, in order: lines starting `- ` are list items, other lines join
  /// their paragraph with a space, and a blank line ends a block.
  static func parse(_ feedback: String) -> [Block] {
    var blocks: [Block] = []
    var paragraph: [String] = []
    var items: [String] = []
    func flush() {
      if !paragraph.isEmpty {
        blocks.append(.paragraph(paragraph.joined(separator: " ")))
        paragraph = []
      }
      if !items.isEmpty {
        blocks.append(.list(items))
        items = []
      }
    }
    // Lines split and trimmed on scalars: Foundation's trimming and Character splitting made
    // this a sixth of `grade`'s instructions.
    for raw in feedback.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
      let line = trimmed(raw)
      if line.isEmpty {
        flush()
      } else if line.hasPrefix("- ") {
        if !paragraph.isEmpty { flush() }
        items.append(String(line.dropFirst(2)))
      } else {
        if !items.isEmpty { flush() }
        paragraph.append(String(line))
      }
    }
    flush()
    return blocks
  }

  /// The line without the spaces and tabs around it.
  static func trimmed(_ line: Substring.UnicodeScalarView) -> Substring {
    func isSpace(_ scalar: Unicode.Scalar) -> Bool {
      scalar == " " || scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
    }
    guard let first = line.firstIndex(where: { !isSpace($0) }),
      let last = line.lastIndex(where: { !isSpace($0) })
    else { return "" }
    return Substring(line[first...last])
  }

  /// Markdown lines: paragraphs and `- ` lists, a blank line between blocks.
  static func markdown(_ feedback: String) -> [String] {
    var lines: [String] = []
    for block in parse(feedback) {
      if !lines.isEmpty { lines.append("") }
      switch block {
      case .paragraph(let text): lines.append(MarkdownReporter.escape(text))
      case .list(let items): lines += items.map { "- " + MarkdownReporter.escape($0) }
      }
    }
    return lines
  }

  /// HTML for a table cell: one paragraph stays bare text; several blocks become `<p>` and
  /// `<ul>` elements.
  static func html(_ feedback: String) -> String {
    let blocks = parse(feedback)
    if blocks.count == 1, case .paragraph(let text) = blocks[0] { return HTMLEscape.text(text) }
    return blocks.map { block in
      switch block {
      case .paragraph(let text): "<p>\(HTMLEscape.text(text))</p>"
      case .list(let items):
        "<ul>" + items.map { "<li>\(HTMLEscape.text($0))</li>" }.joined() + "</ul>"
      }
    }.joined()
  }
}
