/// The JSON record of one graded submission (a line of `results.jsonl`, and the JSON report).
///
/// A versioned contract like `analyze`'s: add fields, never rename or drop one.
public struct ResultRecord: Sendable, Encodable {
  public static let currentSchemaVersion = 1

  public var result: SubmissionResult
  /// The file the submission came from, as the user named it.
  public var source: String

  /// The grading time, written only when asked for (`grade --timestamp`).
  public var gradedAt: String?

  /// The student's ID: the roster's, else the LMS id from the file name (class stage).
  public var studentID: String?
  /// Graded, superseded by a later version, or the post author's own reply (class stage).
  public var status: ClassGrades.Entry.Status = .graded
  /// For a superseded submission, the one graded instead.
  public var supersededBy: String?
  /// The teacher's overrides applied to this submission.
  public var overrides: [AppliedOverride] = []

  /// With `grade --previous`: the draft and what changed (`null` for a final with no draft).
  /// Left out otherwise.
  public var previous: RevisionRecord??

  public init(
    _ result: SubmissionResult, source: String, gradedAt: String? = nil,
    previous: RevisionRecord?? = nil
  ) {
    self.result = result
    self.source = source
    self.gradedAt = gradedAt
    self.previous = previous
  }

  /// The record of a submission placed in its class.
  public init(
    _ entry: ClassGrades.Entry, in grades: ClassGrades, source: String, gradedAt: String? = nil
  ) {
    self.init(entry.result, source: source, gradedAt: gradedAt)
    studentID = grades.students[entry.student].id
    status = entry.status
    supersededBy = entry.supersededBy
    overrides = entry.overrides
  }

  /// `post`, `comment`, or `reply` for the post author's own comment.
  var kind: String { status == .reply ? "reply" : result.submission.kind.rawValue }

  enum Keys: String, CodingKey {
    case schemaVersion, id, kind, source, student, title, author, date, post, parent, rubric
    case points, maximumPoints, percentage, grade, criteria, analysis, gradedAt, previous
    case studentId, superseded, supersededBy, overrides
  }

  public func encode(to encoder: any Encoder) throws {
    let submission = result.submission
    var container = encoder.container(keyedBy: Keys.self)
    try container.encode(Self.currentSchemaVersion, forKey: .schemaVersion)
    try container.encode(submission.id, forKey: .id)
    try container.encode(kind, forKey: .kind)
    try container.encode(source, forKey: .source)
    try container.encode(submission.student, forKey: .student)
    try container.encode(submission.title, forKey: .title)
    try container.encode(submission.author, forKey: .author)
    try container.encode(submission.date, forKey: .date)
    try container.encode(submission.post, forKey: .post)
    try container.encode(submission.parent, forKey: .parent)
    try container.encode(["id": result.rubricID, "title": result.rubricTitle], forKey: .rubric)
    try container.encode(result.points, forKey: .points)
    try container.encode(result.maximumPoints, forKey: .maximumPoints)
    try container.encode(result.percentage, forKey: .percentage)
    try container.encode(result.grade, forKey: .grade)
    try container.encode(
      result.criteria.map { CriterionRecord($0, document: result.analysis.document) },
      forKey: .criteria)
    try container.encode(SubmissionRecord(result.analysis), forKey: .analysis)
    try container.encodeIfPresent(gradedAt, forKey: .gradedAt)
    try container.encode(studentID, forKey: .studentId)
    try container.encode(status == .superseded, forKey: .superseded)
    try container.encode(supersededBy, forKey: .supersededBy)
    try container.encode(overrides.map(OverrideRecord.init), forKey: .overrides)
    if let previous { try container.encode(previous, forKey: .previous) }
  }
}

/// An override in a result record: the computed level and points, and the adjusted ones.
struct OverrideRecord: Encodable {
  var line: Int
  var criterion: String
  var computedLevel: String
  var computedPoints: Double
  var level: String
  var points: Double
  var reason: String

  init(_ applied: AppliedOverride) {
    line = applied.line
    criterion = applied.criterionID
    computedLevel = applied.computedLevel
    computedPoints = applied.computedPoints
    level = applied.level
    points = applied.points
    reason = applied.reason
  }
}

/// One criterion in a result record, with its evidence quoted and located.
struct CriterionRecord: Encodable {
  var id: String
  var title: String
  var measure: String
  var value: Double
  var formattedValue: String
  var level: String
  var points: Double
  var maximumPoints: Double
  var lowestLevel: Bool
  var feedback: String
  var evidence: [EvidenceRecord]

  init(_ criterion: CriterionResult, document: Document) {
    id = criterion.criterionID
    title = criterion.title
    measure = criterion.measure
    value = (criterion.value * 10000).rounded() / 10000
    formattedValue = criterion.formattedValue
    level = criterion.level
    points = criterion.points
    maximumPoints = criterion.maximumPoints
    lowestLevel = criterion.isLowestLevel
    feedback = criterion.feedback
    evidence = criterion.evidence.map { EvidenceRecord($0, document: document) }
  }
}

/// A span with its line and its text, for readers of the JSON who have no copy of the input.
struct EvidenceRecord: Encodable {
  var start: Int
  var end: Int
  /// The line and column (in Unicode scalars) of the student's file, whatever its format.
  var line: Int
  var column: Int
  var text: String

  init(_ span: Span, document: Document) {
    start = span.start
    end = span.end
    (line, column) = document.position(of: span.start)
    text = document.text(of: span)
  }
}
