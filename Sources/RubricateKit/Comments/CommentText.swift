/// One word of a comment or post, normalised for comparison.
struct CommentToken: Sendable, Equatable {
  /// The word's span in its document (without leading or trailing apostrophes and hyphens).
  var span: Span
  /// Lower-cased, with curly apostrophes straightened.
  var word: String
  /// ``CommentStemmer`` applied to ``word`` (possessive `'s` removed first).
  var stem: String
  /// Whether the word carries content: not a stop word, not commenting vocabulary, not a number.
  var isContent: Bool
}

/// Turns text into ``CommentToken``s, using the shared ``WordTokenizer``.
enum CommentText {
  /// Stems of ``CommentVocabulary/metaWords``.
  static let metaStems: Set<String> = Set(CommentVocabulary.metaWords.map(stemForm))

  /// The tokens of every span, in order.
  static func tokens(in document: Document, spans: [Span]) -> [CommentToken] {
    var result: [CommentToken] = []
    let scalars = document.scalars
    for span in spans {
      for wordSpan in WordTokenizer.words(in: document, span: span) {
        var lower = wordSpan.start
        var upper = wordSpan.end
        while lower < upper, isEdgeMark(scalars[lower]) { lower += 1 }
        while upper > lower, isEdgeMark(scalars[upper - 1]) { upper -= 1 }
        guard upper > lower else { continue }
        let trimmed = Span(lower, upper)
        let word = normalised(scalars[trimmed.range])
        let stem = stemForm(word)
        result.append(
          CommentToken(
            span: trimmed, word: word, stem: stem,
            isContent: isContentWord(word: word, stem: stem, scalars: scalars[trimmed.range])))
      }
    }
    return result
  }

  /// Lower-cases a word and straightens its apostrophes.
  static func normalised(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    var view = String.UnicodeScalarView()
    for scalar in scalars {
      let value = scalar.value
      if value >= 0x41 && value <= 0x5A {
        view.append(Unicode.Scalar(value + 0x20) ?? scalar)
      } else if value < 0x80 {
        view.append(scalar)
      } else if scalar == "’" || scalar == "‘" || scalar == "ʼ" || scalar == "′" {
        view.append("'")
      } else if scalar == "‐" || scalar == "‑" {
        view.append("-")
      } else {
        view.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
      }
    }
    return String(view)
  }

  /// The stem of a normalised word: possessive removed, then ``CommentStemmer``.
  static func stemForm(_ word: String) -> String {
    var base = word
    if base.hasSuffix("'s") {
      base.removeLast(2)
    } else if base.hasSuffix("'") {
      base.removeLast()
    }
    return CommentStemmer.stem(base)
  }

  /// Normalised words of a plain string (for phrase tables).
  static func words(of text: String) -> [String] {
    let document = Document(text: text)
    return tokens(in: document, spans: [document.fullSpan]).map(\.word)
  }

  private static func isContentWord(
    word: String, stem: String, scalars: ArraySlice<Unicode.Scalar>
  ) -> Bool {
    guard scalars.contains(where: { $0.properties.isAlphabetic }) else { return false }
    if CommentVocabulary.stopWords.contains(word) { return false }
    if word.count < 2 { return false }
    return !metaStems.contains(stem)
  }

  private static func isEdgeMark(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "'" || scalar == "’" || scalar == "‘" || scalar == "-" || scalar == "‐"
  }
}
