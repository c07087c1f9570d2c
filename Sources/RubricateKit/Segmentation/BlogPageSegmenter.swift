/// Takes a scraped blog page apart: title, dateline, body, block quotes, references, comments
/// and boilerplate. Works line by line over the whole document in one pass (plus the reference
/// detector), so huge inputs stay linear.
public enum BlogPageSegmenter {
  /// How many non-blank lines after the title may still be dateline or meta lines.
  static let maxHeaderLines = 6
  /// A title is a short line; longer first lines are prose.
  static let maxTitleWords = 25

  /// Segments `document` as a blog page. `quoteHints` are spans already known to be block
  /// quotations (from HTML), `titleHint` a title already known (HTML `<h1>`).
  /// `depthHints` gives the reply depth of lines (by start offset) when markup showed it.
  public static func segment(
    _ document: Document, quoteHints: [Span] = [], headingHints: [Span] = [],
    titleHint: Span? = nil, depthHints: [Int: Int] = [:]
  ) -> PageSegmentation {
    var lines = PageLine.lines(of: document)
    if !depthHints.isEmpty {
      for index in lines.indices {
        if let depth = depthHints[lines[index].span.start] { lines[index].indent += 4 * depth }
      }
    }
    var page = PageSegmentation()
    var index = readHeader(lines, document: document, titleHint: titleHint, page: &page)
    index = readBody(
      lines, from: index, document: document, quoteHints: quoteHints, headingHints: headingHints,
      page: &page)
    readTail(lines, from: index, document: document, page: &page)
    page.segments.sort { $0.span < $1.span }
    return page
  }

  /// The next non-blank line at or after `index`.
  static func nextContent(_ lines: [PageLine], _ index: Int) -> Int? {
    var cursor = index
    while cursor < lines.count {
      if !lines[cursor].isBlank { return cursor }
      cursor += 1
    }
    return nil
  }

  // MARK: Header

  /// Reads the title, datelines and meta lines; returns the index of the first body line.
  static func readHeader(
    _ lines: [PageLine], document: Document, titleHint: Span?, page: inout PageSegmentation
  ) -> Int {
    var index = 0
    var seen = 0
    var haveTitle = false
    while let current = nextContent(lines, index), seen < maxHeaderLines {
      let line = lines[current]
      if let hint = titleHint, !haveTitle, line.span.end <= hint.start {
        page.segments.append(
          Segment(kind: .boilerplate, span: line.span, rule: "page.before-title"))
        index = current + 1
        continue
      } else if let hint = titleHint, !haveTitle, line.span.overlaps(hint) {
        haveTitle = true
        page.title = line.text ?? document.text(of: line.span)
        page.segments.append(Segment(kind: .title, span: line.span, rule: "html.h1"))
      } else if !haveTitle && isTitleLike(line) && WrittenDate.whole(line.text ?? "") == nil
        && BoilerplateRules.rule(for: line.key) == nil
      {
        haveTitle = true
        page.title = line.text
        page.segments.append(Segment(kind: .title, span: line.span, rule: "title.first-line"))
      } else if let meta = Dateline.parse(line) {
        page.segments.append(Segment(kind: .dateline, span: line.span, rule: meta.rule))
        if page.date == nil { page.date = meta.date }
        if page.author == nil { page.author = meta.author }
      } else if let rule = BoilerplateRules.rule(for: line.key) {
        page.segments.append(Segment(kind: .boilerplate, span: line.span, rule: rule.id))
      } else {
        return current
      }
      seen += 1
      index = current + 1
    }
    return index
  }

  static func isTitleLike(_ line: PageLine) -> Bool {
    guard let text = line.text, !text.isEmpty else { return false }
    return line.wordCount <= maxTitleWords && CommentRules.heading(line.key) == nil
      && !text.hasSuffix(",")
  }
}
