/// `previous` in a result record (`grade --previous`) and `rubricate diff --format json`: the
/// draft's scores and what the revision changed. A public contract: add fields, never rename.
public struct RevisionRecord: Sendable, Encodable {
  struct CriterionRecord: Encodable {
    var id: String
    var points: Double
    var level: String
    /// The final's points minus the draft's (null when the final's rubric lacks the criterion).
    var change: Double?

    enum Keys: String, CodingKey { case id, points, level, change }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: Keys.self)
      try container.encode(change, forKey: .change)
      try container.encode(id, forKey: .id)
      try container.encode(level, forKey: .level)
      try container.encode(points, forKey: .points)
    }
  }

  struct FindingRecord: Encodable {
    var kind: String
    var text: String
  }

  struct EditRecord: Encodable {
    var kind: String
    var old: String?
    var new: String?

    enum Keys: String, CodingKey { case kind, old, new }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: Keys.self)
      try container.encode(kind, forKey: .kind)
      try container.encode(new, forKey: .new)
      try container.encode(old, forKey: .old)
    }
  }

  struct UptakeRecord: Encodable {
    var comment: String
    var author: String?
    var kind: String
    var text: String
    var evidence: String

    enum Keys: String, CodingKey { case comment, author, kind, text, evidence }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: Keys.self)
      try container.encode(author, forKey: .author)
      try container.encode(comment, forKey: .comment)
      try container.encode(evidence, forKey: .evidence)
      try container.encode(kind, forKey: .kind)
      try container.encode(text, forKey: .text)
    }
  }

  /// The draft's id, total and criteria.
  var id: String
  var points: Double
  var maximumPoints: Double
  var percentage: Double
  var criteria: [CriterionRecord]
  var resolved: [FindingRecord]
  var new: [FindingRecord]
  var open: [FindingRecord]
  var sentences: Revision.SentenceCounts
  var edits: [EditRecord]
  var wordsAdded: Int
  var wordsRemoved: Int
  var sourcesAdded: [String]
  var sourcesDropped: [String]
  var uptake: [UptakeRecord]
  var unchanged: Bool

  public init(_ revision: Revision) {
    let previous = revision.previous
    id = previous.id
    points = previous.points
    maximumPoints = previous.maximumPoints
    percentage = previous.percentage
    criteria = previous.criteria.map { criterion in
      let change = revision.criteria.first { $0.id == criterion.id }?.change
      return CriterionRecord(
        id: criterion.id, points: criterion.points, level: criterion.level, change: change)
    }
    func records(_ findings: [RevisionSnapshot.Finding]) -> [FindingRecord] {
      findings.map { FindingRecord(kind: $0.kind, text: $0.text) }
    }
    resolved = records(revision.resolved)
    new = records(revision.new)
    open = records(revision.open)
    sentences = revision.sentenceCounts
    edits = revision.edits.map { EditRecord(kind: $0.kind, old: $0.old, new: $0.new) }
    wordsAdded = revision.wordsAdded
    wordsRemoved = revision.wordsRemoved
    sourcesAdded = revision.sourcesAdded
    sourcesDropped = revision.sourcesDropped
    uptake = revision.uptake.map {
      UptakeRecord(
        comment: $0.feedback.commentID, author: $0.feedback.author, kind: $0.feedback.kind,
        text: $0.feedback.text, evidence: $0.evidence)
    }
    unchanged = revision.isUnchanged
  }
}
