/// One feature the role models read, as a small integer: ``SentenceFeatures`` stores its values
/// in an array indexed by ``rawValue`` and ``LogisticModel`` its weights the same way, so scoring
/// a sentence hashes no strings.
///
/// ``name`` is the stable name: the trained weights (`ArgumentModel+Weights.swift`) are keyed
/// by it, `bench/train_claims.py` reads it from the corpus dump, and explanations show it.
enum SentenceFeature: Int, Sendable, CaseIterable {
  case positionIntroFirst, positionIntroMiddle, positionIntroLast
  case positionBodyFirst, positionBodyMiddle, positionBodyLast
  case positionConclusionFirst, positionConclusionMiddle, positionConclusionLast
  case positionOnly, positionRelative
  case shapeLength, shapeCommas, shapeQuestion, shapeHeading, shapeAnnouncement
  case textFirst, textLast, textRelative
  case oneParagraph, oneTextFirst, oneTextLast, oneTextRelative, oneHasOpinion, oneOpensConclusion
  case overlapThesis, overlapParagraphLead
  case opensConclusion, opensOrdinal, opensAddition, opensContrast, opensConcession
  case opensOthersView, opensAnaphora, opensCondition
  case hasConclusive, hasOpinion, hasStance, hasObligation, hasPossibility, hasPrediction
  case hasEvaluative, hasFirstPersonSingular, hasFirstPersonPlural, hasSecondPerson
  case hasReason, hasExample, hasSource, hasSourceWord, hasCitation, hasNumber, hasStatistic
  case hasYear, hasQuotation, hasBooster, hasHedge, hasNarrative
  case previousExample, previousOrdinal, previousEvidence
  case nextExample, nextEvidence, nextAnaphora, nextConclusive, nextContrast
  case bodyOpensConclusion, bodyOpensOrdinal, bodyOpensAddition, bodyOpensContrast
  case bodyOpensConcession, bodyOpensOthersView, bodyOpensAnaphora, bodyOpensCondition
  case bodyHasConclusive, bodyHasOpinion, bodyHasStance, bodyHasObligation
  case bodyHasPossibility, bodyHasPrediction, bodyHasEvaluative, bodyHasFirstPersonSingular
  case bodyHasFirstPersonPlural, bodyHasSecondPerson, bodyHasReason, bodyHasExample
  case bodyHasSource, bodyHasSourceWord, bodyHasCitation, bodyHasNumber, bodyHasStatistic
  case bodyHasQuotation, bodyHasNarrative, bodyShapeQuestion

  /// Every feature, by raw value (`allCases` builds an array on every call).
  static let all = allCases
  static let count = all.count

  /// The feature called `name`, if there is one.
  init?(name: String) {
    guard let feature = Self.all.first(where: { $0.name == name }) else { return nil }
    self = feature
  }

  /// The stable name (`has.opinion`, `body.opens.contrast`, `position.introFirst`).
  var name: String {
    switch self {
    case .positionIntroFirst: "position.introFirst"
    case .positionIntroMiddle: "position.introMiddle"
    case .positionIntroLast: "position.introLast"
    case .positionBodyFirst: "position.bodyFirst"
    case .positionBodyMiddle: "position.bodyMiddle"
    case .positionBodyLast: "position.bodyLast"
    case .positionConclusionFirst: "position.conclusionFirst"
    case .positionConclusionMiddle: "position.conclusionMiddle"
    case .positionConclusionLast: "position.conclusionLast"
    case .positionOnly: "position.only"
    case .positionRelative: "position.relative"
    case .shapeLength: "shape.length"
    case .shapeCommas: "shape.commas"
    case .shapeQuestion: "shape.question"
    case .shapeHeading: "shape.heading"
    case .shapeAnnouncement: "shape.announcement"
    case .textFirst: "text.first"
    case .textLast: "text.last"
    case .textRelative: "text.relative"
    case .oneParagraph: "one.paragraph"
    case .oneTextFirst: "one.text.first"
    case .oneTextLast: "one.text.last"
    case .oneTextRelative: "one.text.relative"
    case .oneHasOpinion: "one.has.opinion"
    case .oneOpensConclusion: "one.opens.conclusion"
    case .overlapThesis: "overlap.thesis"
    case .overlapParagraphLead: "overlap.paragraphLead"
    case .opensConclusion: "opens.conclusion"
    case .opensOrdinal: "opens.ordinal"
    case .opensAddition: "opens.addition"
    case .opensContrast: "opens.contrast"
    case .opensConcession: "opens.concession"
    case .opensOthersView: "opens.othersView"
    case .opensAnaphora: "opens.anaphora"
    case .opensCondition: "opens.condition"
    case .hasConclusive: "has.conclusive"
    case .hasOpinion: "has.opinion"
    case .hasStance: "has.stance"
    case .hasObligation: "has.obligation"
    case .hasPossibility: "has.possibility"
    case .hasPrediction: "has.prediction"
    case .hasEvaluative: "has.evaluative"
    case .hasFirstPersonSingular: "has.firstPersonSingular"
    case .hasFirstPersonPlural: "has.firstPersonPlural"
    case .hasSecondPerson: "has.secondPerson"
    case .hasReason: "has.reason"
    case .hasExample: "has.example"
    case .hasSource: "has.source"
    case .hasSourceWord: "has.sourceWord"
    case .hasCitation: "has.citation"
    case .hasNumber: "has.number"
    case .hasStatistic: "has.statistic"
    case .hasYear: "has.year"
    case .hasQuotation: "has.quotation"
    case .hasBooster: "has.booster"
    case .hasHedge: "has.hedge"
    case .hasNarrative: "has.narrative"
    case .previousExample: "previous.example"
    case .previousOrdinal: "previous.ordinal"
    case .previousEvidence: "previous.evidence"
    case .nextExample: "next.example"
    case .nextEvidence: "next.evidence"
    case .nextAnaphora: "next.anaphora"
    case .nextConclusive: "next.conclusive"
    case .nextContrast: "next.contrast"
    case .bodyOpensConclusion: "body.opens.conclusion"
    case .bodyOpensOrdinal: "body.opens.ordinal"
    case .bodyOpensAddition: "body.opens.addition"
    case .bodyOpensContrast: "body.opens.contrast"
    case .bodyOpensConcession: "body.opens.concession"
    case .bodyOpensOthersView: "body.opens.othersView"
    case .bodyOpensAnaphora: "body.opens.anaphora"
    case .bodyOpensCondition: "body.opens.condition"
    case .bodyHasConclusive: "body.has.conclusive"
    case .bodyHasOpinion: "body.has.opinion"
    case .bodyHasStance: "body.has.stance"
    case .bodyHasObligation: "body.has.obligation"
    case .bodyHasPossibility: "body.has.possibility"
    case .bodyHasPrediction: "body.has.prediction"
    case .bodyHasEvaluative: "body.has.evaluative"
    case .bodyHasFirstPersonSingular: "body.has.firstPersonSingular"
    case .bodyHasFirstPersonPlural: "body.has.firstPersonPlural"
    case .bodyHasSecondPerson: "body.has.secondPerson"
    case .bodyHasReason: "body.has.reason"
    case .bodyHasExample: "body.has.example"
    case .bodyHasSource: "body.has.source"
    case .bodyHasSourceWord: "body.has.sourceWord"
    case .bodyHasCitation: "body.has.citation"
    case .bodyHasNumber: "body.has.number"
    case .bodyHasStatistic: "body.has.statistic"
    case .bodyHasQuotation: "body.has.quotation"
    case .bodyHasNarrative: "body.has.narrative"
    case .bodyShapeQuestion: "body.shape.question"
    }
  }
}
