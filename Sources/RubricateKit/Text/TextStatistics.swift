/// The counts of a text and the readability scores derived from them.
public struct TextStatistics: Sendable, Equatable, Codable {
  public var words: Int
  public var sentences: Int
  public var paragraphs: Int
  public var syllables: Int
  /// Letters and digits in words (Coleman–Liau counts these).
  public var letters: Int
  /// Characters other than white space, punctuation included (ARI's keystrokes).
  public var characters: Int
  /// Words of three or more syllables (SMOG).
  public var polysyllables: Int
  /// Gunning fog's complex words: polysyllables that are not familiar words.
  public var complexWords: Int
  /// Words of more than six letters.
  public var longWords: Int
  /// Runs of non-space characters that hold no word (a ` . ` typed with spaces around it, a
  /// lone dash). ARI counts their characters, so it counts them as tokens too.
  public var symbolTokens: Int
  public var readability: ReadabilityScores

  /// The raw counts, gathered in one pass.
  struct Counts {
    var words = 0
    var sentences = 0
    var paragraphs = 0
    var syllables = 0
    var letters = 0
    var characters = 0
    var polysyllables = 0
    var complexWords = 0
    var longWords = 0
    var symbolTokens = 0
  }

  public init(
    words: Int, sentences: Int, paragraphs: Int, syllables: Int, letters: Int,
    polysyllables: Int, complexWords: Int, longWords: Int, characters: Int? = nil,
    symbolTokens: Int = 0
  ) {
    self.words = words
    self.sentences = sentences
    self.paragraphs = paragraphs
    self.syllables = syllables
    self.letters = letters
    self.characters = characters ?? letters
    self.polysyllables = polysyllables
    self.complexWords = complexWords
    self.longWords = longWords
    self.symbolTokens = symbolTokens
    self.readability = ReadabilityScores(
      words: words, sentences: sentences, syllables: syllables, letters: letters,
      polysyllables: polysyllables, complexWords: complexWords, characters: self.characters,
      characterTokens: words + symbolTokens)
  }

  init(_ counts: Counts) {
    self.init(
      words: counts.words, sentences: counts.sentences, paragraphs: counts.paragraphs,
      syllables: counts.syllables, letters: counts.letters, polysyllables: counts.polysyllables,
      complexWords: counts.complexWords, longWords: counts.longWords,
      characters: counts.characters, symbolTokens: counts.symbolTokens)
  }
}
