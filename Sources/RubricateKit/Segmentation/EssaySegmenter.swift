/// Segments a plain essay: an optional title line, body paragraphs and a reference list.
public enum EssaySegmenter {
  /// A first paragraph this short, on one line and without closing punctuation, is a title.
  static let maxTitleWords = 15
  static let sentenceEnders: Set<Unicode.Scalar> = [".", "!", "?", ":", ";", ",", "\u{201D}", "\""]

  /// Segments `document` as an essay.
  public static func segment(_ document: Document) -> PageSegmentation {
    var page = PageSegmentation()
    var paragraphs = document.paragraphs()
    if paragraphs.count >= 2, let first = paragraphs.first, isTitle(first, in: document) {
      page.title = document.text(of: first)
      page.segments.append(Segment(kind: .title, span: first, rule: "title.essay-first-line"))
      paragraphs.removeFirst()
    }
    let references = BlogPageSegmenter.referenceList(in: document, paragraphs: paragraphs)
    page.segments += references.segments
    for paragraph in paragraphs.prefix(references.first) {
      page.body.append(paragraph)
      page.segments.append(Segment(kind: .body, span: paragraph, rule: "body.paragraph"))
    }
    page.segments.sort { $0.span < $1.span }
    return page
  }

  static func isTitle(_ span: Span, in document: Document) -> Bool {
    guard span.length <= PageLine.maxRuleLength else { return false }
    let scalars = document.scalars[span.range]
    guard !scalars.contains("\n"), let last = scalars.last, !sentenceEnders.contains(last) else {
      return false
    }
    var words = 0
    var inWord = false
    for scalar in scalars {
      let space = scalar.properties.isWhitespace
      if !space && !inWord { words += 1 }
      inWord = !space
    }
    return words <= maxTitleWords
  }
}
