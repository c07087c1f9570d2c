/// Checks spelling and mechanics and profiles the vocabulary of a submission's body.
///
/// Neither check looks inside quotations (a source's words are not the writer's), citation
/// callouts, inline code, URLs or e-mail addresses; the reference list, title and comments are
/// not body, so they are never checked either.
public enum LanguageAnalyzer {
  /// What the analyzer reads: the document, its body and what earlier stages found in it.
  public struct Input: Sendable {
    public var document: Document
    public var paragraphs: [Span]
    public var sentences: [Span]
    public var words: [Span]
    /// Spans never checked (citation callouts).
    public var skipped: [Span]
    /// Words (any case) that are names or terms here: the title's, the reference list's, and
    /// those the class's other posts use as names.
    public var knownWords: Set<UInt64>
    /// Words of the batch's names and titles, accepted like ``knownWords``: one set shared by
    /// every submission of the batch and never copied (merging it into each submission's own
    /// words cost time in proportion to the class for every submission).
    public var batchNames: Set<UInt64>

    public init(
      document: Document, paragraphs: [Span], sentences: [Span], words: [Span],
      skipped: [Span] = [], knownWords: Set<UInt64> = [], batchNames: Set<UInt64> = []
    ) {
      self.document = document
      self.paragraphs = paragraphs
      self.sentences = sentences
      self.words = words
      self.skipped = skipped
      self.knownWords = knownWords
      self.batchNames = batchNames
    }
  }

  /// The window of the moving-average type-token ratio (Covington and McFall, 2010).
  public static let mattrWindow = 50
  /// A word rarer than this Zipf frequency (under about 8 uses per million words, below the
  /// band of the frequency table's 6,000 commonest words) counts as rare.
  public static let rareZipf = 4.0

  /// Analyses the body with the built-in dictionary.
  public static func analyze(_ input: Input, options: LanguageOptions = LanguageOptions())
    -> LanguageAnalysis
  {
    let excluded = LanguageExclusions.spans(
      in: input.document.scalars, paragraphs: input.paragraphs, extra: input.skipped)
    var spelling = SpellChecker(
      dictionary: .builtIn, options: options, knownWords: input.knownWords,
      batchNames: input.batchNames)
    // Every word's keys and type, made once for the names, the spelling check and the
    // vocabulary; and which words start a sentence, for the names and the spelling check.
    let table = LanguageWords(scalars: input.document.scalars, words: input.words)
    let initial = SpellChecker.sentenceInitialWords(input.words, input.sentences)
    spelling.learnNames(
      in: input.document.scalars, words: input.words, table: table, initial: initial)
    let misspelled = SpellChecker.termsLeftOut(
      spelling.check(
        input.document, words: input.words, table: table, initial: initial,
        excluded: excluded),
      suggester: .builtIn, slips: .shared)
    let mechanics = MechanicsChecker.check(
      input.document, paragraphs: input.paragraphs, sentences: input.sentences,
      words: input.words, excluded: excluded)
    let vocabulary = VocabularyProfile(
      document: input.document, words: input.words, table: table,
      misspelledStarts: misspelled.map(\.span.start).sorted())
    // A word misspelled twice the same way, in this document or another, gets the same
    // suggestions: they are ranked once per run.
    let findings = misspelled.map { word in
      SpellingFinding(
        span: word.span, text: word.text,
        suggestions: SuggestionCache.shared.suggestions(for: word.text, dialects: options.dialect))
    }
    return LanguageAnalysis(spelling: findings, mechanics: mechanics, vocabulary: vocabulary)
  }

  /// Builds the tables the checks read (the spelling dictionary, the suggester and the word
  /// frequency table) if they are not built yet. Each is built once per process, at first use,
  /// which takes a few milliseconds while every other analysis waits for it; a caller may run
  /// this on another thread while it reads the files, so that none waits.
  public static func loadTables() {
    _ = SpellingSuggester.builtIn.dictionary.count
  }

  /// The keys of `text`'s words, for ``Input/knownWords``.
  public static func wordKeys(in text: String) -> Set<UInt64> {
    let document = Document(text: text)
    var keys = Set<UInt64>()
    WordTokenizer.forEachWord(in: document.scalars, span: document.fullSpan) { word in
      keys.insert(SpellingDictionary.key(document.scalars[word.range]))
    }
    return keys
  }
}

extension LanguageAnalyzer {
  /// The misspelled words of a plain text (each paragraph, or each line of a word list, read
  /// as body), with suggestions: what `rubricate spell` prints.
  public static func spelling(in document: Document, options: LanguageOptions = LanguageOptions())
    -> [SpellingFinding]
  {
    let text = TextAnalysis(document: document, paragraphs: document.paragraphs())
    return analyze(
      Input(
        document: document, paragraphs: text.paragraphs, sentences: text.sentences,
        words: text.words),
      options: options
    ).spelling
  }
}
