import Testing

@testable import RubricateKit

@Suite struct ReadabilityTests {
  @Test func formulasMatchHandComputedValues() {
    // 100 words, 5 sentences, 150 syllables, 450 letters, 10 polysyllables, 8 complex words.
    let scores = ReadabilityScores(
      words: 100, sentences: 5, syllables: 150, letters: 450, polysyllables: 10,
      complexWords: 8, characters: 480)
    // 206.835 - 1.015 * 20 - 84.6 * 1.5 = 59.635
    #expect(scores.fleschReadingEase == 59.64)
    // 0.39 * 20 + 11.8 * 1.5 - 15.59 = 9.91
    #expect(scores.fleschKincaidGrade == 9.91)
    // 0.4 * (20 + 8) = 11.2
    #expect(scores.gunningFog == 11.2)
    // 1.043 * sqrt(30 * 10 / 5) + 3.1291 = 1.043 * 7.745967 + 3.1291 = 11.2083
    #expect(scores.smogIndex == 11.21)
    // 0.0588 * 450 - 0.296 * 5 - 15.8 = 9.18
    #expect(scores.colemanLiauIndex == 9.18)
    // 4.71 * 4.8 + 0.5 * 20 - 21.43 = 11.178
    #expect(scores.automatedReadabilityIndex == 11.18)
  }

  @Test func emptyTextIsAllZero() {
    for text in ["", "  \n\n ", "— … !"] {
      let document = Document(text: text)
      let analysis = TextAnalysis(document: document, paragraphs: document.paragraphs())
      let statistics = analysis.statistics
      #expect(statistics.words == 0)
      #expect(statistics.sentences == 0)
      #expect(statistics.paragraphs == 0)
      #expect(statistics.syllables == 0)
      #expect(
        statistics.readability
          == ReadabilityScores(
            words: 0, sentences: 0, syllables: 0, letters: 0, polysyllables: 0,
            complexWords: 0))
      #expect(statistics.readability.fleschReadingEase == 0)
      #expect(statistics.readability.smogIndex == 0)
    }
  }

  @Test func analysisCountsAShortText() {
    let text = """
      Why Peer Feedback Works

      Students revise more when a classmate comments. Teachers, e.g. Ms. Okafor, see it daily.

      Dear reader,
      """
    let document = Document(text: text)
    let analysis = TextAnalysis(document: document, paragraphs: document.paragraphs())
    let statistics = analysis.statistics
    // Heading (4 words) + 7 + 7 words + salutation (2 words).
    #expect(statistics.words == 20)
    // The heading and the salutation are listed but not counted as sentences.
    #expect(analysis.sentences.count == 4)
    #expect(statistics.sentences == 2)
    #expect(statistics.paragraphs == 3)
    // Why 1, Peer 1, Feedback 2, Works 1 | Students 2, revise 2, more 1, when 1, a 1,
    // classmate 2, comments 2 | Teachers 2, e.g. 1, Ms 1, Okafor 3, see 1, it 1, daily 2 |
    // Dear 1, reader 2.
    #expect(statistics.syllables == 30)
    #expect(statistics.polysyllables == 1)
    #expect(statistics.complexWords == 1)
    let expected = ReadabilityScores(
      words: 20, sentences: 2, syllables: 30, letters: statistics.letters, polysyllables: 1,
      complexWords: 1, characters: statistics.characters)
    #expect(statistics.readability == expected)
    // 206.835 - 1.015 * 10 - 84.6 * 1.5 = 69.785
    #expect(statistics.readability.fleschReadingEase == 69.79)
  }

  @Test func aStrayBlankLineDoesNotMakeTwoSentences() {
    let text =
      "We know a few states that ban texting while driving, and\n\nissued the law. It works."
    let document = Document(text: text)
    let analysis = TextAnalysis(document: document, paragraphs: document.paragraphs())
    #expect(analysis.sentences.count == 3)
    #expect(analysis.statistics.sentences == 2)
    #expect(analysis.statistics.paragraphs == 2)
  }
}

/// The statistics of `text` read as body paragraphs.
private func statistics(of text: String) -> TextStatistics {
  let document = Document(text: text)
  return TextAnalysis(document: document, paragraphs: document.paragraphs()).statistics
}

@Suite struct ARISentenceTests {
  /// A question answered in lower case is two sentences, as a period followed by a lower-case
  /// word already was: 10 words in 2 sentences, 39 characters in 10 tokens, so
  /// ARI = 4.71 × 3.9 + 0.5 × 5 − 21.43 = −0.561, as textstat has it (read as one 10-word
  /// sentence it was 1.939).
  @Test func lowerCaseAfterAQuestionMarkStartsASentence() {
    let stats = statistics(of: "Can cars be trusted? thats what we must ask now.")
    #expect(stats.words == 10)
    #expect(stats.sentences == 2)
    #expect(stats.characters == 39)
    #expect(stats.letters == 37)
    #expect(stats.readability.automatedReadabilityIndex == -0.56)
  }
}

@Suite struct BlankLineContinuationTests {
  /// A stretch that stops on a word no sentence ends on (`our`) goes on after the blank line:
  /// 12 words, 44 characters, 1 sentence, ARI = 4.71 × 44/12 + 0.5 × 12 − 21.43 = 1.84.
  @Test func anOpenWordBeforeABlankLineContinuesTheSentence() {
    let stats = statistics(of: "We need to make sure our\n\nPhones are off while we drive.")
    #expect(stats.words == 12)
    #expect(stats.sentences == 1)
    #expect(stats.characters == 44)
    #expect(stats.readability.automatedReadabilityIndex == 1.84)
  }

  /// A stretch that opens with a comma goes on with the one before: 15 words and the comma's
  /// token, 62 characters, 1 sentence, ARI = 4.71 × 62/16 + 0.5 × 15 − 21.43 = 4.32125.
  @Test func aCommaAfterABlankLineContinuesTheSentence() {
    let stats = statistics(
      of: "The results were clear for every city in the study\n\n, and the air got cleaner.")
    #expect(stats.words == 15)
    #expect(stats.symbolTokens == 1)
    #expect(stats.sentences == 1)
    #expect(stats.readability.automatedReadabilityIndex == 4.32)
  }

  /// Any other word before the break ends the stretch, and a capital opens a new sentence:
  /// 16 words in 2 sentences, ARI = 4.71 × 66/16 + 0.5 × 8 − 21.43 = 1.99875.
  @Test func aCapitalAfterAnyOtherWordStartsASentence() {
    let stats = statistics(
      of: "We asked every student in our class about the policy\n\nMost of them agreed with it.")
    #expect(stats.words == 16)
    #expect(stats.sentences == 2)
    #expect(stats.readability.automatedReadabilityIndex == 2)
  }
}

@Suite struct ARITokenTests {
  /// 24 characters either way; the spaced full stops are two more tokens (8, not 6), so
  /// ARI = 4.71 × 24/8 + 0.5 × 6/2 − 21.43 = −5.8 rather than 4.71 × 24/6 + 1.5 − 21.43.
  @Test func spacedPunctuationIsATokenForARI() {
    let stats = statistics(of: "Cars are loud . Buses are not .")
    #expect(stats.words == 6)
    #expect(stats.symbolTokens == 2)
    #expect(stats.characters == 24)
    #expect(stats.readability.automatedReadabilityIndex == -5.8)
    let plainStats = statistics(of: "Cars are loud. Buses are not.")
    #expect(plainStats.symbolTokens == 0)
    #expect(plainStats.readability.automatedReadabilityIndex == -1.09)
  }
}
