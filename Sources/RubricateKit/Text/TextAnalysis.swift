/// Words, sentences and counts of a set of paragraphs: the text core's one entry point.
public struct TextAnalysis: Sendable, Equatable {
  /// The paragraphs that hold at least one word.
  public var paragraphs: [Span]
  /// The sentences the splitter found, in order. ``statistics`` counts those that hold a word,
  /// less salutations, signatures and headings (unended fragments of one or two words, unended
  /// one-line paragraphs of fewer than ten).
  public var sentences: [Span]
  public var words: [Span]
  public var statistics: TextStatistics

  /// Below this many words, a stretch of text that ends without terminal punctuation is a
  /// salutation, signature or heading rather than a sentence (textstat draws the same line).
  static let minimumUnendedSentenceWords = 3

  /// A heading: a whole one-line paragraph without an ending and of fewer than this many words.
  static let maximumHeadingWords = 10

  /// Runs of non-space scalars with no letter or digit in them (` . `, ` - `, `!!`).
  static func symbolTokens(in scalars: [Unicode.Scalar], span: Span) -> Int {
    var count = 0
    var inRun = false
    var runHasWord = false
    for offset in span.range {
      let scalar = scalars[offset]
      if scalar.isSpace {
        if inRun && !runHasWord { count += 1 }
        inRun = false
        runHasWord = false
      } else {
        inRun = true
        if scalar.isLetter || scalar.isDigit {
          runHasWord = true
        }
      }
    }
    if inRun && !runHasWord { count += 1 }
    return count
  }

  /// Analyses the given paragraphs of a document (sentences never cross a paragraph).
  public init(document: Document, paragraphs: [Span]) {
    self = SyllableCounter.withWorkspace { workspace in
      TextAnalysis(document: document, paragraphs: paragraphs, workspace: workspace)
    }
  }

  private init(
    document: Document, paragraphs: [Span], workspace: SyllableCounter.Workspace
  ) {
    let scalars = document.scalars
    var keptParagraphs: [Span] = []
    var sentences: [Span] = []
    var words: [Span] = []
    var counts = TextStatistics.Counts()
    var countedSentences = 0
    var previousUnended = false
    for paragraph in paragraphs {
      let firstWord = words.count
      counts.characters += WordTokenizer.forEachWord(in: scalars, span: paragraph) { word in
        words.append(word)
        let counted = SyllableCounter.count(scalars, word, in: workspace)
        let syllables = counted.syllables
        let key = counted.key
        counts.syllables += syllables
        if syllables >= Readability.polysyllableThreshold {
          counts.polysyllables += 1
          if !Readability.familiarWordKeys.contains(key) { counts.complexWords += 1 }
        }
        let wordLetters = counted.characters
        counts.letters += wordLetters
        if wordLetters > 6 { counts.longWords += 1 }
      }
      if words.count > firstWord { keptParagraphs.append(paragraph) }
      counts.symbolTokens += Self.symbolTokens(in: scalars, span: paragraph)
      var wordIndex = firstWord
      let paragraphWords = words[firstWord...]
      for sentence in SentenceSplitter.sentences(
        in: scalars, span: paragraph, words: paragraphWords)
      {
        while wordIndex < words.count && words[wordIndex].start < sentence.start {
          wordIndex += 1
        }
        var sentenceWords = 0
        while wordIndex + sentenceWords < words.count
          && words[wordIndex + sentenceWords].start < sentence.end
          && sentenceWords < Self.maximumHeadingWords
        {
          sentenceWords += 1
        }
        sentences.append(sentence)
        guard sentenceWords > 0 else { continue }  // `. . .` alone: listed, not counted
        // A sentence cut by a stray blank line (`… while driving I` / `know a few states …`)
        // is counted once: the unended part before the break and the lower-case rest.
        let continuation = previousUnended && ScalarClass.isLowercase(scalars[sentence.start])
        previousUnended = false
        // A short fragment without an ending (`Dear Ms. Okafor,`, `Sincerely, Sam`) or a
        // heading is a line of the page: listed, not counted as a sentence.
        let last = scalars[sentence.end - 1]
        let ended =
          SentenceSplitter.isTerminal(last)
          || (SentenceSplitter.closers.contains(last.value) && sentence.length >= 2
            && SentenceSplitter.isTerminal(scalars[sentence.end - 2]))
        if continuation {
          previousUnended = !ended
          continue
        }
        if !ended {
          if sentenceWords < Self.minimumUnendedSentenceWords { continue }
          let wholeParagraph =
            sentence.start <= paragraph.start + 1 && sentence.end >= paragraph.end - 1
          if wholeParagraph && sentenceWords < Self.maximumHeadingWords
            && !scalars[sentence.range].contains("\n")
          {
            continue
          }
        }
        previousUnended = !ended
        countedSentences += 1
      }
    }
    counts.words = words.count
    counts.sentences = countedSentences
    counts.paragraphs = keptParagraphs.count
    self.paragraphs = keptParagraphs
    self.sentences = sentences
    self.words = words
    self.statistics = TextStatistics(counts)
  }
}
