/// Chooses how to read a file from its extension and the start of its text.
enum FormatSniffer {
  static let markdownExtensions: Set<String> = ["md", "markdown", "mdown", "mkd", "mkdn"]
  static let htmlExtensions: Set<String> = ["html", "htm", "xhtml"]
  /// How much of the start of a file is looked at for markup signatures.
  static let sniffLength = 65_536

  /// The format for `name` with `text`; `.auto` means plain text whose shape decides between
  /// a blog page and an essay.
  static func choose(name: String, text: String) -> InputFormat {
    let base = name.splitting(at: "/\\").last.map(String.init) ?? name
    let ext = base.containsText(".") ? String(base.splitting(at: ".").last ?? "").lowercased() : ""
    if markdownExtensions.contains(ext) { return .markdown }
    if htmlExtensions.contains(ext) { return .html }
    if hasFrontMatter(text) { return .markdown }
    // Markup starts with `<` (after white space or a BOM); prose need not be lower-cased.
    let first = text.unicodeScalars.first { !$0.isSpace && $0 != "\u{FEFF}" }
    guard first == "<" else { return .auto }
    let head = String(String.UnicodeScalarView(text.unicodeScalars.prefix(sniffLength)))
    let lowerHead = head.lowercased()
    if isWXR(lowerHead) { return .wxr }
    let start = lowerHead.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" })
    if start.hasPrefix("<!doctype html") || start.hasPrefix("<html") { return .html }
    // A fragment (an online-text entry, a post pasted from a page's source).
    if htmlFragmentTags.contains(where: { start.hasPrefix($0) }) { return .html }
    return .auto
  }

  /// Opening tags a pasted HTML fragment starts with.
  static let htmlFragmentTags = [
    "<head", "<body", "<article", "<div", "<p>", "<p ", "<h1", "<h2", "<h3", "<section", "<main",
    "<meta", "<title", "<header",
  ]

  /// Markdown front matter: the text opens with a `---` line, `key: value` lines and a
  /// closing `---` line (what a Markdown post or comment read from standard input has).
  static func hasFrontMatter(_ text: String) -> Bool {
    // Lines are taken one at a time from the first 4,096 scalars and trimmed as scalars:
    // splitting the whole head into Characters, or trimming each line with Foundation (a
    // bridged copy of a line that is a whole paragraph in most plain text), cost more than
    // reading the file.
    var rest = text.unicodeScalars.prefix(4_096)
    func nextLine() -> Substring.UnicodeScalarView? {
      guard !rest.isEmpty else { return nil }
      let end = rest.firstIndex(of: "\n") ?? rest.endIndex
      let line = rest[..<end]
      rest = end == rest.endIndex ? rest[end...] : rest[rest.index(after: end)...]
      return line
    }
    var open = nextLine()
    while let line = open, line.allSatisfy({ $0.isSpace || $0 == "\u{FEFF}" }) {
      open = nextLine()
    }
    guard let open,
      trimmed(open.drop(while: { $0 == "\u{FEFF}" })).elementsEqual("---".unicodeScalars)
    else { return false }
    var keys = 0
    for _ in 0..<40 {
      guard let line = nextLine() else { break }
      let trimmed = trimmed(line)
      if trimmed.elementsEqual("---".unicodeScalars) { return keys > 0 }
      if let colon = trimmed.firstIndex(of: ":"), colon > trimmed.startIndex,
        Substring(trimmed[..<colon]).allSatisfy({
          $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-"
        })
      {
        keys += 1
      } else if let first = trimmed.first, first != "-" && first != "#" {
        return false
      }
    }
    return false
  }

  /// The line without the white space (Unicode's, line breaks included) at either end.
  private static func trimmed(_ line: Substring.UnicodeScalarView) -> Substring.UnicodeScalarView {
    var start = line.startIndex
    var end = line.endIndex
    while start < end, line[start].isSpace { start = line.index(after: start) }
    while end > start, line[line.index(before: end)].isSpace { end = line.index(before: end) }
    return line[start..<end]
  }

  /// A WordPress export: an RSS document declaring (or using) the `wp` namespace.
  static func isWXR(_ lowerHead: String) -> Bool {
    lowerHead.contains("<rss")
      && (lowerHead.contains("wordpress.org/export/") || lowerHead.contains("<wp:"))
  }
}
