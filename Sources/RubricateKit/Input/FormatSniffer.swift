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
    // Markup starts with `<` (after white space or a BOM); prose need not be lower-cased.
    let first = text.unicodeScalars.first { !$0.isSpace && $0 != "\u{FEFF}" }
    guard first == "<" else { return .auto }
    let head = String(String.UnicodeScalarView(text.unicodeScalars.prefix(sniffLength)))
    let lowerHead = head.lowercased()
    if isWXR(lowerHead) { return .wxr }
    let start = lowerHead.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" })
    if start.hasPrefix("<!doctype html") || start.hasPrefix("<html") { return .html }
    return .auto
  }

  /// A WordPress export: an RSS document declaring (or using) the `wp` namespace.
  static func isWXR(_ lowerHead: String) -> Bool {
    lowerHead.contains("<rss")
      && (lowerHead.contains("wordpress.org/export/") || lowerHead.contains("<wp:"))
  }
}
