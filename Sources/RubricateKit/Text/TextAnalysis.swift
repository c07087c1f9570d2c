/// Words, sentences and counts of a set of paragraphs: the text core's one entry point.
public struct TextAnalysis: Sendable, Equatable {
  /// The paragraphs that hold at least one word.
  public var paragraphs: [Span]
  /// The sentences the splitter found, in order. ``statistics`` counts those that hold a word,
  /// less salutations, signatures and headings (unended fragments of one or two words, unended
  /// one-line paragraphs of fewer than ten), and a sentence that a stray blank line cut in two
  /// once.
  public var sentences: [Span]
  public var words: [Span]
  public var statistics: TextStatistics

  /// Below this many words, a stretch of text that ends without terminal punctuation is a
  /// salutation, signature or heading rather than a sentence (textstat draws the same line).
  static let minimumUnendedSentenceWords = 3

  /// A heading: a whole one-line paragraph without an ending and of fewer than this many words.
  static let maximumHeadingWords = 10

  /// Words that cannot end an English sentence because they need a phrase after them: the
  /// articles, the possessive determiners that are not also pronouns, the coordinating
  /// conjunctions and `than` (closed word classes, as English grammars list them). A stretch
  /// without an ending that stops on one before a blank line was cut there by the layout
  /// (`we need to make sure our` / `Phones are off`), so the next stretch continues it even
  /// when it starts with a capital. Prepositions are left out: a sentence may end on one
  /// (`what it is made of`).
  static let openWords: [String] = [
    "a", "an", "the", "my", "your", "our", "their", "its", "and", "or", "nor", "but", "than",
  ]
  static let openWordKeys = WordKeyTable(openWords.map { (AbbreviationKey.of($0), 1) })

  /// Marks no sentence starts with: a stretch opening with one (`, seventy percent of …` after
  /// a title on a line of its own) goes on with the unended stretch before it.
  static let continuingPunctuation: Set<UInt32> = [0x2C, 0x3B, 0x3A]  // , ; :

  /// Whether the last of the words from `words[index]` on that start before `end` is one of
  /// ``openWords``.
  static func endsOnOpenWord(
    _ scalars: [Unicode.Scalar], _ words: [Span], from index: Int, before end: Int
  ) -> Bool {
    var last = index
    while last + 1 < words.count && words[last + 1].start < end { last += 1 }
    var key = AbbreviationKey()
    for scalar in scalars[words[last].range] { key.add(scalar) }
    return openWordKeys.contains(key.hash)
  }

  /// Runs of non-space scalars with no letter or digit in them (` . `, ` - `, `!!`).
  static func symbolTokens(in scalars: [Unicode.Scalar], span: Span) -> Int {
    scalars.withUnsafeBufferPointer { buffer in
      var count = 0
      var inRun = false
      var runHasWord = false
      for offset in span.range {
        let scalar = buffer[offset]
        let value = scalar.value
        // A lower-case ASCII letter (most scalars) is in a run with a word.
        if value &- 0x61 < 26 {
          inRun = true
          runHasWord = true
          continue
        }
        // ASCII by table-free range checks (nearly every scalar); the rest by property.
        let isSpace =
          value < 0x80 ? value == 0x20 || (value >= 0x09 && value <= 0x0D) : scalar.isSpace
        if isSpace {
          if inRun && !runHasWord { count += 1 }
          inRun = false
          runHasWord = false
        } else {
          inRun = true
          if !runHasWord {
            runHasWord =
              value < 0x80
              ? (value | 0x20 >= 0x61 && value | 0x20 <= 0x7A) || (value >= 0x30 && value <= 0x39)
              : scalar.isLetter || scalar.isDigit
          }
        }
      }
      if inRun && !runHasWord { count += 1 }
      return count
    }
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
    var previousOpenEnded = false
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
        // is counted once: the unended part before the break and the rest, which starts in
        // lower case or with a comma, or follows a word no sentence ends on.
        let first = scalars[sentence.start]
        let continuation =
          previousUnended
          && (ScalarClass.isLowercase(first) || Self.continuingPunctuation.contains(first.value)
            || previousOpenEnded)
        previousUnended = false
        // A short fragment without an ending (`Dear Ms. Okafor,`, `Sincerely, Sam`) or a
        // heading is a line of the page: listed, not counted as a sentence.
        let last = scalars[sentence.end - 1]
        let ended =
          SentenceSplitter.isTerminal(last)
          || (SentenceSplitter.closers.contains(last.value) && sentence.length >= 2
            && SentenceSplitter.isTerminal(scalars[sentence.end - 2]))
        let openEnded =
          !ended && Self.endsOnOpenWord(scalars, words, from: wordIndex, before: sentence.end)
        if continuation {
          previousUnended = !ended
          previousOpenEnded = openEnded
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
        previousOpenEnded = openEnded
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
