/// What a revision changed since its draft: scores, findings, sentences, words, sources, and
/// which peer suggestions it took up.
public struct Revision: Sendable, Equatable {
  /// One criterion then and now.
  public struct CriterionChange: Sendable, Equatable {
    public var id: String
    public var title: String
    /// Nil when the draft's rubric had no such criterion.
    public var previousPoints: Double?
    public var previousLevel: String?
    /// Nil when the final's rubric has no such criterion.
    public var points: Double?
    public var level: String?
    public var maximumPoints: Double

    /// Points gained (negative: lost); nil when either side lacks the criterion.
    public var change: Double? {
      guard let previousPoints, let points else { return nil }
      return points - previousPoints
    }
  }

  /// A sentence-level change with the texts it concerns.
  public struct SentenceEdit: Sendable, Equatable {
    /// `added`, `removed`, `rewritten` or `moved`.
    public var kind: String
    public var old: String?
    public var new: String?
    /// The sentence's index in the final (nil for a removal).
    public var newIndex: Int?
  }

  /// A peer suggestion or question the revision took up.
  public struct Uptake: Sendable, Equatable {
    public var feedback: RevisionSnapshot.Feedback
    /// The title of the post that took it up.
    public var post: String?
    /// Why it counts as taken up, in a sentence for the report.
    public var evidence: String
  }

  public var previous: RevisionSnapshot
  public var current: RevisionSnapshot
  public var criteria: [CriterionChange]
  /// Findings of the draft that the final no longer has.
  public var resolved: [RevisionSnapshot.Finding]
  /// Findings only the final has.
  public var new: [RevisionSnapshot.Finding]
  /// Findings of the draft still in the final (with the final's text).
  public var open: [RevisionSnapshot.Finding]
  public var alignment: SentenceAlignment
  public var wordsAdded: Int
  public var wordsRemoved: Int
  public var sourcesAdded: [String]
  public var sourcesDropped: [String]
  public var uptake: [Uptake]

  /// Compares a final with its draft.
  public init(previous: RevisionSnapshot, current: RevisionSnapshot) {
    self.previous = previous
    self.current = current
    criteria = Self.criteria(previous.criteria, current.criteria)
    alignment = SentenceAlignment(old: previous.sentences, new: current.sentences)
    (resolved, new, open) = Self.findings(previous.findings, current.findings, alignment)
    (wordsAdded, wordsRemoved) = Self.wordChanges(previous.sentences, current.sentences)
    (sourcesAdded, sourcesDropped) = Self.sources(previous.sources, current.sources)
    uptake = Self.uptake(previous, current, alignment)
  }

  /// Whether nothing at all changed: same scores, same sentences, same findings.
  public var isUnchanged: Bool {
    alignment.isUnchanged && resolved.isEmpty && new.isEmpty
      && criteria.allSatisfy { $0.change == 0 } && sourcesAdded.isEmpty && sourcesDropped.isEmpty
  }

  /// How many sentences were added, removed, rewritten and moved.
  public struct SentenceCounts: Sendable, Equatable, Encodable {
    public var added = 0
    public var removed = 0
    public var rewritten = 0
    public var moved = 0
  }

  public var sentenceCounts: SentenceCounts {
    var counts = SentenceCounts()
    for change in alignment.changes {
      switch change {
      case .added: counts.added += 1
      case .removed: counts.removed += 1
      case .rewritten: counts.rewritten += 1
      case .moved: counts.moved += 1
      case .unchanged: break
      }
    }
    return counts
  }

  /// Points gained since the draft.
  public var pointsChange: Double { current.points - previous.points }

  /// The sentence changes worth listing (unchanged sentences left out), in the final's order.
  public var edits: [SentenceEdit] {
    alignment.changes.compactMap { change in
      switch change {
      case .unchanged: nil
      case .moved(let old, let new):
        SentenceEdit(
          kind: "moved", old: previous.sentences[old], new: current.sentences[new], newIndex: new)
      case .rewritten(let old, let new):
        SentenceEdit(
          kind: "rewritten", old: previous.sentences[old], new: current.sentences[new],
          newIndex: new)
      case .added(let new):
        SentenceEdit(kind: "added", old: nil, new: current.sentences[new], newIndex: new)
      case .removed(let old):
        SentenceEdit(kind: "removed", old: previous.sentences[old], new: nil, newIndex: nil)
      }
    }
  }

  static func criteria(
    _ old: [RevisionSnapshot.Criterion], _ new: [RevisionSnapshot.Criterion]
  ) -> [CriterionChange] {
    var changes = new.map { criterion in
      let before = old.first { $0.id == criterion.id }
      return CriterionChange(
        id: criterion.id, title: criterion.title, previousPoints: before?.points,
        previousLevel: before?.level, points: criterion.points, level: criterion.level,
        maximumPoints: criterion.maximumPoints)
    }
    for criterion in old where !new.contains(where: { $0.id == criterion.id }) {
      changes.append(
        CriterionChange(
          id: criterion.id, title: criterion.title, previousPoints: criterion.points,
          previousLevel: criterion.level, points: nil, level: nil,
          maximumPoints: criterion.maximumPoints))
    }
    return changes
  }
}
