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
  /// `stem.hashValue`, computed once per distinct word (for word-sequence hashes).
  var stemHash: Int
}

/// Turns text into ``CommentToken``s, using the shared ``WordTokenizer``.
enum CommentText {
  /// Stems of ``CommentVocabulary/metaWords``.
  static let metaStems: Set<String> = Set(CommentVocabulary.metaWords.map(stemForm))

  /// The stem of each word seen so far and whether it is a content word, so that each distinct
  /// word is stemmed and looked up once.
  typealias Memo = [String: (stem: String, isContent: Bool, stemHash: Int)]

  /// The tokens of every span, in order.
  static func tokens(in document: Document, spans: [Span]) -> [CommentToken] {
    var memo = Memo(minimumCapacity: spans.reduce(0) { $0 + $1.length } / 12)
    return tokens(in: document, spans: spans, memo: &memo)
  }

  /// The tokens of every span, in order, reusing and extending `memo`.
  static func tokens(in document: Document, spans: [Span], memo: inout Memo) -> [CommentToken] {
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
        let known: (stem: String, isContent: Bool, stemHash: Int)
        if let seen = memo[word] {
          known = seen
        } else {
          let stem = stemForm(word)
          known = (stem, isContentWord(word: word, stem: stem), stem.hashValue)
          memo[word] = known
        }
        result.append(
          CommentToken(
            span: trimmed, word: word, stem: known.stem, isContent: known.isContent,
            stemHash: known.stemHash))
      }
    }
    return result
  }

  /// Lower-cases a word and straightens its apostrophes.
  static func normalised(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    if scalars.allSatisfy({ $0.value < 0x80 }) {
      return String(
        unsafeUninitializedCapacity: scalars.count,
        initializingUTF8With: { buffer in
          var index = 0
          for scalar in scalars {
            let value = UInt8(truncatingIfNeeded: scalar.value)
            buffer[index] = value >= 0x41 && value <= 0x5A ? value + 0x20 : value
            index += 1
          }
          return index
        })
    }
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

  private static func isContentWord(word: String, stem: String) -> Bool {
    guard word.unicodeScalars.contains(where: \.isLetter) else { return false }
    if CommentVocabulary.stopWords.contains(word) { return false }
    if word.count < 2 { return false }
    return !metaStems.contains(stem)
  }

  private static func isEdgeMark(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "'" || scalar == "’" || scalar == "‘" || scalar == "-" || scalar == "‐"
  }
}
