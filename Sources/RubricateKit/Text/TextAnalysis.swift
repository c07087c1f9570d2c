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
    _ scalars: ScalarBuffer, _ words: [Span], from index: Int, before end: Int
  ) -> Bool {
    var last = index
    while last + 1 < words.count && words[last + 1].start < end { last += 1 }
    var key = AbbreviationKey()
    for scalar in scalars[words[last].range] { key.add(scalar) }
    return openWordKeys.contains(key.hash)
  }

  /// Runs of non-space scalars with no letter or digit in them (` . `, ` - `, `!!`).
  ///
  /// The definition, scalar by scalar; ``init(document:paragraphs:)`` counts the same runs
  /// while it tokenises (tests hold the two equal).
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
      document.scalars.withUnsafeBufferPointer { scalars in
        TextAnalysis(scalars: scalars, paragraphs: paragraphs, workspace: workspace)
      }
    }
  }

  /// Whether a word that does not start with an ASCII scalar holds a letter or an ASCII digit
  /// (what ``symbolTokens(in:span:)`` asks of a run's scalars).
  private static func hasLetterOrDigit(_ scalars: ScalarBuffer, _ word: Span) -> Bool {
    for offset in word.range {
      let scalar = scalars[offset]
      let value = scalar.value
      let found =
        value < 0x80
        ? (value | 0x20) &- 0x61 < 26 || value &- 0x30 < 10 : scalar.properties.isAlphabetic
      if found { return true }
    }
    return false
  }

  private init(
    scalars: ScalarBuffer, paragraphs: [Span], workspace: SyllableCounter.Workspace
  ) {
    var keptParagraphs: [Span] = []
    var sentences: [Span] = []
    var words: [Span] = []
    // Room for a word in every five scalars (an English word and its space take about six):
    // the list is not regrown word by word.
    words.reserveCapacity(paragraphs.reduce(0) { $0 + $1.length } / 5 + 16)
    var counts = TextStatistics.Counts()
    var countedSentences = 0
    var previousUnended = false
    var previousOpenEnded = false
    for paragraph in paragraphs {
      let firstWord = words.count
      // One pass over the paragraph finds the words (as ``WordTokenizer`` does), counts their
      // syllables and letters, the scalars that are not white space, and the runs of symbols
      // (as ``symbolTokens(in:span:)`` does: a word lies inside one run of non-space scalars,
      // and no scalar between words is a letter or a digit).
      let end = min(paragraph.end, scalars.count)
      var offset = max(0, paragraph.start)
      var addressFreeUntil = 0
      var inRun = false
      var runHasWord = false
      while offset < end {
        let scalar = scalars[offset]
        let value = scalar.value
        if ScalarClass.isWordCharacter(scalar) {
          let wordEnd = WordTokenizer.endOfWord(
            in: scalars, from: offset, limit: end, addressFreeUntil: &addressFreeUntil)
          let word = Span(offset, wordEnd)
          words.append(word)
          let counted = SyllableCounter.count(scalars, word, in: workspace)
          let syllables = counted.syllables
          counts.syllables += syllables
          if syllables >= Readability.polysyllableThreshold {
            counts.polysyllables += 1
            if !Readability.familiarWordKeys.contains(counted.key) { counts.complexWords += 1 }
          }
          let wordLetters = counted.characters
          counts.letters += wordLetters
          if wordLetters > 6 { counts.longWords += 1 }
          counts.characters += wordEnd - offset
          if !runHasWord { runHasWord = value < 0x80 || Self.hasLetterOrDigit(scalars, word) }
          inRun = true
          offset = wordEnd
          continue
        }
        if ScalarClass.isWhitespace(scalar) {
          if inRun && !runHasWord { counts.symbolTokens += 1 }
          inRun = false
          runHasWord = false
        } else {
          counts.characters += 1
          inRun = true
        }
        offset += 1
      }
      if inRun && !runHasWord { counts.symbolTokens += 1 }
      if words.count > firstWord { keptParagraphs.append(paragraph) }
      var wordIndex = firstWord
      let paragraphSentences = words.withUnsafeBufferPointer { all in
        SentenceSplitter.sentences(
          in: scalars, span: paragraph, words: UnsafeBufferPointer(rebasing: all[firstWord...]))
      }
      for sentence in paragraphSentences {
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
