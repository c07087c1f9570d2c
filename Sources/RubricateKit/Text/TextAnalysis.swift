/// Words, sentences and counts of a set of paragraphs: the text core's one entry point.
public struct TextAnalysis: Sendable, Equatable {
  /// The paragraphs that hold at least one word.
  public var paragraphs: [Span]
  /// The sentences that hold at least one word (a stray `. . .` is not a sentence), less
  /// unended fragments of one or two words.
  public var sentences: [Span]
  public var words: [Span]
  public var statistics: TextStatistics

  /// Below this many words, a stretch of text that ends without terminal punctuation is a
  /// salutation, signature or heading rather than a sentence (textstat draws the same line).
  static let minimumUnendedSentenceWords = 3

  /// A heading: a whole one-line paragraph without an ending and of fewer than this many words.
  static let maximumHeadingWords = 10

  /// Whether an unended sentence is a paragraph's only line and short: a title or heading.
  private static func isHeading(
    _ sentence: Span, paragraph: Span, scalars: [Unicode.Scalar], words: ArraySlice<Span>
  ) -> Bool {
    guard sentence.start <= paragraph.start + 1 && sentence.end >= paragraph.end - 1 else {
      return false
    }
    if scalars[sentence.range].contains("\n") { return false }
    return words.prefix { $0.start < sentence.end }.count < maximumHeadingWords
  }

  /// Analyses the given paragraphs of a document (sentences never cross a paragraph).
  public init(document: Document, paragraphs: [Span]) {
    let scalars = document.scalars
    var counter = SyllableCounter()
    var keptParagraphs: [Span] = []
    var sentences: [Span] = []
    var words: [Span] = []
    var counts = TextStatistics.Counts()
    for paragraph in paragraphs {
      let firstWord = words.count
      WordTokenizer.forEachWord(in: scalars, span: paragraph) { word in
        words.append(word)
        let (syllables, key) = counter.countAndKey(scalars, word)
        counts.syllables += syllables
        if syllables >= Readability.polysyllableThreshold {
          counts.polysyllables += 1
          if !Readability.familiarWordKeys.contains(key) { counts.complexWords += 1 }
        }
        var wordLetters = 0
        for offset in word.range where ScalarClass.isWordCharacter(scalars[offset]) {
          wordLetters += 1
        }
        counts.letters += wordLetters
        if wordLetters > 6 { counts.longWords += 1 }
      }
      guard words.count > firstWord else { continue }
      keptParagraphs.append(paragraph)
      var wordIndex = firstWord
      for sentence in SentenceSplitter.sentences(in: document, span: paragraph) {
        while wordIndex < words.count && words[wordIndex].start < sentence.start {
          wordIndex += 1
        }
        var sentenceWords = 0
        var probe = wordIndex
        while probe < words.count && words[probe].start < sentence.end && sentenceWords < 3 {
          sentenceWords += 1
          probe += 1
        }
        guard sentenceWords > 0 else { continue }
        // A short fragment without an ending (`Dear Ms. Okafor,`, `Sincerely, Sam`, a heading)
        // is a line of the letter, not a sentence.
        let last = scalars[sentence.end - 1]
        let ended =
          SentenceSplitter.isTerminal(last)
          || (SentenceSplitter.closers.contains(last.value) && sentence.length >= 2
            && SentenceSplitter.isTerminal(scalars[sentence.end - 2]))
        if ended
          || (sentenceWords >= Self.minimumUnendedSentenceWords
            && !Self.isHeading(
              sentence, paragraph: paragraph, scalars: scalars, words: words[wordIndex...]))
        {
          sentences.append(sentence)
        }
      }
      for offset in paragraph.range where !ScalarClass.isWhitespace(scalars[offset]) {
        counts.characters += 1
      }
    }
    counts.words = words.count
    counts.sentences = sentences.count
    counts.paragraphs = keptParagraphs.count
    self.paragraphs = keptParagraphs
    self.sentences = sentences
    self.words = words
    self.statistics = TextStatistics(counts)
  }
}
