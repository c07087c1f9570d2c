/// Spelling, mechanics and vocabulary of a submission's body: what a rubric's "conventions"
/// and "word choice" rows look at.
public struct LanguageAnalysis: Sendable, Equatable {
  /// Words the dictionary does not know, with suggestions.
  public var spelling: [SpellingFinding]
  /// Slips of capitalisation, punctuation and sentence shape.
  public var mechanics: [MechanicsFinding]
  public var vocabulary: VocabularyProfile

  public init(
    spelling: [SpellingFinding] = [], mechanics: [MechanicsFinding] = [],
    vocabulary: VocabularyProfile = VocabularyProfile()
  ) {
    self.spelling = spelling
    self.mechanics = mechanics
    self.vocabulary = vocabulary
  }
}

/// A word the dictionary does not know.
public struct SpellingFinding: Sendable, Equatable {
  public var span: Span
  /// The word as written.
  public var text: String
  /// Likely intended spellings, best first (may be empty).
  public var suggestions: [String]

  public init(span: Span, text: String, suggestions: [String]) {
    self.span = span
    self.text = text
    self.suggestions = suggestions
  }
}

/// A mechanics slip: where, what kind, and a one-line explanation.
public struct MechanicsFinding: Sendable, Equatable {
  public var span: Span
  public var text: String
  public var kind: MechanicsKind
  public var message: String

  public init(span: Span, text: String, kind: MechanicsKind, message: String) {
    self.span = span
    self.text = text
    self.kind = kind
    self.message = message
  }
}

/// The closed set of mechanics checks (the JSON `kind`).
public enum MechanicsKind: String, Sendable, CaseIterable, Codable {
  case lowercaseSentenceStart
  case lowercaseI
  case repeatedWord
  case missingSpace
  case article
  case doubledPunctuation
  case unbalancedQuote
  case unbalancedBracket
  case runOnSentence
  case fragment
}

/// Measures of the body's vocabulary.
public struct VocabularyProfile: Sendable, Equatable {
  /// Moving-average type-token ratio over windows of ``LanguageAnalyzer/mattrWindow`` words
  /// (the plain type-token ratio for a shorter text; 0 with no word).
  public var mattr: Double
  /// Share of the words spelled correctly that are rarer than the English frequency table's
  /// band (``LanguageAnalyzer/rareZipf``).
  public var rareWordShare: Double
  /// Letters per word.
  public var meanWordLength: Double
  /// Content words used at least three times, most repeated first (at most five).
  public var repeatedWords: [RepeatedWord]

  public init(
    mattr: Double = 0, rareWordShare: Double = 0, meanWordLength: Double = 0,
    repeatedWords: [RepeatedWord] = []
  ) {
    self.mattr = mattr
    self.rareWordShare = rareWordShare
    self.meanWordLength = meanWordLength
    self.repeatedWords = repeatedWords
  }
}

/// A content word and how often the body uses it.
public struct RepeatedWord: Sendable, Equatable {
  public var word: String
  public var count: Int

  public init(word: String, count: Int) {
    self.word = word
    self.count = count
  }
}

/// How to check a submission's language.
public struct LanguageOptions: Sendable, Equatable {
  /// The national spellings accepted.
  public var dialect: Dialect
  /// Course vocabulary accepted whatever the dictionary says (any case).
  public var allowedWords: Set<String>

  public init(dialect: Dialect = .any, allowedWords: Set<String> = []) {
    self.dialect = dialect
    self.allowedWords = allowedWords
  }

  /// Reads an allow list: one word a line (or several separated by spaces or commas); `#`
  /// starts a comment.
  public static func words(fromAllowList text: String) -> Set<String> {
    var words = Set<String>()
    for line in text.split(whereSeparator: \.isNewline) {
      let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
      for word in (content.first ?? "").split(whereSeparator: {
        $0 == " " || $0 == "," || $0 == "\t"
      }) {
        words.insert(String(word))
      }
    }
    return words
  }
}
