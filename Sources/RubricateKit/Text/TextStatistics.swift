/// The counts of a text and the readability scores derived from them.
public struct TextStatistics: Sendable, Equatable, Codable {
  public var words: Int
  public var sentences: Int
  public var paragraphs: Int
  public var syllables: Int
  /// Letters and digits in words (Coleman–Liau and ARI count these).
  public var letters: Int
  /// Words of three or more syllables (SMOG).
  public var polysyllables: Int
  /// Gunning fog's "complex words".
  public var complexWords: Int
  /// Words of more than six letters.
  public var longWords: Int
  public var readability: ReadabilityScores

  public init(
    words: Int, sentences: Int, paragraphs: Int, syllables: Int, letters: Int,
    polysyllables: Int, complexWords: Int, longWords: Int
  ) {
    self.words = words
    self.sentences = sentences
    self.paragraphs = paragraphs
    self.syllables = syllables
    self.letters = letters
    self.polysyllables = polysyllables
    self.complexWords = complexWords
    self.longWords = longWords
    self.readability = ReadabilityScores(
      words: words, sentences: sentences, syllables: syllables, letters: letters,
      polysyllables: polysyllables, complexWords: complexWords)
  }
}
