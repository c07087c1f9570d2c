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
  /// Classes WordPress themes give the post's `<h1>` (classic themes, then block themes), so the
  /// post's title wins over a site title that Twenty Fourteen also prints as `<h1>`.
  static let postTitleClasses: Set<String> = ["entry-title", "wp-block-post-title"]
  /// A quoted attribute value longer than this is treated as broken markup.
  static let maxTagScan = 4096

  /// What was extracted, plus the page's `<title>` and first `<h1>`.
  struct Result {
    var derived: DerivedText
    var title: String?
    var firstHeading: Span?
    /// Whether ``firstHeading`` is marked up as a WordPress post's title (`h1.entry-title`).
    var headingIsPostTitle = false
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
  /// The first `<h1>` whose class names it the post's title, and whether the open `<h1>` does.
  var postTitleHeading: Span?
  var headingIsPostTitle = false
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
      builder.source = index
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
        if !scalar.isSpace { newlines = 0 }
        builder.append(scalar)
      }
      index += 1
    }
    let derived = builder.finish(currentKind)
    return Result(
      derived: derived, title: title, firstHeading: postTitleHeading ?? firstHeading,
      headingIsPostTitle: postTitleHeading != nil, depths: depths)
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
      if name == "td" || name == "th" {
        builder.source = -1
        builder.append(" ")
      }
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
    if let span = builder.output.blocks.last?.span, let start = headingStart,
      span.start >= start, headingLevel == 1, headingIsPostTitle, postTitleHeading == nil,
      tag.closing, name == "h1"
    {
      postTitleHeading = span
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
        headingIsPostTitle =
          tag.attributes["class"]?.split(separator: " ").contains {
            Self.postTitleClasses.contains(String($0))
          } ?? false
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
}
