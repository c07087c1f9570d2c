/// Words, sentences and counts of a set of paragraphs: the text core's one entry point.
public struct TextAnalysis: Sendable, Equatable {
  public var paragraphs: [Span]
  public var sentences: [Span]
  public var words: [Span]
  public var statistics: TextStatistics

  /// Analyses the given paragraphs of a document (sentences never cross a paragraph).
  public init(document: Document, paragraphs: [Span]) {
    var sentences: [Span] = []
    var words: [Span] = []
    var syllables = 0
    var letters = 0
    var polysyllables = 0
    var longWords = 0
    for paragraph in paragraphs {
      sentences += SentenceSplitter.sentences(in: document, span: paragraph)
      for word in WordTokenizer.words(in: document, span: paragraph) {
        words.append(word)
        let count = Syllables.count(in: document, span: word)
        syllables += count
        if count >= 3 { polysyllables += 1 }
        let wordLetters = document.scalars[word.range].filter { $0.properties.isAlphabetic }.count
        letters += wordLetters
        if wordLetters > 6 { longWords += 1 }
      }
    }
    self.paragraphs = paragraphs.filter { !WordTokenizer.words(in: document, span: $0).isEmpty }
    self.sentences = sentences
    self.words = words
    self.statistics = TextStatistics(
      words: words.count, sentences: sentences.count, paragraphs: self.paragraphs.count,
      syllables: syllables, letters: letters, polysyllables: polysyllables,
      complexWords: polysyllables, longWords: longWords)
  }
}
