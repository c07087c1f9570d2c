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
    // Lines split and trimmed on UTF-8 bytes: splitting the scalar view made this parse a
    // twentieth of `grade`'s report rendering.
    var text = feedback
    text.withUTF8 { utf8 in
      var start = 0
      while start <= utf8.count {
        var end = start
        while end < utf8.count, utf8[end] != 0x0A { end += 1 }
        let (first, last) = trimmedRange(utf8, start, end)
        if first == last {
          flush()
        } else if isListItem(utf8, first, last) {
          if !paragraph.isEmpty { flush() }
          items.append(
            String(decoding: UnsafeBufferPointer(rebasing: utf8[(first + 2)..<last]), as: UTF8.self)
          )
        } else {
          if !items.isEmpty { flush() }
          paragraph.append(
            String(decoding: UnsafeBufferPointer(rebasing: utf8[first..<last]), as: UTF8.self))
        }
        start = end + 1
      }
    }
    flush()
    return blocks
  }

  /// Whether the trimmed line `first..<last` starts with the characters `- `: the bytes, and
  /// where a non-ASCII scalar follows them (which could join the space's grapheme), the
  /// characters themselves.
  private static func isListItem(_ utf8: UnsafeBufferPointer<UInt8>, _ first: Int, _ last: Int)
    -> Bool
  {
    guard last - first >= 2, utf8[first] == 0x2D, utf8[first + 1] == 0x20 else { return false }
    if last - first == 2 || utf8[first + 2] < 0x80 { return true }
    return String(decoding: UnsafeBufferPointer(rebasing: utf8[first..<last]), as: UTF8.self)
      .hasPrefix("- ")
  }

  /// The byte range of the line `start..<end` without the spaces and tabs around it (space
  /// separators such as U+00A0 included).
  private static func trimmedRange(_ utf8: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
    -> (Int, Int)
  {
    var first = start
    while first < end {
      let length = spaceLength(utf8, at: first, end: end)
      guard length > 0 else { break }
      first += length
    }
    var last = end
    while last > first {
      var lead = last - 1
      while lead > first, utf8[lead] & 0xC0 == 0x80 { lead -= 1 }
      guard spaceLength(utf8, at: lead, end: last) == last - lead else { break }
      last = lead
    }
    return (first, last)
  }

  /// The length in bytes of the space, tab or space separator at `index`, or 0.
  private static func spaceLength(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int, end: Int)
    -> Int
  {
    let lead = utf8[index]
    if lead == 0x20 || lead == 0x09 { return 1 }
    guard lead >= 0xC0 else { return 0 }
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    guard index + length <= end else { return 0 }
    var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    for offset in 1..<length { value = value << 6 | UInt32(utf8[index + offset] & 0x3F) }
    guard let scalar = Unicode.Scalar(value) else { return 0 }
    return scalar.properties.generalCategory == .spaceSeparator ? length : 0
  }

  /// Markdown lines: paragraphs and `- ` lists, a blank line between blocks.
  static func markdown(_ feedback: String) -> [String] { markdown(parse(feedback)) }

  /// Markdown lines of blocks already parsed.
  static func markdown(_ blocks: [Block]) -> [String] {
    var lines: [String] = []
    for block in blocks {
      if !lines.isEmpty { lines.append("") }
      switch block {
      case .paragraph(let text): lines.append(MarkdownReporter.escape(text))
      case .list(let items): lines += items.map { "- " + MarkdownReporter.escape($0) }
      }
    }
    return lines
  }

  /// Writes the Markdown lines of blocks already parsed, each ending in a line break.
  static func markdown(_ blocks: [Block], into md: inout ReportBytes) {
    for (index, block) in blocks.enumerated() {
      if index > 0 { md.write("\n") }
      switch block {
      case .paragraph(let text):
        md.writeMarkdown(text)
        md.write("\n")
      case .list(let items):
        for item in items {
          md.write("- ")
          md.writeMarkdown(item)
          md.write("\n")
        }
      }
    }
  }

  /// HTML for a table cell: one paragraph stays bare text; several blocks become `<p>` and
  /// `<ul>` elements.
  static func html(_ feedback: String) -> String { html(parse(feedback)) }

  /// HTML of blocks already parsed.
  static func html(_ blocks: [Block]) -> String {
    var html = ReportBytes()
    self.html(blocks, into: &html)
    return html.string
  }

  /// Writes the HTML of blocks already parsed into a report.
  static func html(_ blocks: [Block], into html: inout ReportBytes) {
    if blocks.count == 1, case .paragraph(let text) = blocks[0] { return html.writeHTML(text) }
    for block in blocks {
      switch block {
      case .paragraph(let text):
        html.write("<p>")
        html.writeHTML(text)
        html.write("</p>")
      case .list(let items):
        html.write("<ul>")
        for item in items {
          html.write("<li>")
          html.writeHTML(item)
          html.write("</li>")
        }
        html.write("</ul>")
      }
    }
  }
}
