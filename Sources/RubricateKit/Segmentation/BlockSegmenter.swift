/// Segments text extracted from markup (Markdown, HTML, WordPress content), where the markup
/// already said which block is a heading, a list item, a quotation or code.
enum BlockSegmenter {
  /// Segments `derived` (whose text is `document`); `format` prefixes the rule ids
  /// (`markdown.heading`, `html.blockquote`).
  static func segment(_ derived: DerivedText, document: Document, format: String)
    -> PageSegmentation
  {
    var page = PageSegmentation()
    var blocks = derived.blocks[...]
    if let first = blocks.first {
      if first.kind == .title {
        page.title = document.text(of: first.span)
        page.segments.append(Segment(kind: .title, span: first.span, rule: "\(format).title"))
        blocks = blocks.dropFirst()
      } else if case .heading(let level) = first.kind,
        isTopHeading(level, among: blocks.dropFirst())
      {
        // A leading heading that outranks every other one names the post (an `<h1>`, or the
        // `<h2>` a Canvas text entry starts with).
        page.title = document.text(of: first.span)
        page.segments.append(
          Segment(
            kind: .title, span: first.span,
            rule: level == 1 ? "\(format).h1" : "\(format).top-heading"))
        blocks = blocks.dropFirst()
      }
    }
    let spans = blocks.map(\.span)
    let references = BlogPageSegmenter.referenceList(in: document, paragraphs: spans)
    page.segments += references.segments
    for block in blocks.prefix(references.first) {
      switch block.kind {
      case .heading, .title:
        page.segments.append(Segment(kind: .heading, span: block.span, rule: "\(format).heading"))
      case .blockquote:
        page.quotes.append(block.span)
        page.segments.append(
          Segment(kind: .blockquote, span: block.span, rule: "\(format).blockquote"))
      case .code:
        page.segments.append(Segment(kind: .boilerplate, span: block.span, rule: "\(format).code"))
      case .listItem:
        page.body.append(block.span)
        page.segments.append(
          Segment(kind: .listItem, span: block.span, rule: "\(format).list-item"))
      case .paragraph:
        page.body.append(block.span)
        page.segments.append(Segment(kind: .body, span: block.span, rule: "\(format).paragraph"))
      }
    }
    page.segments.sort { $0.span < $1.span }
    return page
  }

  static func isTopHeading(_ level: Int, among blocks: ArraySlice<DerivedText.Block>) -> Bool {
    !blocks.contains { block in
      if case .heading(let other) = block.kind { return other <= level }
      return false
    }
  }
}
