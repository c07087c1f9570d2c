/// What needs a teacher's eyes before the numbers: the class report's first section.
///
/// Built from the class stage (``ClassGrades``) and the files the run could not read; every
/// list is in a fixed order (students as ``ClassGrades/students`` lists them, then submission
/// id) so the same class always gives the same page.
public struct ClassAttention: Sendable, Equatable {
  /// A file given to `grade` that gave no submission (unreadable, not text, empty, a type
  /// Rubricate does not read).
  public struct UnreadableFile: Sendable, Equatable {
    public var path: String
    /// Why, in a few words (`not-read`, `empty`, …).
    public var reason: String
    public var detail: String

    public init(path: String, reason: String, detail: String = "") {
      self.path = path
      self.reason = reason
      self.detail = detail
    }
  }

  /// One graded submission a teacher should look at, with what to look at.
  public struct Flag: Sendable, Equatable {
    public var student: String
    public var submissionID: String
    /// The criteria at their lowest level, or the comment's flags, as the report names them.
    public var items: [String]
  }

  /// Students with nothing graded.
  public var missing: [String] = []
  /// Late graded submissions.
  public var late: [Flag] = []
  public var unreadable: [UnreadableFile] = []
  /// Graded submissions with a criterion at its lowest level (`items`: the criteria).
  public var lowestLevels: [Flag] = []
  /// Graded comments that are generic praise or quote what the post does not say (`items`:
  /// which).
  public var comments: [Flag] = []
  /// Every teacher override, in file order.
  public var overrides: [AppliedOverride] = []

  /// Nothing at all to look at.
  public var isEmpty: Bool {
    missing.isEmpty && late.isEmpty && unreadable.isEmpty && lowestLevels.isEmpty
      && comments.isEmpty && overrides.isEmpty
  }

  /// Nothing to look at (what a class with no problems gives).
  public static let empty = ClassAttention()

  init() {}

  static let genericPraise = "generic praise"
  static let quoteNotInPost = "quotes words that are not in the post"

  public init(_ grades: ClassGrades, unreadable: [UnreadableFile] = []) {
    self.unreadable = unreadable.sorted { ($0.path, $0.reason) < ($1.path, $1.reason) }
    overrides = grades.overrides
    for (number, student) in grades.students.enumerated() {
      if student.missing { missing.append(student.name) }
      let graded = student.entries.filter { grades.entries[$0].status == .graded }
        .sorted {
          grades.entries[$0].result.submission.id < grades.entries[$1].result.submission.id
        }
      for index in graded {
        let entry = grades.entries[index]
        guard entry.student == number else { continue }
        let result = entry.result
        let id = result.submission.id
        if result.submission.student?.late == true {
          late.append(Flag(student: student.name, submissionID: id, items: []))
        }
        let lowest = result.criteria.filter(\.isLowestLevel).map(\.title)
        if !lowest.isEmpty {
          lowestLevels.append(Flag(student: student.name, submissionID: id, items: lowest))
        }
        guard result.submission.kind == .comment else { continue }
        let flags = result.retainedCommentFlags ?? Self.commentFlags(result)
        if !flags.isEmpty {
          comments.append(Flag(student: student.name, submissionID: id, items: flags))
        }
      }
    }
  }

  /// What the attention list flags in a comment: generic praise, quotations not in the post.
  public static func commentFlags(_ result: SubmissionResult) -> [String] {
    guard result.submission.kind == .comment else { return [] }
    var flags: [String] = []
    if result.analysis.comment?.genericPraise == true { flags.append(genericPraise) }
    if !result.analysis.summary.quotesNotInPost.isEmpty { flags.append(quoteNotInPost) }
    return flags
  }
}
