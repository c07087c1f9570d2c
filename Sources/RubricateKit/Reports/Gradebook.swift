/// Gradebook files for upload: Canvas's gradebook import CSV, Moodle's offline grading worksheet
/// and a plain CSV.
///
/// One gradebook row is one student of the class stage (``ClassGrades``): roster students in
/// roster order, then anyone else by name. A row's score is the student's assignment grade
/// under the ``AssignmentRule`` (by default the post plus the best two comments); superseded
/// versions and the author's own replies never count. Points Possible comes from the rubrics'
/// maxima and the rule, never from what students scored. A roster student with nothing graded
/// has a blank score (or 0, if the rule says so). Numbers use `.` decimals, no grouping, no
/// trailing `.0`. Every cell goes through ``CSV``, which gives text that would start a
/// spreadsheet formula a leading `'`.
public enum Gradebook {
  /// One student: their graded submissions and assignment grade.
  struct Row: Sendable, Equatable {
    var name: String
    var userID: String?
    /// Moodle's participant id (or Canvas's file id) from the file name, when known.
    var fileID: String?
    var results: [SubmissionResult]
    var rosterEntry: Roster.Entry? = nil
    /// The assignment grade; nil when missing and left blank.
    var grade: Double? = nil
    var possible: Double = 0
    var late = false
    var missing = false

    var points: Double { grade ?? 0 }
    var maximumPoints: Double { possible }
  }

  /// Who a result belongs to: the LMS user id when known, else the name (case ignored).
  static func studentKey(_ result: SubmissionResult) -> String {
    let submission = result.submission
    if let userID = submission.student?.userId, !userID.isEmpty { return "id:\(userID)" }
    return "name:\(StudentLabel.name(submission).lowercased())"
  }

  /// One row per student of the class, in the class's order; each row's graded submissions
  /// posts first, then by submission id.
  static func rows(_ grades: ClassGrades) -> [Row] {
    grades.students.map { student in
      let graded = student.entries.map { grades.entries[$0] }.filter { $0.status == .graded }
      return Row(
        name: student.name, userID: student.id,
        fileID: student.moodleParticipant
          ?? graded.lazy.compactMap { $0.result.submission.student?.fileId }.first,
        results: graded.map(\.result), rosterEntry: student.rosterEntry, grade: student.points,
        possible: grades.possible, late: student.late, missing: student.missing)
    }
  }

  /// Rows for results without a roster, overrides or rule of their own.
  static func rows(_ results: [SubmissionResult]) -> [Row] { rows(ClassGrades(results: results)) }

  /// A grade cell: the number, or empty when the student is missing and left blank.
  static func score(_ row: Row) -> String { row.grade.map(MeasureValue.plain) ?? "" }

  /// Canvas gradebook import for results alone (see ``canvas(_:assignment:)``).
  public static func canvas(results: [SubmissionResult], assignment: String) -> String {
    canvas(ClassGrades(results: results), assignment: assignment)
  }

  /// Canvas gradebook import: `Student,ID,SIS User ID,SIS Login ID,Section,<assignment>`, a
  /// `Points Possible` row, then one row per student. With a Canvas roster the identity
  /// columns are copied from it as Canvas exported them (`Nguyen, Linh`); otherwise the
  /// name and the ID the class stage found.
  ///
  /// - Parameter assignment: the column heading, as Canvas names it: `Week 5 post (12345)`
  ///   (the Canvas assignment id in parentheses lets Canvas match the column; without one the
  ///   name is used as given).
  public static func canvas(_ grades: ClassGrades, assignment: String) -> String {
    var records: [[String]] = [
      ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", assignment],
      ["Points Possible", "", "", "", "", MeasureValue.plain(grades.possible)],
    ]
    for row in rows(grades) {
      let entry = grades.roster?.kind == .canvas ? row.rosterEntry : nil
      records.append([
        entry?.name ?? row.name, row.userID ?? "", entry?.sisUserID ?? "",
        entry?.sisLoginID ?? "", entry?.section ?? "", score(row),
      ])
    }
    return CSV.document(records)
  }

  /// The plain gradebook for results alone (see ``plain(_:)``).
  public static func plain(results: [SubmissionResult]) -> String {
    plain(ClassGrades(results: results))
  }

  /// One row per student: `Student,User ID,Submission,Kind,Title,Points,Maximum,Percentage,
  /// Grade,Late,Missing`: the student's ID, their graded submissions' ids and kinds (space
  /// separated), the post's title, the assignment grade, Points Possible, the percentage,
  /// an empty `Grade` (the rubrics' bands grade single submissions, not the assignment), and
  /// `yes`/`no` flags.
  public static func plain(_ grades: ClassGrades) -> String {
    var records: [[String]] = [
      [
        "Student", "User ID", "Submission", "Kind", "Title", "Points", "Maximum", "Percentage",
        "Grade", "Late", "Missing",
      ]
    ]
    for row in rows(grades) {
      let title = row.results.first { $0.submission.kind == .post }?.submission.title ?? ""
      let percentage = row.grade.map {
        MeasureValue.plain(row.possible == 0 ? 0 : ($0 / row.possible * 1000).rounded() / 10)
      }
      records.append([
        row.name, row.userID ?? "",
        row.results.map(\.submission.id).joined(separator: " "),
        row.results.map(\.submission.kind.rawValue).joined(separator: " "), title,
        score(row), MeasureValue.plain(row.possible), percentage ?? "",
        "",
        row.late ? "yes" : "no", row.missing ? "yes" : "no",
      ])
    }
    return CSV.document(records)
  }

  /// The feedback for a gradebook comment: per criterion `Title — level (points/max): feedback`;
  /// when the student has several submissions, each starts with its kind, title and total.
  static func feedback(_ row: Row) -> String {
    var lines: [String] = []
    for result in row.results {
      if row.results.count > 1 {
        let kind = result.submission.kind == .post ? "Post" : "Comment"
        let title = result.submission.title.map { " “\($0)”" } ?? ""
        lines.append(
          "\(kind)\(title): \(MeasureValue.plain(result.points))/\(MeasureValue.plain(result.maximumPoints))"
        )
      }
      for criterion in result.criteria {
        var line =
          "\(criterion.title) — \(criterion.level) (\(MeasureValue.plain(criterion.points))/\(MeasureValue.plain(criterion.maximumPoints)))"
        if !criterion.feedback.isEmpty { line += ": \(criterion.feedback)" }
        lines.append(line)
      }
    }
    return lines.joined(separator: "\n")
  }
}
