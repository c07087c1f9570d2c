import Foundation

/// Extracts readable text from Markdown: front matter, headings, paragraphs, list items,
/// block quotes and code, with links kept (`[text](url)`, `<url>`, reference links, bare URLs).
/// CommonMark's block structure, simplified to what students write; one pass over the lines.
struct MarkdownText {
  /// Front matter keys read (Jekyll / Hugo / Pandoc YAML).
  static let frontMatterKeys: Set<String> = ["title", "author", "date", "post"]

  struct Result {
    var derived: DerivedText
    var frontMatter: [String: String]
  }

  static func extract(_ text: String) -> Result {
    let pieces = text.split(separator: "\n", omittingEmptySubsequences: false)
    // Where each line starts in the text, in scalars: what reports turn into the file's lines.
    var lineStarts: [Int] = []
    var offset = 0
    for piece in pieces {
      lineStarts.append(offset)
      offset += piece.unicodeScalars.count + 1
    }
    let lines = pieces.map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
    var index = 0
    var frontMatter: [String: String] = [:]
    var titleStart = -1
    if lines.first?.trimmingCharacters(in: .whitespaces) == "---" {
      var cursor = 1
      var fields: [String: String] = [:]
      while cursor < lines.count {
        let line = lines[cursor].trimmingCharacters(in: .whitespaces)
        if line == "---" || line == "..." { break }
        if let colon = line.firstIndex(of: ":") {
          let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
          var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
          var quoted = false
          if value.count >= 2, let first = value.first, first == "\"" || first == "'",
            value.last == first
          {
            value = String(value.dropFirst().dropLast())
            quoted = true
          }
          if frontMatterKeys.contains(key), !value.isEmpty { fields[key] = value }
          if key == "title" {
            // The value starts after the colon and the white space after it (and a quote).
            let raw = lines[cursor].unicodeScalars
            let colonOffset =
              raw.firstIndex(of: ":").map { raw.distance(from: raw.startIndex, to: $0) } ?? 0
            let gap = raw.dropFirst(colonOffset + 1).prefix(while: isSpace).count
            titleStart = lineStarts[cursor] + colonOffset + 1 + gap + (quoted ? 1 : 0)
          }
        }
        cursor += 1
      }
      if cursor < lines.count {
        frontMatter = fields
        index = cursor + 1
      }
    }
    var definitions: [String: String] = [:]
    for line in lines[index...] {
      if let (label, url) = definition(line) { definitions[label] = url }
    }
    var reader = MarkdownText(definitions: definitions, lineStarts: lineStarts)
    if let title = frontMatter["title"] {
      for (position, scalar) in title.unicodeScalars.enumerated() {
        reader.builder.source = titleStart < 0 ? -1 : titleStart + position
        reader.builder.append(scalar)
      }
      reader.builder.endBlock(.title)
    }
    reader.readBlocks(lines[index...])
    return Result(derived: reader.builder.finish(.paragraph), frontMatter: frontMatter)
  }

  /// `[label]: url` link reference definitions.
  /// Link definitions, rules and setext underlines are short; longer lines skip those tests.
  static let maxStructureLine = 500

  static func definition(_ line: String) -> (String, String)? {
    guard line.utf8.count <= maxStructureLine else { return nil }
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    guard trimmed.hasPrefix("["), let close = trimmed.range(of: "]:") else { return nil }
    let label = trimmed[trimmed.index(after: trimmed.startIndex)..<close.lowerBound].lowercased()
    let rest = trimmed[close.upperBound...].trimmingCharacters(in: .whitespaces)
    guard let url = rest.split(separator: " ").first, !label.isEmpty else { return nil }
    return (label, String(url).trimmingCharacters(in: CharacterSet(charactersIn: "<>")))
  }

  let definitions: [String: String]
  /// Where each line starts in the Markdown, in scalars.
  let lineStarts: [Int]
  var builder = TextBuilder()
  /// Where the line ``inline(_:at:)`` is reading starts in the Markdown.
  var inlineBase = 0

  init(definitions: [String: String], lineStarts: [Int]) {
    self.definitions = definitions
    self.lineStarts = lineStarts
  }

  /// Scalars `CharacterSet.whitespaces` trims (what `trimmingCharacters(in: .whitespaces)` drops).
  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    CharacterSet.whitespaces.contains(scalar)
  }

  /// How far into `whole` its suffix `part` starts, in scalars.
  static func offset(of part: some StringProtocol, in whole: some StringProtocol) -> Int {
    whole.unicodeScalars.count - part.unicodeScalars.count
  }

  enum Open {
    case none
    case paragraph
    case listItem
    case blockquote
  }

  mutating func readBlocks(_ lines: ArraySlice<String>) {
    var open = Open.none
    var fence: String?
    // Each line of the open block with where its text starts in the Markdown.
    var paragraph: [(text: String, start: Int)] = []

    func kind(_ open: Open) -> DerivedText.Kind {
      switch open {
      case .listItem: return .listItem
      case .blockquote: return .blockquote
      default: return .paragraph
      }
    }

    var cursor = lines.startIndex
    while cursor < lines.endIndex {
      let raw = lines[cursor]
      let rawStart = lineStarts[cursor]
      cursor += 1
      let line = raw.trimmingCharacters(in: .whitespaces)
      let lineStart = rawStart + raw.unicodeScalars.prefix(while: Self.isSpace).count
      if let marker = fence {
        if line.hasPrefix(marker) {
          builder.endBlock(.code)
          fence = nil
        } else {
          for (position, scalar) in raw.unicodeScalars.enumerated() {
            builder.source = rawStart + position
            builder.appendVerbatim(scalar)
          }
          builder.lineBreak()
        }
        continue
      }
      if line.hasPrefix("```") || line.hasPrefix("~~~") {
        flush(&paragraph, as: kind(open))
        open = .none
        fence = String(line.prefix(3))
        continue
      }
      if line.isEmpty {
        flush(&paragraph, as: kind(open))
        open = .none
        continue
      }
      if Self.definition(raw) != nil { continue }
      if let level = Self.headingLevel(line) {
        flush(&paragraph, as: kind(open))
        open = .none
        let afterHashes = line.drop(while: { $0 == "#" })
        let start =
          lineStart + Self.offset(of: afterHashes, in: line)
          + afterHashes.unicodeScalars.prefix(while: Self.isSpace).count
        var text = afterHashes.trimmingCharacters(in: .whitespaces)
        while text.hasSuffix("#") { text.removeLast() }
        inline(text.trimmingCharacters(in: .whitespaces), at: start)
        builder.endBlock(.heading(level))
        continue
      }
      if open == .paragraph, paragraph.count >= 1, Self.isSetextUnderline(line) {
        let level = line.hasPrefix("=") ? 1 : 2
        flush(&paragraph, as: .heading(level))
        open = .none
        continue
      }
      if Self.isRule(line) {
        flush(&paragraph, as: kind(open))
        open = .none
        continue
      }
      if line.hasPrefix(">") {
        var content = Substring(line)
        while content.hasPrefix(">") {
          content = content.dropFirst().drop(while: { $0 == " " })
        }
        if open != .blockquote {
          flush(&paragraph, as: kind(open))
          open = .blockquote
        }
        if content.isEmpty {
          flush(&paragraph, as: .blockquote)
        } else {
          paragraph.append((String(content), lineStart + Self.offset(of: content, in: line)))
        }
        continue
      }
      if let item = Self.listItem(line) {
        flush(&paragraph, as: kind(open))
        open = .listItem
        paragraph.append((item, lineStart + Self.offset(of: item, in: line)))
        continue
      }
      if open == .none { open = .paragraph }
      paragraph.append((line, lineStart))
    }
    flush(&paragraph, as: kind(open))
    if fence != nil { builder.endBlock(.code) }
  }

  mutating func flush(_ lines: inout [(text: String, start: Int)], as kind: DerivedText.Kind) {
    guard !lines.isEmpty else { return }
    for (position, line) in lines.enumerated() {
      if position > 0 { builder.lineBreak() }
      var text = line.text
      if text.hasSuffix("\\") { text.removeLast() }
      let leading = text.unicodeScalars.prefix(while: Self.isSpace).count
      inline(text.trimmingCharacters(in: .whitespaces), at: line.start + leading)
    }
    builder.endBlock(kind)
    lines.removeAll()
  }

  static func headingLevel(_ line: String) -> Int? {
    let hashes = line.prefix(while: { $0 == "#" }).count
    guard (1...6).contains(hashes) else { return nil }
    let rest = line.dropFirst(hashes)
    return rest.isEmpty || rest.first == " " ? hashes : nil
  }

  static func isSetextUnderline(_ line: String) -> Bool {
    guard line.utf8.count <= maxStructureLine, let first = line.first, first == "=" || first == "-"
    else { return false }
    return line.allSatisfy { $0 == first }
  }

  static func isRule(_ line: String) -> Bool {
    guard line.utf8.count <= maxStructureLine else { return false }
    let compact = line.filter { $0 != " " }
    guard compact.count >= 3, let first = compact.first, "-*_".contains(first) else {
      return false
    }
    return compact.allSatisfy { $0 == first }
  }

  /// The text of a list item line (`- x`, `* x`, `+ x`, `1. x`, `1) x`), or nil.
  static func listItem(_ line: String) -> String? {
    if let first = line.first, "-*+".contains(first), line.dropFirst().first == " " {
      return String(line.dropFirst(2))
    }
    let digits = line.prefix(while: { $0.isASCII && $0.isNumber })
    guard (1...3).contains(digits.count) else { return nil }
    let rest = line.dropFirst(digits.count)
    guard let marker = rest.first, marker == "." || marker == ")", rest.dropFirst().first == " "
    else { return nil }
    return String(rest.dropFirst(2))
  }
}
