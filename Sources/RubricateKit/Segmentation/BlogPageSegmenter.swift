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
    segment(
      document, lines: PageLine.lines(of: document), quoteHints: quoteHints,
      headingHints: headingHints, titleHint: titleHint, depthHints: depthHints)
  }

  /// Segments `document` split into `lines` already (by the shape check that chose this
  /// segmenter).
  static func segment(
    _ document: Document, lines: [PageLine], quoteHints: [Span] = [], headingHints: [Span] = [],
    titleHint: Span? = nil, depthHints: [Int: Int] = [:]
  ) -> PageSegmentation {
    var lines = lines
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
    var seenDateline = false
    while let current = nextContent(lines, index), seen < maxHeaderLines {
      let line = lines[current]
      if let hint = titleHint, !haveTitle, line.span.end <= hint.start {
        if let meta = Dateline.parse(line), meta.date != nil, meta.author != nil {
          // Twenty Seventeen prints the entry meta (`Posted on … by …`) above the title.
          page.segments.append(Segment(kind: .dateline, span: line.span, rule: meta.rule))
          if page.date == nil { page.date = meta.date }
          if page.author == nil { page.author = meta.author }
        } else {
          page.segments.append(
            Segment(kind: .boilerplate, span: line.span, rule: "page.before-title"))
        }
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
        seenDateline = true
        page.segments.append(Segment(kind: .dateline, span: line.span, rule: meta.rule))
        if page.date == nil { page.date = meta.date }
        if page.author == nil { page.author = meta.author }
      } else if let rule = BoilerplateRules.rule(for: line.key) {
        page.segments.append(Segment(kind: .boilerplate, span: line.span, rule: rule.id))
      } else if haveTitle, !seenDateline, titleHint == nil,
        let dateline = datelineAhead(lines, from: current),
        let titleIndex = page.segments.lastIndex(where: { $0.kind == .title })
      {
        // The site's name and tagline came first; the post's title sits on the dateline.
        page.segments[titleIndex].kind = .boilerplate
        page.segments[titleIndex].rule = "page.site-header"
        var candidates: [Int] = []
        var cursor = current
        while cursor < dateline {
          if !lines[cursor].isBlank {
            if let rule = BoilerplateRules.rule(for: lines[cursor].key) {
              page.segments.append(
                Segment(kind: .boilerplate, span: lines[cursor].span, rule: rule.id))
            } else {
              candidates.append(cursor)
            }
          }
          cursor += 1
        }
        if let last = candidates.popLast() {
          page.title = lines[last].text
          page.segments.append(
            Segment(kind: .title, span: lines[last].span, rule: "title.before-dateline"))
        }
        for candidate in candidates {
          page.segments.append(
            Segment(kind: .boilerplate, span: lines[candidate].span, rule: "page.site-header"))
        }
        index = dateline
        continue
      } else if seenDateline, let meta = PostMeta.read(lines, from: current, mode: .header) {
        // Twenty Twenty-Four prints `— by Author in Category` after the date, a block each.
        for item in meta.lines {
          page.segments.append(
            Segment(kind: .boilerplate, span: lines[item.index].span, rule: item.rule))
        }
        if page.author == nil { page.author = meta.author }
        index = meta.end
        continue
      } else {
        return current
      }
      seen += 1
      index = current + 1
    }
    return index
  }

  /// How far ahead a dateline may sit behind a site name, tagline and menu lines.
  static let maxSiteHeaderLines = 5

  /// The index of a dated dateline within the next few short lines from `start`, if every
  /// line before it is short enough to be site furniture or a title.
  static func datelineAhead(_ lines: [PageLine], from start: Int) -> Int? {
    var cursor = start
    var seen = 0
    while let next = nextContent(lines, cursor), seen < maxSiteHeaderLines {
      if Dateline.parse(lines[next])?.date != nil { return next }
      guard isTitleLike(lines[next]) else { return nil }
      seen += 1
      cursor = next + 1
    }
    return nil
  }

  static func isTitleLike(_ line: PageLine) -> Bool {
    guard let text = line.text, !text.isEmpty else { return false }
    return line.wordCount <= maxTitleWords && CommentRules.heading(line.key) == nil
      && !text.hasSuffix(",")
  }
}
