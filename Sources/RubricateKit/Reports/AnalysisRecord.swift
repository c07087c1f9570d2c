/// The `analyze` JSON for one input file: a documented, versioned contract.
///
/// Field names are public: scripts read them. Add fields; never rename or drop one. Optional
/// values are written as `null` rather than left out, so every key is always present.
public struct AnalysisRecord: Sendable, Encodable {
  /// Bumped only when a field changes meaning; new fields do not bump it.
  public static let currentSchemaVersion = 1

  public var schemaVersion: Int = AnalysisRecord.currentSchemaVersion
  public var source: String
  public var submissions: [SubmissionRecord]

  public init(source: String, analyses: [SubmissionAnalysis]) {
    self.source = source
    self.submissions = analyses.map(SubmissionRecord.init)
  }
}

/// One submission in `analyze` JSON.
public struct SubmissionRecord: Sendable, Encodable {
  public var analysis: SubmissionAnalysis

  public init(_ analysis: SubmissionAnalysis) { self.analysis = analysis }

  enum Keys: String, CodingKey {
    case id, kind, title, author, date, dateText, student, post, parent, segments, stats
    case sentences, references, citations, claims, comment, links, language
  }

  public func encode(to encoder: any Encoder) throws {
    let submission = analysis.submission
    var container = encoder.container(keyedBy: Keys.self)
    try container.encode(submission.id, forKey: .id)
    try container.encode(submission.kind, forKey: .kind)
    try container.encode(submission.title, forKey: .title)
    try container.encode(submission.author, forKey: .author)
    try container.encode(submission.date, forKey: .date)
    try container.encode(submission.dateText, forKey: .dateText)
    try container.encode(submission.student, forKey: .student)
    try container.encode(submission.post, forKey: .post)
    try container.encode(submission.parent, forKey: .parent)
    try container.encode(segmentRecords, forKey: .segments)
    try container.encode(StatsRecord(analysis), forKey: .stats)
    try container.encode(sentenceRecords, forKey: .sentences)
    try container.encode(analysis.citations.references, forKey: .references)
    try container.encode(analysis.citations.citations, forKey: .citations)
    try container.encode(analysis.argument.claims, forKey: .claims)
    try container.encode(analysis.comment, forKey: .comment)
    try container.encode(linkRecords, forKey: .links)
    try container.encode(LanguageRecord(analysis.language), forKey: .language)
  }

  var segmentRecords: [SegmentRecord] {
    analysis.submission.segments.map {
      SegmentRecord(kind: $0.kind.rawValue, start: $0.span.start, end: $0.span.end, rule: $0.rule)
    }
  }

  /// Every body sentence with its role, and how sure the model is when it ran.
  var sentenceRecords: [SentenceRecord] {
    let roles = analysis.argument.roles
    let assessments = analysis.argument.sentences
    return analysis.text.sentences.enumerated().map { index, span in
      let assessment = index < assessments.count ? assessments[index] : nil
      return SentenceRecord(
        start: span.start, end: span.end, text: analysis.document.text(of: span),
        role: index < roles.count ? roles[index].rawValue : SentenceRole.other.rawValue,
        confidence: assessment.map { ($0.confidence * 1000).rounded() / 1000 },
        features: assessment?.features ?? [])
    }
  }

  var linkRecords: [LinkRecord] {
    analysis.submission.links.map {
      LinkRecord(url: $0.url, start: $0.span.start, end: $0.span.end)
    }
  }
}

struct SegmentRecord: Encodable {
  var kind: String
  var start: Int
  var end: Int
  var rule: String
}

struct SentenceRecord: Encodable {
  var start: Int
  var end: Int
  var text: String
  var role: String
  /// How sure the role is, and the features that weighed most for it (strongest first).
  var confidence: Double?
  var features: [FeatureWeight]
}

struct LinkRecord: Encodable {
  var url: String
  var start: Int
  var end: Int
}

/// `stats` in `analyze` JSON: the body's counts plus one summary number per analysis.
struct StatsRecord: Encodable {
  var words: Int
  var sentences: Int
  var paragraphs: Int
  var syllables: Int
  var letters: Int
  var readability: ReadabilityScores
  var quotedWords: Int
  var citationsInText: Int
  var referencesUncited: Int
  var claims: Int
  var claimsSupported: Int
  var boostersPer100Words: Double
  var hedgesPer100Words: Double
  var spellingErrors: Int
  var mechanicsErrors: Int

  init(_ analysis: SubmissionAnalysis) {
    let statistics = analysis.text.statistics
    words = statistics.words
    sentences = statistics.sentences
    paragraphs = statistics.paragraphs
    syllables = statistics.syllables
    letters = statistics.letters
    readability = statistics.readability
    quotedWords = analysis.quotes.statistics.words
    citationsInText = analysis.summary.citationsInText
    referencesUncited = analysis.summary.referencesUncited
    claims = analysis.argument.claims.count
    claimsSupported = analysis.summary.claimsSupported
    boostersPer100Words = analysis.argument.boostersPer100Words
    hedgesPer100Words = analysis.argument.hedgesPer100Words
    spellingErrors = analysis.language.spelling.count
    mechanicsErrors = analysis.language.mechanics.count
  }
}
