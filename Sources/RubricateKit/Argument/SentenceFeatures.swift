import Foundation

/// The feature values of one sentence: what the role models read and what explains them.
///
/// One `Double` a ``SentenceFeature``, indexed by its raw value; absent features are zero.
/// Names (``named``) are built only for the corpus dump.
struct SentenceFeatures: Sendable, Equatable {
  /// Indexed by ``SentenceFeature/rawValue``.
  private(set) var values = [Double](unsafeUninitializedCapacity: SentenceFeature.count) {
    buffer, count in
    // One block fill (`Array(repeating:count:)` stores the zeros one at a time).
    if let base = buffer.baseAddress {
      memset(base, 0, SentenceFeature.count * MemoryLayout<Double>.stride)
    }
    count = SentenceFeature.count
  }
  /// One bit a feature whose value is not zero (features 0–63, then 64–127), so that scoring
  /// visits the dozen features a sentence has rather than all of them.
  private var low: UInt64 = 0
  private var high: UInt64 = 0

  /// All features zero.
  init() {}

  subscript(feature: SentenceFeature) -> Double {
    get { values[feature.rawValue] }
    @inline(__always)
    set {
      let index = feature.rawValue
      values[index] = newValue
      let bit: UInt64 = 1 << UInt64(index & 63)
      let on: UInt64 = newValue == 0 ? 0 : bit
      if index < 64 {
        low = low & ~bit | on
      } else {
        high = high & ~bit | on
      }
    }
  }

  /// The number of features whose value is not zero.
  var nonZeroCount: Int { low.nonzeroBitCount + high.nonzeroBitCount }

  /// The features whose value is not zero, in feature order.
  var nonZero: NonZero { NonZero(low: low, high: high) }

  /// Iterates the set bits of the two masks, lowest first.
  struct NonZero: Sequence, IteratorProtocol {
    var low: UInt64
    var high: UInt64

    mutating func next() -> SentenceFeature? {
      let index: Int
      if low != 0 {
        index = low.trailingZeroBitCount
        low &= low - 1
      } else if high != 0 {
        index = 64 + high.trailingZeroBitCount
        high &= high - 1
      } else {
        return nil
      }
      return SentenceFeature.all[index]
    }
  }

  /// The non-zero features by name (what the corpus dump writes).
  var named: [String: Double] {
    var result: [String: Double] = [:]
    for feature in nonZero { result[feature.name] = self[feature] }
    return result
  }

  /// Where the sentence stands in its paragraph and the paragraph in the text.
  struct Position: Sendable, Equatable {
    var paragraph: Int
    var paragraphs: Int
    var sentence: Int
    var sentences: Int
    /// The sentence's place among all the text's sentences (paragraphs aside: a text with no
    /// line breaks is one paragraph, and its thesis still opens or closes it).
    var textSentence = 0
    var textSentences = 1
  }

  /// The lexical cues one sentence carries, matched once and shared by features and support.
  struct Cues: Sendable, Equatable {
    var tokens: ArgumentTokens
    /// Every lexicon group's phrase matches.
    var matches: LexiconMatches
    var quotations: [Span]
    var citations: [Span]
    /// Token ranges of numbers followed by a unit (`40 %`, `3 million`).
    var statistics: [Range<Int>]
    var years: [Int]
    var hasNumber: Bool
    var reason: Range<Int>?
    var example: Range<Int>?
    /// An attribution (`according to`, `a study found that`).
    var source: Range<Int>?
    /// A word naming a kind of source (`research`, `survey`).
    var sourceWord: Range<Int>?
    var isQuestion: Bool
    /// Whether the sentence ends with sentence punctuation (a heading does not).
    var isTerminated: Bool

    var boosters: [Range<Int>] { matches[.boosters] }
    var hedges: [Range<Int>] { matches[.hedges] }
  }

  /// What a sentence's features read from the sentence before or after it in its paragraph.
  struct Neighbour: Sendable, Equatable {
    var hasExample: Bool
    /// A citation, an attribution or a statistic.
    var hasEvidence: Bool
    var opensOrdinal: Bool
    var opensAnaphora: Bool
    var opensConclusive: Bool
    var opensContrast: Bool

    init(_ cues: borrowing Cues) {
      hasExample = cues.example != nil
      hasEvidence = !cues.citations.isEmpty || cues.source != nil || !cues.statistics.isEmpty
      opensOrdinal = cues.matches.opens(.ordinalOpeners)
      opensAnaphora = cues.matches.opens(.anaphoricOpeners)
      opensConclusive = cues.matches.opens(.conclusive)
      opensContrast = cues.matches.opens(.contrastOpeners)
    }
  }

  /// Lexical groups matched anywhere in the sentence.
  static let anywhereGroups: [(feature: SentenceFeature, group: LexiconGroup)] = [
    (.hasConclusive, .conclusive),
    (.hasOpinion, .opinion),
    (.hasStance, .stanceWords),
    (.hasObligation, .obligation),
    (.hasPossibility, .possibility),
    (.hasPrediction, .prediction),
    (.hasEvaluative, .evaluative),
    (.hasFirstPersonSingular, .firstPersonSingular),
    (.hasFirstPersonPlural, .firstPersonPlural),
    (.hasSecondPerson, .secondPerson),
  ]

  /// Lexical groups matched only as the sentence's opening words.
  static let openingGroups: [(feature: SentenceFeature, group: LexiconGroup)] = [
    (.opensConclusion, .conclusionOpeners),
    (.opensOrdinal, .ordinalOpeners),
    (.opensAddition, .additionOpeners),
    (.opensContrast, .contrastOpeners),
    (.opensConcession, .concessionOpeners),
    (.opensOthersView, .othersViewOpeners),
    (.opensAnaphora, .anaphoricOpeners),
    (.opensCondition, .conditionOpeners),
  ]

  /// The lexical features repeated as `body.` features for sentences in body paragraphs
  /// (a cue means something else in an introduction than in a body paragraph).
  static let bodyInteracted: [(feature: SentenceFeature, body: SentenceFeature)] = [
    (.opensConclusion, .bodyOpensConclusion), (.opensOrdinal, .bodyOpensOrdinal),
    (.opensAddition, .bodyOpensAddition), (.opensContrast, .bodyOpensContrast),
    (.opensConcession, .bodyOpensConcession), (.opensOthersView, .bodyOpensOthersView),
    (.opensAnaphora, .bodyOpensAnaphora), (.opensCondition, .bodyOpensCondition),
    (.hasConclusive, .bodyHasConclusive), (.hasOpinion, .bodyHasOpinion),
    (.hasStance, .bodyHasStance), (.hasObligation, .bodyHasObligation),
    (.hasPossibility, .bodyHasPossibility), (.hasPrediction, .bodyHasPrediction),
    (.hasEvaluative, .bodyHasEvaluative), (.hasFirstPersonSingular, .bodyHasFirstPersonSingular),
    (.hasFirstPersonPlural, .bodyHasFirstPersonPlural), (.hasSecondPerson, .bodyHasSecondPerson),
    (.hasReason, .bodyHasReason), (.hasExample, .bodyHasExample), (.hasSource, .bodyHasSource),
    (.hasSourceWord, .bodyHasSourceWord), (.hasCitation, .bodyHasCitation),
    (.hasNumber, .bodyHasNumber), (.hasStatistic, .bodyHasStatistic),
    (.hasQuotation, .bodyHasQuotation), (.hasNarrative, .bodyHasNarrative),
    (.shapeQuestion, .bodyShapeQuestion),
  ]

  /// The longest unpunctuated one-line paragraph read as a heading (in words).
  static let headingWords = 12
  /// The features repeated as `one.` features when the text is a single paragraph (no line
  /// breaks at all, as ASAP's essays come): there, where a sentence stands in the text and
  /// its thesis cues have to stand in for the paragraph positions.
  static let oneParagraphInteracted: [(feature: SentenceFeature, one: SentenceFeature)] = [
    (.textFirst, .oneTextFirst), (.textLast, .oneTextLast), (.textRelative, .oneTextRelative),
    (.hasOpinion, .oneHasOpinion), (.opensConclusion, .oneOpensConclusion),
  ]

  /// The longest sentence (in tokens) read as a structure announcement (`The second problem
  /// is safety.`).
  static let announcementTokens = 8

  /// The part of the text a paragraph belongs to.
  enum Part: Int {
    case introduction, body, conclusion
  }

  /// The `position.<part><Place>` features: by ``Part``, then by place in the paragraph
  /// (first, middle, last).
  static let positions: [[SentenceFeature]] = [
    [.positionIntroFirst, .positionIntroMiddle, .positionIntroLast],
    [.positionBodyFirst, .positionBodyMiddle, .positionBodyLast],
    [.positionConclusionFirst, .positionConclusionMiddle, .positionConclusionLast],
  ]

  /// The sentence's distinct content words (not stop words), and how many of them it shares
  /// with the thesis vocabulary (the title and the thesis sentence) and with its paragraph's
  /// first sentence.
  struct Overlap: Sendable, Equatable {
    var contentWords = 0
    var thesisWords = 0
    var leadWords = 0
  }

  /// Computes the features of one sentence.
  /// - Parameters:
  ///   - previous: the cues of the sentence before in the same paragraph.
  ///   - next: the cues of the sentence after in the same paragraph.
  init(
    cues: borrowing Cues, position: Position, overlap: Overlap, previous: Neighbour?,
    next: Neighbour?
  ) {
    let tokenCount = cues.tokens.count
    // A text of one or two paragraphs (a short post) has no introduction and conclusion to
    // speak of: each paragraph is read like a body paragraph, lead sentence first. (Every
    // training essay has four paragraphs or more, so this is a choice, not a learnt rule.)
    let part: Part
    if position.paragraphs < 3 {
      part = .body
    } else if position.paragraph == 0 {
      part = .introduction
    } else if position.paragraph == position.paragraphs - 1 {
      part = .conclusion
    } else {
      part = .body
    }
    let place: Int  // first, middle, last
    if position.sentence == 0 {
      place = 0
    } else if position.sentence == position.sentences - 1 {
      place = 2
    } else {
      place = 1
    }
    self[Self.positions[part.rawValue][place]] = 1
    self[.positionOnly] = position.sentences == 1 ? 1 : 0
    self[.positionRelative] = Double(position.sentence) / Double(max(1, position.sentences - 1))
    self[.shapeLength] = Double(min(tokenCount, 60)) / 30
    self[.shapeCommas] = Double(min(cues.tokens.commas, 5)) / 5
    self[.shapeQuestion] = cues.isQuestion ? 1 : 0
    // A short unpunctuated paragraph of its own: a heading or a label, not prose.
    self[.shapeHeading] =
      !cues.isTerminated && position.sentences == 1 && tokenCount <= Self.headingWords ? 1 : 0

    // `The second problem is safety.`, `There are three reasons.`: a short sentence whose
    // subject is a structure noun counted or numbered.
    let structureNoun = cues.matches.first(.structureNouns)
    self[.shapeAnnouncement] =
      tokenCount <= Self.announcementTokens && (structureNoun?.lowerBound ?? .max) < 4
        && (cues.matches.opens(.ordinalOpeners) || cues.matches.has(.counts)) ? 1 : 0
    // Where the sentence stands in the whole text: read in essays (three paragraphs or more)
    // and in texts of one paragraph (below, as `one.` features), not in a short post of two,
    // which the training essays never are.
    if position.paragraphs != 2 {
      self[.textFirst] = position.textSentence == 0 ? 1 : 0
      self[.textLast] = position.textSentence == position.textSentences - 1 ? 1 : 0
      self[.textRelative] =
        Double(position.textSentence) / Double(max(1, position.textSentences - 1))
    }
    if position.paragraph > 0, overlap.contentWords > 0 {
      self[.overlapThesis] = Double(overlap.thesisWords) / Double(overlap.contentWords)
    }
    if position.sentence > 0, overlap.contentWords > 0 {
      self[.overlapParagraphLead] = Double(overlap.leadWords) / Double(overlap.contentWords)
    }

    for (feature, group) in Self.openingGroups where cues.matches.opens(group) {
      self[feature] = 1
    }
    for (feature, group) in Self.anywhereGroups where cues.matches.has(group) {
      self[feature] = 1
    }
    self[.hasReason] = cues.reason == nil ? 0 : 1
    self[.hasExample] = cues.example == nil ? 0 : 1
    self[.hasSource] = cues.source == nil ? 0 : 1
    self[.hasSourceWord] = cues.sourceWord == nil ? 0 : 1
    self[.hasCitation] = cues.citations.isEmpty ? 0 : 1
    self[.hasNumber] = cues.hasNumber ? 1 : 0
    self[.hasStatistic] = cues.statistics.isEmpty ? 0 : 1
    self[.hasYear] = cues.years.isEmpty ? 0 : 1
    self[.hasQuotation] = cues.quotations.isEmpty ? 0 : 1
    self[.hasBooster] = cues.matches.has(.boosters) ? 1 : 0
    self[.hasHedge] = cues.matches.has(.hedges) ? 1 : 0
    let narrative = cues.matches.count(.narrative)
    self[.hasNarrative] = Double(min(narrative, 3)) / 3
    if let previous {
      self[.previousExample] = previous.hasExample ? 1 : 0
      self[.previousOrdinal] = previous.opensOrdinal ? 1 : 0
      self[.previousEvidence] = previous.hasEvidence ? 1 : 0
    }
    if let next {
      self[.nextExample] = next.hasExample ? 1 : 0
      self[.nextEvidence] = next.hasEvidence ? 1 : 0
      self[.nextAnaphora] = next.opensAnaphora ? 1 : 0
      self[.nextConclusive] = next.opensConclusive ? 1 : 0
      self[.nextContrast] = next.opensContrast ? 1 : 0
    }
    if part == .body {
      for (feature, body) in Self.bodyInteracted { self[body] = self[feature] }
    }
    if position.paragraphs == 1 {
      self[.oneParagraph] = 1
      for (feature, one) in Self.oneParagraphInteracted { self[one] = self[feature] }
    }
  }
}
