/// The constants of the six readability formulas, as published (and as textstat uses them).
///
/// Sources: Flesch (1948) reading ease; Kincaid et al. (1975) grade level; Gunning (1952) fog
/// index; McLaughlin (1969) SMOG grading; Coleman & Liau (1975); Senter & Smith (1967)
/// automated readability index.
public enum Readability {
  /// `base − wordsPerSentence × W/S − syllablesPerWord × Sy/W`.
  public static let fleschReadingEase = (
    base: 206.835, wordsPerSentence: 1.015, syllablesPerWord: 84.6
  )
  /// `wordsPerSentence × W/S + syllablesPerWord × Sy/W − offset`.
  public static let fleschKincaidGrade = (
    wordsPerSentence: 0.39, syllablesPerWord: 11.8, offset: 15.59
  )
  /// `factor × (W/S + percent × complex/W)`.
  public static let gunningFog = (factor: 0.4, percent: 100.0)
  /// `factor × √(sentenceSample × polysyllables/S) + offset`.
  public static let smogIndex = (factor: 1.043, sentenceSample: 30.0, offset: 3.1291)
  /// `lettersPer100Words × L/W×100 − sentencesPer100Words × S/W×100 − offset`.
  public static let colemanLiauIndex = (
    lettersPer100Words: 0.0588, sentencesPer100Words: 0.296, offset: 15.8
  )
  /// `charactersPerWord × C/W + wordsPerSentence × W/S − offset`.
  public static let automatedReadabilityIndex = (
    charactersPerWord: 4.71, wordsPerSentence: 0.5, offset: 21.43
  )
  /// The syllables from which a word is polysyllabic (SMOG) or complex (fog).
  public static let polysyllableThreshold = 3
}

/// The six readability scores, rounded to two decimals; all zero for a text without words.
public struct ReadabilityScores: Sendable, Equatable, Codable {
  public var fleschReadingEase: Double
  public var fleschKincaidGrade: Double
  public var gunningFog: Double
  public var smogIndex: Double
  public var colemanLiauIndex: Double
  public var automatedReadabilityIndex: Double

  /// Scores from counts; `characters` (ARI) defaults to `letters`, and ARI divides them by
  /// `characterTokens` (default: `words`): when punctuation counts as characters, a full stop
  /// typed with spaces around it is a token of its own, so typing habits do not move the score.
  public init(
    words: Int, sentences: Int, syllables: Int, letters: Int, polysyllables: Int,
    complexWords: Int, characters: Int? = nil, characterTokens: Int? = nil
  ) {
    guard words > 0 else {
      self.init(fre: 0, fk: 0, fog: 0, smog: 0, cli: 0, ari: 0)
      return
    }
    let w = Double(words)
    let s = Double(max(sentences, 1))
    let wordsPerSentence = w / s
    let syllablesPerWord = Double(syllables) / w
    func round2(_ value: Double) -> Double {
      value.isFinite ? (value * 100).rounded() / 100 : 0
    }
    let fre = Readability.fleschReadingEase
    let fk = Readability.fleschKincaidGrade
    let fog = Readability.gunningFog
    let smog = Readability.smogIndex
    let cli = Readability.colemanLiauIndex
    let ari = Readability.automatedReadabilityIndex
    self.init(
      fre: round2(
        fre.base - fre.wordsPerSentence * wordsPerSentence
          - fre.syllablesPerWord * syllablesPerWord),
      fk: round2(
        fk.wordsPerSentence * wordsPerSentence + fk.syllablesPerWord * syllablesPerWord
          - fk.offset),
      fog: round2(fog.factor * (wordsPerSentence + fog.percent * Double(complexWords) / w)),
      smog: round2(
        smog.factor * (smog.sentenceSample * Double(polysyllables) / s).squareRoot()
          + smog.offset),
      cli: round2(
        cli.lettersPer100Words * Double(letters) / w * 100 - cli.sentencesPer100Words * s / w
          * 100 - cli.offset),
      ari: round2(
        ari.charactersPerWord * Double(characters ?? letters)
          / Double(max(characterTokens ?? words, 1))
          + ari.wordsPerSentence
          * wordsPerSentence - ari.offset))
  }

  private init(fre: Double, fk: Double, fog: Double, smog: Double, cli: Double, ari: Double) {
    fleschReadingEase = fre
    fleschKincaidGrade = fk
    gunningFog = fog
    smogIndex = smog
    colemanLiauIndex = cli
    automatedReadabilityIndex = ari
  }
}
