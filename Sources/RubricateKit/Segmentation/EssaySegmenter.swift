import Foundation

/// Segments a plain essay: an optional title line, body paragraphs and a reference list.
public enum EssaySegmenter {
  /// A first paragraph this short, on one line and without closing punctuation, is a title.
  static let maxTitleWords = 15
  /// Letter openings that are not titles (seen on the first lines of school essays and letters).
  static let salutations: [String] = [
    "dear", "to:", "to the ", "to whom", "hello", "hi ", "hi,", "greetings", "attn", "attention",
  ]
  /// The salutations as whole keys (trimmed once here rather than on every essay).
  static let wholeSalutations = salutations.map { $0.trimmingCharacters(in: .whitespaces) }
  /// Closing punctuation that makes a first line a sentence. A question mark does not: essay
  /// and post titles are often questions (`Should Cities Ban Cars?`).
  static let sentenceEnders: Set<Unicode.Scalar> = [".", "!", ":", ";", ",", "\u{201D}", "\""]

  /// Segments `document` as an essay.
  public static func segment(_ document: Document) -> PageSegmentation {
    var page = PageSegmentation()
    var paragraphs = document.contentParagraphs()
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

  /// `2-23-11`, `3/4/24`: digits and separators only.
  static func isNumericDate(_ key: String) -> Bool {
    key.unicodeScalars.allSatisfy { ($0 >= "0" && $0 <= "9") || "-/. ".unicodeScalars.contains($0) }
  }

  static func isTitle(_ span: Span, in document: Document) -> Bool {
    guard span.length <= PageLine.maxRuleLength else { return false }
    let scalars = document.scalars[span.range]
    guard !scalars.contains("\n"), let last = scalars.last, !sentenceEnders.contains(last) else {
      return false
    }
    let key = PageLine.normalise(Document.string(from: scalars))
    if key == "to" || key == "to the" || wholeSalutations.contains(key)
      || salutations.contains(where: { key.hasPrefix($0) })
      || WrittenDate.whole(key) != nil || isNumericDate(key)
    {
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
