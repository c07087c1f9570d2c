/// Turns a WordPress export into one submission per published post and approved comment.
enum WXRReader {
  /// Comment types that are not peer comments (WordPress `comment_type`).
  static let skippedCommentTypes: Set<String> = ["pingback", "trackback"]

  /// WordPress shortcodes whose tags (not their inner text) are dropped from content: core's
  /// `[caption]`, `[gallery]`, `[embed]`, `[audio]`, `[video]`, `[playlist]` and the
  /// WordPress.com embeds students use.
  static let shortcodes: Set<String> = [
    "caption", "wp_caption", "gallery", "embed", "audio", "video", "playlist", "youtube",
    "vimeo", "soundcloud", "tweet", "googlemaps", "slideshow", "contact-form", "polldaddy",
  ]
  /// A shortcode tag longer than this is text.
  static let maxShortcodeLength = 1000

  /// Removes shortcode tags in one pass (each `[` looks ahead a bounded distance).
  static func stripShortcodes(_ text: String) -> String { stripShortcodesKeeping(text).text }

  /// The text without shortcode tags, and for each scalar kept its offset in `text`.
  static func stripShortcodesKeeping(_ text: String) -> (text: String, kept: [Int]) {
    let scalars = Array(text.unicodeScalars)
    var output: [Unicode.Scalar] = []
    output.reserveCapacity(scalars.count)
    var kept: [Int] = []
    kept.reserveCapacity(scalars.count)
    var index = 0
    while index < scalars.count {
      if scalars[index] == "[", let end = shortcodeEnd(scalars, at: index) {
        index = end
        continue
      }
      output.append(scalars[index])
      kept.append(index)
      index += 1
    }
    // Building the String once: appending scalar by scalar to a `UnicodeScalarView` cost a
    // thousand instructions a scalar.
    return (output.count == scalars.count ? text : Document.string(from: output[...]), kept)
  }

  static func shortcodeEnd(_ scalars: [Unicode.Scalar], at index: Int) -> Int? {
    var cursor = index + 1
    if cursor < scalars.count, scalars[cursor] == "/" { cursor += 1 }
    let nameStart = cursor
    while cursor < scalars.count,
      scalars[cursor].properties.isAlphabetic || scalars[cursor] == "_" || scalars[cursor] == "-"
    {
      cursor += 1
    }
    let name = Document.string(from: scalars[nameStart..<cursor]).lowercased()
    guard shortcodes.contains(name) else { return nil }
    let limit = min(scalars.count, index + maxShortcodeLength)
    while cursor < limit, scalars[cursor] != "]" { cursor += 1 }
    return cursor < limit ? cursor + 1 : nil
  }

  static func read(_ text: String, name: String) throws -> [Submission] {
    let export = try WXRExport.parse(text, file: name)
    let source = XMLSourceAlignment(Array(text.unicodeScalars))
    var result: [Submission] = []
    for item in export.items where item.type == "post" && item.status == "publish" {
      let postId = "\(name)#post-\(item.id)"
      let stripped = stripShortcodesKeeping(item.content)
      var content = HTMLText.extract(stripped.text, autoParagraphs: true).derived
      content.mapOrigins(
        through: source.origins(of: item.content, at: item.contentPlace), kept: stripped.kept)
      let title = cleanedTitle(item.title)
      let derived = content.prepending(
        title: title, origins: source.origins(of: title, at: item.titlePlace))
      let document = derived.document(name: name, lines: source.lines)
      let page = BlockSegmenter.segment(derived, document: document, format: "wxr")
      let written = item.postDate.isEmpty ? item.date : item.postDate
      let date = WrittenDate.find(in: written)
      let author = export.displayNames[item.creator] ?? (item.creator.isEmpty ? nil : item.creator)
      result.append(
        Submission(
          id: postId, kind: .post, document: document,
          title: item.title.isEmpty ? nil : item.title, author: author, date: date?.iso,
          dateText: written.isEmpty ? nil : written, segments: page.segments, body: page.body,
          quotes: page.quotes, links: derived.links))
      let approved = item.comments.filter {
        $0.approved == "1" && !skippedCommentTypes.contains($0.type.lowercased())
      }
      let known = Set(approved.map(\.id))
      for comment in approved {
        var commentText = HTMLText.extract(comment.content, autoParagraphs: true).derived
        commentText.mapOrigins(
          through: source.origins(of: comment.content, at: comment.contentPlace))
        let commentDocument = commentText.document(name: name, lines: source.lines)
        let body = commentText.blocks.map(\.span)
        let commentDate = WrittenDate.find(in: comment.date)
        let parent =
          comment.parent != "0" && known.contains(comment.parent)
          ? "\(name)#comment-\(comment.parent)" : nil
        result.append(
          Submission(
            id: "\(name)#comment-\(comment.id)", kind: .comment, document: commentDocument,
            author: comment.author.isEmpty ? nil : comment.author, date: commentDate?.iso,
            dateText: comment.date.isEmpty ? nil : comment.date, post: postId, parent: parent,
            segments: body.map { Segment(kind: .comment, span: $0, rule: "wxr.comment") },
            body: body, links: commentText.links))
      }
    }
    return result
  }

  /// A title with its white space collapsed, as it stands at the top of the post.
  static func cleanedTitle(_ title: String) -> String {
    title.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }
}

extension DerivedText {
  /// Re-bases ``origins`` from the text the reader was given onto the export: `kept` maps
  /// that text to the element's text (shortcodes stripped), `elementOrigins` the element's
  /// text to the export. Without `elementOrigins` nothing is known of the export.
  mutating func mapOrigins(through elementOrigins: [Int]?, kept: [Int]? = nil) {
    guard let elementOrigins else {
      origins = Array(repeating: -1, count: scalars.count)
      return
    }
    origins = origins.map { origin in
      guard origin >= 0 else { return -1 }
      let inElement = kept.map { origin < $0.count ? $0[origin] : -1 } ?? origin
      return inElement >= 0 && inElement < elementOrigins.count ? elementOrigins[inElement] : -1
    }
  }

  /// The same text with `title` (already cleaned) as a first block, every span shifted after
  /// it; `origins` says where the title's scalars are in the export.
  func prepending(title: String, origins titleOrigins: [Int]? = nil) -> DerivedText {
    let cleaned = WXRReader.cleanedTitle(title)
    guard !cleaned.isEmpty else { return self }
    let head = Array(cleaned.unicodeScalars)
    let shift = head.count + (scalars.isEmpty ? 0 : 2)
    var result = DerivedText()
    result.scalars = head + (scalars.isEmpty ? [] : ["\n", "\n"]) + scalars
    let headOrigins =
      titleOrigins.flatMap { $0.count == head.count ? $0 : nil }
      ?? Array(repeating: -1, count: head.count)
    result.origins = headOrigins + (scalars.isEmpty ? [] : [-1, -1]) + origins
    result.blocks =
      [Block(kind: .title, span: Span(0, head.count))]
      + blocks.map { Block(kind: $0.kind, span: Span($0.span.start + shift, $0.span.end + shift)) }
    result.links = links.map {
      Link(url: $0.url, span: Span($0.span.start + shift, $0.span.end + shift))
    }
    return result
  }
}
