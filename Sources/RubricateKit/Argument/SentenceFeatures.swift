/// The feature values of one sentence: what the role models read and what explains them.
///
/// One `Double` a ``SentenceFeature``, indexed by its raw value; absent features are zero.
/// Names (``named``) are built only for the corpus dump.
struct SentenceFeatures: Sendable, Equatable {
  /// Indexed by ``SentenceFeature/rawValue``.
  private(set) var values = [Double](repeating: 0, count: SentenceFeature.count)

  /// All features zero.
  init() {}

  subscript(feature: SentenceFeature) -> Double {
    get { values[feature.rawValue] }
    set { values[feature.rawValue] = newValue }
  }

  /// The non-zero features by name (what the corpus dump writes).
  var named: [String: Double] {
    var result: [String: Double] = [:]
    for feature in SentenceFeature.allCases where self[feature] != 0 {
      result[feature.name] = self[feature]
    }
    return result
  }

  /// Where the sentence stands in its paragraph and the paragraph in the text.
  struct Position: Sendable, Equatable {
    var paragraph: Int
    var paragraphs: Int
    var sentence: Int
    var sentences: Int
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
    var numbers: [Int]
    var reason: Range<Int>?
    var example: Range<Int>?
    /// An attribution (`according to`, `a study found that`).
    var source: Range<Int>?
    /// A word naming a kind of source (`research`, `survey`).
    var sourceWord: Range<Int>?
    var boosters: [Range<Int>]
    var hedges: [Range<Int>]
    var isQuestion: Bool
    /// Whether the sentence ends with sentence punctuation (a heading does not).
    var isTerminated: Bool
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

  /// Computes the features of one sentence.
  /// - Parameters:
  ///   - topic: content words of the thesis sentence and the title.
  ///   - lead: content words of the paragraph's first sentence.
  ///   - previous: the cues of the sentence before in the same paragraph.
  ///   - next: the cues of the sentence after in the same paragraph.
  init(
    cues: Cues, position: Position, topic: Set<String>, lead: Set<String>, previous: Cues?,
    next: Cues?, commas: Int
  ) {
    let tokens = cues.tokens
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
    self[.shapeLength] = Double(min(tokens.count, 60)) / 30
    self[.shapeCommas] = Double(min(commas, 5)) / 5
    self[.shapeQuestion] = cues.isQuestion ? 1 : 0
    // A short unpunctuated paragraph of its own: a heading or a label, not prose.
    self[.shapeHeading] =
      !cues.isTerminated && position.sentences == 1 && tokens.count <= Self.headingWords ? 1 : 0

    let content = Set(tokens.words.filter { !ArgumentLexicon.stopWords.contains($0) })
    if position.paragraph > 0, !content.isEmpty {
      self[.overlapThesis] = Double(content.intersection(topic).count) / Double(content.count)
    }
    if position.sentence > 0, !content.isEmpty {
      self[.overlapParagraphLead] =
        Double(content.intersection(lead).count) / Double(content.count)
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
    self[.hasNumber] = cues.numbers.isEmpty ? 0 : 1
    self[.hasStatistic] = cues.statistics.isEmpty ? 0 : 1
    self[.hasYear] = cues.years.isEmpty ? 0 : 1
    self[.hasQuotation] = cues.quotations.isEmpty ? 0 : 1
    self[.hasBooster] = cues.boosters.isEmpty ? 0 : 1
    self[.hasHedge] = cues.hedges.isEmpty ? 0 : 1
    let narrative = cues.matches[.narrative].count
    self[.hasNarrative] = Double(min(narrative, 3)) / 3
    if let previous {
      self[.previousExample] = previous.example == nil ? 0 : 1
      self[.previousOrdinal] = previous.matches.opens(.ordinalOpeners) ? 1 : 0
      self[.previousEvidence] =
        previous.citations.isEmpty && previous.source == nil && previous.statistics.isEmpty
        ? 0 : 1
    }
    if let next {
      self[.nextExample] = next.example == nil ? 0 : 1
      self[.nextEvidence] =
        next.citations.isEmpty && next.source == nil && next.statistics.isEmpty ? 0 : 1
      self[.nextAnaphora] = next.matches.opens(.anaphoricOpeners) ? 1 : 0
      self[.nextConclusive] = next.matches.opens(.conclusive) ? 1 : 0
      self[.nextContrast] = next.matches.opens(.contrastOpeners) ? 1 : 0
    }
    if part == .body {
      for (feature, body) in Self.bodyInteracted { self[body] = self[feature] }
    }
  }
}
