/// Counts the content words (not ``ArgumentLexicon/stopWords``) a sentence shares with the
/// thesis vocabulary and with its paragraph's first sentence.
///
/// Works on the word ids of one ``WordInterner``: a mark per word instead of a `Set<String>`
/// per sentence, so counting costs one array look-up per token.
struct WordOverlap: Sendable {
  private struct Mark: Sendable {
    var isThesis = false
    /// The ``setLead(_:)`` call that last marked the word.
    var lead: Int32 = 0
    /// The ``overlap(_:)`` call that last counted the word.
    var seen: Int32 = 0
  }

  private var marks: [Mark]
  private var leads: Int32 = 0
  private var sentences: Int32 = 0

  /// - Parameter words: the ``WordInterner/count`` of the interner that numbered the tokens.
  init(words: Int) {
    marks = [Mark](repeating: Mark(), count: words)
  }

  /// Adds the content words of `tokens` to the thesis vocabulary.
  mutating func addThesis(_ tokens: ArgumentTokens) {
    for token in tokens.tokens where Self.isContent(token) {
      marks[Int(token.word)].isThesis = true
    }
  }

  /// Makes `tokens` the paragraph's first sentence.
  mutating func setLead(_ tokens: ArgumentTokens) {
    leads += 1
    for token in tokens.tokens where Self.isContent(token) {
      marks[Int(token.word)].lead = leads
    }
  }

  /// The distinct content words of `tokens`, and how many are thesis and lead words.
  mutating func overlap(_ tokens: ArgumentTokens) -> SentenceFeatures.Overlap {
    sentences += 1
    var overlap = SentenceFeatures.Overlap()
    for token in tokens.tokens where Self.isContent(token) {
      let index = Int(token.word)
      guard marks[index].seen != sentences else { continue }
      marks[index].seen = sentences
      overlap.contentWords += 1
      if marks[index].isThesis { overlap.thesisWords += 1 }
      if marks[index].lead == leads { overlap.leadWords += 1 }
    }
    return overlap
  }

  @inline(__always)
  private static func isContent(_ token: ArgumentTokens.Token) -> Bool {
    !LexiconIndex.shared.isStopWord(token.word)
  }
}
