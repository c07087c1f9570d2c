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
  /// The first and last bytes and the length of ``word`` and of ``stem`` (for ``WordSet``s).
  var wordEnds: WordEnds
  var stemEnds: WordEnds
}

/// Turns text into ``CommentToken``s, using the shared ``WordTokenizer``.
enum CommentText {
  /// Stems of ``CommentVocabulary/metaWords``.
  static let metaStems = WordSet(CommentVocabulary.metaWords.map(stemForm))

  /// What a distinct word's tokens share: computed once per word.
  struct Known {
    var stem: String
    var isContent: Bool
    var stemHash: Int
    var wordEnds: WordEnds
    var stemEnds: WordEnds

    /// What is known of a normalised word.
    init(_ word: String) {
      stem = stemForm(word)
      wordEnds = WordEnds(word)
      stemEnds = WordEnds(stem)
      isContent = isContentWord(word: word, wordEnds: wordEnds, stem: stem, stemEnds: stemEnds)
      stemHash = stem.hashValue
    }
  }

  /// The stem of each word seen so far and whether it is a content word, so that each distinct
  /// word is stemmed and looked up once.
  typealias Memo = [String: Known]

  /// What is known of the most frequent English words (``TermWeights/englishWords``) and the
  /// stop words, worked out once: most words of any text are among them, and then no text
  /// needs to stem them again.
  static let commonWords: [String: Known] = {
    var table: [String: Known] = [:]
    table.reserveCapacity(TermWeights.englishWords.count + CommentVocabulary.stopWords.words.count)
    for word in TermWeights.englishWords.map(\.word) + CommentVocabulary.stopWords.words.sorted()
    where table[word] == nil {
      table[word] = Known(word)
    }
    return table
  }()

  /// The tokens of every span, in order.
  static func tokens(in document: Document, spans: [Span]) -> [CommentToken] {
    var memo = Memo(minimumCapacity: spans.reduce(0) { $0 + $1.length } / 12)
    return tokens(in: document, spans: spans, memo: &memo)
  }

  /// The tokens of every span, in order, reusing and extending `memo`.
  static func tokens(in document: Document, spans: [Span], memo: inout Memo) -> [CommentToken] {
    var result: [CommentToken] = []
    // Room for a word every four scalars (English prose has about one in six): the array
    // rarely grows.
    result.reserveCapacity(spans.reduce(0) { $0 + $1.length } / 4 + 1)
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
        let known: Known
        if let common = commonWords[word] {
          known = common
        } else if let seen = memo[word] {
          known = seen
        } else {
          known = Known(word)
          memo[word] = known
        }
        result.append(
          CommentToken(
            span: trimmed, word: word, stem: known.stem, isContent: known.isContent,
            stemHash: known.stemHash, wordEnds: known.wordEnds, stemEnds: known.stemEnds))
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

  private static func isContentWord(
    word: String, wordEnds: WordEnds, stem: String, stemEnds: WordEnds
  ) -> Bool {
    guard word.unicodeScalars.contains(where: \.isLetter) else { return false }
    if CommentVocabulary.stopWords.contains(word, ends: wordEnds) { return false }
    if hasFewerThanTwoCharacters(word, ends: wordEnds) { return false }
    return !metaStems.contains(stem, ends: stemEnds)
  }

  /// `word.count < 2` without counting characters when the bytes settle it: one byte is one
  /// character, and two ASCII bytes other than a carriage return start two characters.
  static func hasFewerThanTwoCharacters(_ word: String, ends: WordEnds) -> Bool {
    if ends.length < 2 { return true }
    let utf8 = word.utf8
    let second = utf8[utf8.index(after: utf8.startIndex)]
    if ends.first < 0x80, ends.first != 0x0D, second < 0x80 { return false }
    return word.count < 2
  }

  private static func isEdgeMark(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "'" || scalar == "’" || scalar == "‘" || scalar == "-" || scalar == "‐"
  }
}
