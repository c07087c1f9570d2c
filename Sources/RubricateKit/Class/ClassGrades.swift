/// The class stage: who each graded submission belongs to, which submissions count, and each
/// student's assignment grade.
///
/// Built once from the graded results, before any report or gradebook is written:
/// 1. every submission resolves to one student (``IdentityResolver``; with a roster, its
///    students, each listed even when they submitted nothing);
/// 2. a comment by the post's own author on that post is an author **reply**: kept for the
///    post's report, not graded;
/// 3. of a student's several posts the latest is graded and the others are **superseded**
///    (``ClassGrades/isLater(_:than:)`` gives the order);
/// 4. teacher overrides are applied;
/// 5. each student's total follows the ``AssignmentRule``.
public struct ClassGrades: Sendable, Equatable {
  /// One submission and its place in the class.
  public struct Entry: Sendable, Equatable {
    public enum Status: String, Sendable, Equatable {
      /// Counts toward the student's grade.
      case graded
      /// An earlier version of a post the student submitted again.
      case superseded
      /// The post author's own comment on their post: shown, not graded.
      case reply
    }

    /// The result, with overrides applied (a reply keeps its computed scores here; reports
    /// show it ungraded).
    public var result: SubmissionResult
    /// Index into ``ClassGrades/students``.
    public var student: Int
    public var status: Status
    /// For a superseded submission: the id of the one graded instead.
    public var supersededBy: String?
    public var overrides: [AppliedOverride] = []
  }

  /// One student: one gradebook row.
  public struct Student: Sendable, Equatable {
    /// The name reports show (`First Last`).
    public var name: String
    /// The roster's entry, when the student is on the roster.
    public var rosterEntry: Roster.Entry?
    /// The roster's ID, else the LMS id from a file name.
    public var id: String?
    /// Moodle's participant number, when known.
    public var moodleParticipant: String?
    /// Indices into ``ClassGrades/entries``: posts first, then by submission id.
    public var entries: [Int] = []
    /// Whether any graded submission was late.
    public var late = false
    /// The assignment grade (nil: missing and the rule leaves it blank).
    public var points: Double?
    /// Nothing graded for this student.
    public var missing: Bool { points == nil || gradedCount == 0 }
    var gradedCount = 0
  }

  /// Every submission, in the order given to ``build(results:rubrics:roster:rule:overrides:)``.
  public var entries: [Entry]
  /// Roster students first, in roster order; then everyone else by name.
  public var students: [Student]
  public var rule: AssignmentRule
  /// Points Possible, from the rubrics' maxima and the rule.
  public var possible: Double
  /// Names matching no roster student, or several students.
  public var nameIssues: [NameIssue]
  /// Every override applied, in file order.
  public var overrides: [AppliedOverride]
  /// The roster used, if any.
  public var roster: Roster?
  /// Post id → indices of the author's replies on it.
  public var repliesByPost: [String: [Int]] = [:]
}
