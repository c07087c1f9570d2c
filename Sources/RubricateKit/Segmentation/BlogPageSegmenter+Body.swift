extension BlogPageSegmenter {
  /// Body-region lines longer than this are prose even if they open like a meta line
  /// (`Tagged as a troublemaker, she …`).
  static let maxFurnitureWordsInBody = 20
  /// A whole-paragraph quotation must be at least this long to be read as a block quote
  /// rather than a line of dialogue.
  static let minQuotedParagraphWords = 12

  /// Reads paragraphs until the first line that starts the page's tail (sharing widgets,
  /// comment heading, a comment); classifies them as body, block quote or reference.
  /// Returns the index of the first tail line.
  static func readBody(
    _ lines: [PageLine], from start: Int, document: Document, quoteHints: [Span],
    headingHints: [Span] = [], page: inout PageSegmentation
  ) -> Int {
    var blocks: [Range<Int>] = []
    var runStart: Int?
    var index = start
    while index < lines.count {
      let line = lines[index]
      if line.isBlank {
        if let first = runStart { blocks.append(first..<index) }
        runStart = nil
      } else if let rule = BoilerplateRules.rule(for: line.key), rule.strength == .inline {
        if let first = runStart { blocks.append(first..<index) }
        runStart = nil
        page.segments.append(Segment(kind: .boilerplate, span: line.span, rule: rule.id))
      } else if isTailStart(lines, index) {
        break
      } else if runStart == nil {
        runStart = index
      }
      index += 1
    }
    if let first = runStart { blocks.append(first..<index) }
    if let meta = PostMeta.trailing(lines, in: start..<index),
      let first = meta.lines.first?.index
    {
      // The post meta under the post (block themes, Twenty Fourteen's tags): furniture that
      // gives the date and author, and no part of the last paragraph or reference entry.
      blocks = blocks.compactMap { block in
        block.lowerBound >= first ? nil : block.lowerBound..<min(block.upperBound, first)
      }
      record(meta, lines: lines, page: &page)
    }
    classify(
      blocks, lines: lines, document: document, quoteHints: quoteHints,
      headingHints: headingHints, page: &page)
    return index
  }

  /// Adds a post-meta run's lines as furniture, and its date and author when the page has
  /// none yet.
  static func record(_ meta: PostMeta, lines: [PageLine], page: inout PageSegmentation) {
    for item in meta.lines {
      page.segments.append(
        Segment(kind: .boilerplate, span: lines[item.index].span, rule: item.rule))
    }
    if page.date == nil { page.date = meta.date }
    if page.author == nil { page.author = meta.author }
  }

  static func isTailStart(_ lines: [PageLine], _ index: Int) -> Bool {
    let line = lines[index]
    guard line.key != nil else { return false }
    if let rule = BoilerplateRules.rule(for: line.key), rule.strength == .strong,
      line.wordCount <= maxFurnitureWordsInBody
    {
      return true
    }
    if CommentRules.heading(line.key) != nil { return true }
    if Dateline.footerByline(line) != nil { return true }
    return CommentHeader.parse(lines, at: index, requireDate: true, requireTime: true) != nil
  }

  static func classify(
    _ blocks: [Range<Int>], lines: [PageLine], document: Document, quoteHints: [Span],
    headingHints: [Span], page: inout PageSegmentation
  ) {
    let spans = blocks.map {
      Span(lines[$0.lowerBound].span.start, lines[$0.upperBound - 1].span.end)
    }
    let minIndent = blocks.map { lines[$0.lowerBound].indent }.min() ?? 0
    var quoteRules: [String?] = []
    for (block, span) in zip(blocks, spans) {
      quoteRules.append(
        quoteRule(
          block, span: span, lines: lines, document: document, quoteHints: quoteHints,
          minIndent: minIndent))
    }
    if quoteRules.allSatisfy({ $0 == "quote.indent" }) {
      quoteRules = quoteRules.map { $0 == "quote.indent" ? nil : $0 }
    }
    let references = referenceList(in: document, paragraphs: spans)
    let firstReference = references.first
    page.segments += references.segments
    for (position, span) in spans.enumerated() where position < firstReference {
      if let rule = quoteRules[position] {
        page.quotes.append(span)
        page.segments.append(Segment(kind: .blockquote, span: span, rule: rule))
      } else if headingHints.contains(where: { $0.overlaps(span) }) {
        page.segments.append(Segment(kind: .heading, span: span, rule: "html.heading"))
      } else if position + 1 < firstReference, blocks[position].count == 1,
        isSubheading(lines[blocks[position].lowerBound])
      {
        page.segments.append(Segment(kind: .heading, span: span, rule: "heading.short-line"))
      } else {
        page.body.append(span)
        page.segments.append(Segment(kind: .body, span: span, rule: "body.paragraph"))
      }
    }
  }

  /// A subheading in a scraped body is a short capitalised line without closing punctuation
  /// (themes print `<h2>` as a line of its own).
  static let maxSubheadingWords = 10
  static let headingEnders: Set<Unicode.Scalar> = [
    ".", "!", "?", ";", ",", "\u{201D}", "\"", ")", "\u{2026}",
  ]

  static func isSubheading(_ line: PageLine) -> Bool {
    guard let text = line.text, let first = text.unicodeScalars.first,
      let last = text.unicodeScalars.last, line.wordCount <= maxSubheadingWords
    else { return false }
    return (first.properties.isUppercase || (first >= "0" && first <= "9"))
      && !headingEnders.contains(last)
  }

  /// The reference list among `paragraphs`: the index of its first paragraph (or the count
  /// when there is none) and its heading and entry segments, from ``ReferenceListDetector``.
  static func referenceList(in document: Document, paragraphs: [Span]) -> (
    first: Int, segments: [Segment]
  ) {
    var segments: [Segment] = []
    if let list = ReferenceListDetector.detect(in: document, paragraphs: paragraphs) {
      if let heading = list.heading {
        segments.append(Segment(kind: .referencesHeading, span: heading, rule: list.rule))
      }
      for entry in list.entries {
        segments.append(Segment(kind: .reference, span: entry, rule: list.rule))
      }
      return (list.firstParagraph, segments)
    }
    return (paragraphs.count, [])
  }

  /// The rule that makes a paragraph a block quotation, or nil for the writer's own prose.
  static func quoteRule(
    _ block: Range<Int>, span: Span, lines: [PageLine], document: Document, quoteHints: [Span],
    minIndent: Int
  ) -> String? {
    if quoteHints.contains(where: { $0.overlaps(span) }) { return "html.blockquote" }
    if lines[block].allSatisfy({ document.scalars[$0.span.start] == ">" }) {
      return "quote.marker"
    }
    if lines[block].allSatisfy({ $0.indent >= minIndent + 4 }) { return "quote.indent" }
    return isQuotedParagraph(span, lines: lines[block], document: document)
      ? "quote.quoted-paragraph" : nil
  }

  static let openingQuotes: Set<Unicode.Scalar> = ["\u{201C}", "\""]
  static let closingQuotes: Set<Unicode.Scalar> = ["\u{201D}", "\""]
  static let attributionDashes: Set<Unicode.Scalar> = ["\u{2014}", "\u{2015}", "\u{2013}", "-"]

  /// A paragraph that is one quotation (`“…”`), optionally with an attribution line (`— Name`).
  static func isQuotedParagraph(
    _ span: Span, lines: ArraySlice<PageLine>, document: Document
  ) -> Bool {
    let scalars = document.scalars
    guard openingQuotes.contains(scalars[span.start]) else { return false }
    var end = span.end
    if lines.count > 1, let last = lines.last,
      attributionDashes.contains(scalars[last.span.start])
    {
      end = lines[lines.index(before: lines.endIndex) - 1].span.end
    }
    var probe = end - 1
    while probe > span.start, ".,".unicodeScalars.contains(scalars[probe]) { probe -= 1 }
    guard probe > span.start, closingQuotes.contains(scalars[probe]) else { return false }
    var words = 0
    var inWord = false
    for offset in span.start..<end {
      let isSpace = scalars[offset].properties.isWhitespace
      if !isSpace && !inWord { words += 1 }
      inWord = !isSpace
    }
    return words >= minQuotedParagraphWords
  }
}
