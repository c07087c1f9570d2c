/// Extracts readable text from HTML: paragraphs, headings, list items, block quotes and links;
/// entities decoded; scripts, styles, navigation, sidebars and forms dropped. One linear pass.
struct HTMLText {
  /// Elements whose whole content is dropped: code, navigation, sidebars, forms and widgets.
  static let droppedElements: Set<String> = [
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas",
    "select", "textarea", "button", "nav", "aside", "form",
  ]
  /// Elements that start and end a block of text (HTML "flow content" that themes use).
  static let blockElements: Set<String> = [
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "section",
    "article", "header", "footer", "main", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td",
    "th", "thead", "tbody", "figure", "figcaption", "hr", "address", "details", "summary",
    "caption", "center", "body", "html",
  ]
  /// A quoted attribute value longer than this is treated as broken markup.
  static let maxTagScan = 4096

  /// What was extracted, plus the page's `<title>` and first `<h1>`.
  struct Result {
    var derived: DerivedText
    var title: String?
    var firstHeading: Span?
    /// Reply depth of blocks inside nested comment lists, by block start offset.
    var depths: [Int: Int] = [:]
  }

  let scalars: [Unicode.Scalar]
  /// WordPress stores post content without `<p>`: a blank line is a paragraph break and a
  /// newline a line break (what `wpautop` does on display).
  let autoParagraphs: Bool

  var builder = TextBuilder()
  var headingLevel = 0
  var quoteDepth = 0
  var listDepth = 0
  var preDepth = 0
  var title: String?
  var firstHeading: Span?
  var headingStart: Int?
  /// The offset of the last `>`: past it no `<` can open a tag (keeps `a < b` runs linear).
  let lastClose: Int
  /// How deep inside WordPress's nested reply lists (`<ul class="children">`) we are, and the
  /// depth at which each block started.
  var replyDepth = 0
  var replyLists: [Bool] = []
  var depths: [Int: Int] = [:]

  init(_ scalars: [Unicode.Scalar], autoParagraphs: Bool = false) {
    self.scalars = scalars
    self.autoParagraphs = autoParagraphs
    self.lastClose = scalars.lastIndex(of: ">") ?? -1
  }

  static func extract(_ text: String, autoParagraphs: Bool = false) -> Result {
    var reader = HTMLText(Array(text.unicodeScalars), autoParagraphs: autoParagraphs)
    return reader.run()
  }

  var currentKind: DerivedText.Kind {
    if headingLevel > 0 { return .heading(headingLevel) }
    if quoteDepth > 0 { return .blockquote }
    if listDepth > 0 { return .listItem }
    if preDepth > 0 { return .code }
    return .paragraph
  }

  mutating func run() -> Result {
    var index = 0
    var noMoreTags = false
    var newlines = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "<" && !noMoreTags {
        if let next = skipSpecial(at: index) {
          index = next
          continue
        }
        if let tag = readTag(at: index) {
          index = handle(tag)
          newlines = 0
          continue
        }
        if index > lastClose { noMoreTags = true }
      }
      if scalar == "&", let (decoded, next) = HTMLEntities.decode(scalars, at: index) {
        builder.append(decoded)
        index = next
        newlines = 0
        continue
      }
      if preDepth > 0 {
        builder.appendVerbatim(scalar)
      } else if autoParagraphs && (scalar == "\n" || scalar == "\r") {
        if scalar == "\n" { newlines += 1 }
        if newlines == 1 {
          builder.lineBreak()
        } else if newlines == 2 {
          builder.endBlock(currentKind)
        }
      } else {
        if !scalar.properties.isWhitespace { newlines = 0 }
        builder.append(scalar)
      }
      index += 1
    }
    let derived = builder.finish(currentKind)
    return Result(derived: derived, title: title, firstHeading: firstHeading, depths: depths)
  }

  /// Skips comments, doctype and processing instructions; returns the index after them.
  func skipSpecial(at index: Int) -> Int? {
    guard index + 1 < scalars.count else { return nil }
    let next = scalars[index + 1]
    if next == "!" && index + 3 < scalars.count && scalars[index + 2] == "-"
      && scalars[index + 3] == "-"
    {
      var cursor = index + 4
      while cursor + 2 < scalars.count {
        if scalars[cursor] == "-" && scalars[cursor + 1] == "-" && scalars[cursor + 2] == ">" {
          return cursor + 3
        }
        cursor += 1
      }
      return scalars.count
    }
    if next == "!" || next == "?" {
      var cursor = index + 2
      while cursor < scalars.count, scalars[cursor] != ">" { cursor += 1 }
      return min(cursor + 1, scalars.count)
    }
    return nil
  }

  struct Tag {
    var name: String
    var closing: Bool
    var selfClosing: Bool
    var attributes: [String: String]
    var end: Int
  }

  /// Reads the tag at `index`, or nil when the `<` is literal text.
  func readTag(at index: Int) -> Tag? {
    var cursor = index + 1
    var closing = false
    if cursor < scalars.count, scalars[cursor] == "/" {
      closing = true
      cursor += 1
    }
    let nameStart = cursor
    while cursor < scalars.count,
      scalars[cursor].properties.isAlphabetic || (scalars[cursor] >= "0" && scalars[cursor] <= "9")
        || scalars[cursor] == "-" || scalars[cursor] == ":"
    {
      cursor += 1
    }
    guard cursor > nameStart, scalars[nameStart].properties.isAlphabetic else { return nil }
    let name = Document.string(from: scalars[nameStart..<cursor]).lowercased()
    var attributes: [String: String] = [:]
    var quote: Unicode.Scalar?
    var attributeStart = cursor
    let limit = min(scalars.count, cursor + Self.maxTagScan)
    while cursor < limit {
      let scalar = scalars[cursor]
      if let open = quote {
        if scalar == open { quote = nil }
      } else if scalar == "\"" || scalar == "'" {
        quote = scalar
      } else if scalar == ">" {
        break
      }
      cursor += 1
    }
    if cursor >= limit {
      cursor = attributeStart
      while cursor < scalars.count, scalars[cursor] != ">" { cursor += 1 }
      guard cursor < scalars.count else { return nil }
    }
    let selfClosing = cursor > attributeStart && scalars[cursor - 1] == "/"
    if name == "a" || name == "ul" || name == "ol" {
      attributes = Self.parseAttributes(scalars[attributeStart..<cursor])
    }
    attributeStart = cursor
    return Tag(
      name: name, closing: closing, selfClosing: selfClosing, attributes: attributes,
      end: cursor + 1)
  }

  /// `name="value"` pairs (only `href` and friends are needed).
  static func parseAttributes(_ slice: ArraySlice<Unicode.Scalar>) -> [String: String] {
    var result: [String: String] = [:]
    let text = Document.string(from: slice)
    var remainder = Substring(text)
    while let equals = remainder.firstIndex(of: "=") {
      let name =
        remainder[..<equals].split(whereSeparator: { $0.isWhitespace }).last
        .map { $0.lowercased() } ?? ""
      var rest = remainder[remainder.index(after: equals)...].drop(while: { $0.isWhitespace })
      var value: Substring
      if let quote = rest.first, quote == "\"" || quote == "'" {
        rest = rest.dropFirst()
        let close = rest.firstIndex(of: quote) ?? rest.endIndex
        value = rest[..<close]
        remainder = close < rest.endIndex ? rest[rest.index(after: close)...] : ""
      } else {
        let close = rest.firstIndex(where: { $0.isWhitespace || $0 == ">" }) ?? rest.endIndex
        value = rest[..<close]
        remainder = rest[close...]
      }
      result[name] = decodeEntities(String(value))
    }
    return result
  }

  static func decodeEntities(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    var view = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      if scalars[index] == "&", let (decoded, next) = HTMLEntities.decode(scalars, at: index) {
        view.append(decoded)
        index = next
      } else {
        view.append(scalars[index])
        index += 1
      }
    }
    return String(view)
  }

  /// Applies a tag; returns the index to continue from.
  mutating func handle(_ tag: Tag) -> Int {
    let name = tag.name
    if name == "title" && !tag.closing {
      let end = closingTag("title", from: tag.end)
      let raw = Document.string(from: scalars[tag.end..<end.contentEnd])
      let cleaned = Self.decodeEntities(raw).split(whereSeparator: { $0.isWhitespace })
        .joined(separator: " ")
      if title == nil, !cleaned.isEmpty { title = cleaned }
      return end.after
    }
    if Self.droppedElements.contains(name) && !tag.closing && !tag.selfClosing {
      return closingTag(name, from: tag.end).after
    }
    if name == "br" {
      builder.lineBreak()
      return tag.end
    }
    if name == "a" {
      if tag.closing {
        builder.closeLink()
      } else if let href = tag.attributes["href"], !href.hasPrefix("#"),
        !href.lowercased().hasPrefix("javascript:")
      {
        builder.openLink(href)
      } else {
        builder.openLink("")
      }
      return tag.end
    }
    guard Self.blockElements.contains(name) else {
      if name == "td" || name == "th" { builder.append(" ") }
      return tag.end
    }
    let blockCount = builder.output.blocks.count
    builder.endBlock(currentKind)
    if replyDepth > 0, builder.output.blocks.count > blockCount,
      let last = builder.output.blocks.last
    {
      depths[last.span.start] = replyDepth
    }
    if let span = builder.output.blocks.last?.span, let start = headingStart,
      span.start >= start, headingLevel == 1, firstHeading == nil, tag.closing,
      name == "h1"
    {
      firstHeading = span
    }
    let delta = tag.closing ? -1 : (tag.selfClosing ? 0 : 1)
    switch name {
    case "h1", "h2", "h3", "h4", "h5", "h6":
      if tag.closing {
        headingLevel = 0
        headingStart = nil
      } else {
        headingLevel = Int(String(name.dropFirst())) ?? 1
        headingStart = builder.output.scalars.count
      }
    case "blockquote": quoteDepth = max(0, quoteDepth + delta)
    case "li", "dd", "dt": listDepth = max(0, listDepth + delta)
    case "pre": preDepth = max(0, preDepth + delta)
    case "ul", "ol":
      if tag.closing {
        if replyLists.popLast() == true { replyDepth -= 1 }
      } else if !tag.selfClosing {
        let isReplies = tag.attributes["class"]?.split(separator: " ").contains("children") ?? false
        replyLists.append(isReplies)
        if isReplies { replyDepth += 1 }
      }
    default: break
    }
    return tag.end
  }

  /// Finds `</name>` from `start` (case-insensitive); content end and the index after it.
  func closingTag(_ name: String, from start: Int) -> (contentEnd: Int, after: Int) {
    let target = Array(name.unicodeScalars)
    var cursor = start
    while cursor + 1 + target.count < scalars.count {
      if scalars[cursor] == "<" && scalars[cursor + 1] == "/" {
        var matches = true
        for (offset, scalar) in target.enumerated() {
          let candidate = scalars[cursor + 2 + offset].properties.lowercaseMapping
          if candidate != String(scalar) {
            matches = false
            break
          }
        }
        if matches {
          var end = cursor + 2 + target.count
          while end < scalars.count, scalars[end] != ">" { end += 1 }
          return (cursor, min(end + 1, scalars.count))
        }
      }
      cursor += 1
    }
    return (scalars.count, scalars.count)
  }
}
