/// What the class stage adds to a submission's own report: the student as resolved (name and
/// ID), and notes on superseded versions, the author's replies and teacher overrides.
public struct ReportNotes: Sendable, Equatable {
  /// The resolved student's name (nil: as the submission names them).
  public var student: String?
  /// The resolved student's ID (nil: the LMS id from the file name, if any).
  public var studentID: String?
  /// One sentence each, shown under the report's heading.
  public var lines: [String]

  public init(student: String? = nil, studentID: String? = nil, lines: [String] = []) {
    self.student = student
    self.studentID = studentID
    self.lines = lines
  }

  /// Replies quoted in a post's notes are cut to this many characters.
  static let replyExcerpt = 200

  /// The notes for one entry of a class.
  public init(_ entry: ClassGrades.Entry, in grades: ClassGrades) {
    let student = grades.students[entry.student]
    self.init(student: student.name, studentID: student.id)
    let submission = entry.result.submission
    switch entry.status {
    case .superseded:
      lines.append(
        "Superseded by \(entry.supersededBy ?? "a later version"): an earlier version, "
          + "not counted in the grade.")
    case .reply:
      lines.append(
        "The author's own reply on their post: shown in the post's report, not graded.")
    case .graded:
      for index in student.entries where grades.entries[index].status == .superseded {
        let earlier = grades.entries[index].result.submission
        lines.append("Earlier version superseded by this one (not graded): \(earlier.id).")
      }
      if submission.kind == .post {
        for index in grades.repliesByPost[submission.id] ?? [] {
          let reply = grades.entries[index].result.submission
          lines.append("Reply by the author (not graded): \(Self.excerpt(reply))")
        }
      }
    }
    for applied in entry.overrides { lines.append("Teacher override: \(applied.summary).") }
  }

  /// A reply's body, quoted and cut short.
  static func excerpt(_ submission: Submission) -> String {
    let text = submission.body.map { submission.document.text(of: $0) }.joined(separator: " ")
      .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    let cut = text.count > replyExcerpt ? String(text.prefix(replyExcerpt)) + "…" : text
    return "“\(cut)”"
  }
}
