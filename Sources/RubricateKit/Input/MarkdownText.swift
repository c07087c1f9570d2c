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
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
    }
    var index = 0
    var frontMatter: [String: String] = [:]
    if lines.first?.trimmingCharacters(in: .whitespaces) == "---" {
      var cursor = 1
      var fields: [String: String] = [:]
      while cursor < lines.count {
        let line = lines[cursor].trimmingCharacters(in: .whitespaces)
        if line == "---" || line == "..." { break }
        if let colon = line.firstIndex(of: ":") {
          let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
          var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
          if value.count >= 2, let first = value.first, first == "\"" || first == "'",
            value.last == first
          {
            value = String(value.dropFirst().dropLast())
          }
          if frontMatterKeys.contains(key), !value.isEmpty { fields[key] = value }
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
    var reader = MarkdownText(definitions: definitions)
    if let title = frontMatter["title"] {
      reader.builder.append(contentsOf: title.unicodeScalars)
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
  var builder = TextBuilder()

  init(definitions: [String: String]) { self.definitions = definitions }

  enum Open {
    case none
    case paragraph
    case listItem
    case blockquote
  }

  mutating func readBlocks(_ lines: ArraySlice<String>) {
    var open = Open.none
    var fence: String?
    var paragraph: [String] = []

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
      cursor += 1
      let line = raw.trimmingCharacters(in: .whitespaces)
      if let marker = fence {
        if line.hasPrefix(marker) {
          builder.endBlock(.code)
          fence = nil
        } else {
          for scalar in raw.unicodeScalars { builder.appendVerbatim(scalar) }
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
        var text = line.drop(while: { $0 == "#" }).trimmingCharacters(in: .whitespaces)
        while text.hasSuffix("#") { text.removeLast() }
        inline(text.trimmingCharacters(in: .whitespaces))
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
          paragraph.append(String(content))
        }
        continue
      }
      if let item = Self.listItem(line) {
        flush(&paragraph, as: kind(open))
        open = .listItem
        paragraph.append(item)
        continue
      }
      if open == .none { open = .paragraph }
      paragraph.append(line)
    }
    flush(&paragraph, as: kind(open))
    if fence != nil { builder.endBlock(.code) }
  }

  mutating func flush(_ lines: inout [String], as kind: DerivedText.Kind) {
    guard !lines.isEmpty else { return }
    for (position, line) in lines.enumerated() {
      if position > 0 { builder.lineBreak() }
      var text = line
      if text.hasSuffix("\\") { text.removeLast() }
      inline(text.trimmingCharacters(in: .whitespaces))
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
