/// Gradebook files for upload: Canvas's gradebook import CSV, Moodle's offline grading worksheet
/// and a plain CSV.
///
/// One gradebook row is one student. A student's graded submissions (the post and the comments
/// they wrote) are grouped by LMS user id, else by name; the row's score is the **sum** of their
/// points and its maximum the sum of their maximum points, so a discussion graded as "post plus
/// replies" is one number. Canvas has one points-possible figure for the column: the largest
/// maximum any student reached (the full set of expected work; a student who wrote less has the
/// missing work counted as zero). Numbers use `.` decimals, no grouping, no trailing `.0`.
/// Text cells that would start a spreadsheet formula get a leading `'` (see ``cell(_:)``).
public enum Gradebook {
  /// One student's graded submissions, summed.
  struct Row: Sendable, Equatable {
    var name: String
    var userID: String?
    /// Moodle's participant id (or Canvas's file id) from the file name, when known.
    var fileID: String?
    var results: [SubmissionResult]

    var points: Double { results.reduce(0) { $0 + $1.points } }
    var maximumPoints: Double { results.reduce(0) { $0 + $1.maximumPoints } }
  }

  /// Who a result belongs to: the LMS user id when known, else the name (case ignored).
  static func studentKey(_ result: SubmissionResult) -> String {
    let submission = result.submission
    if let userID = submission.student?.userId, !userID.isEmpty { return "id:\(userID)" }
    return "name:\(StudentLabel.name(submission).lowercased())"
  }

  /// Students in name order (case-insensitive, then exact, then id); each student's submissions
  /// posts first, then by submission id.
  static func rows(_ results: [SubmissionResult]) -> [Row] {
    var byKey: [String: Row] = [:]
    for result in results {
      let submission = result.submission
      let name = StudentLabel.name(submission)
      let userID = submission.student?.userId.flatMap { $0.isEmpty ? nil : $0 }
      let key = studentKey(result)
      var row = byKey[key] ?? Row(name: name, userID: userID, fileID: nil, results: [])
      row.results.append(result)
      if row.fileID == nil { row.fileID = submission.student?.fileId }
      byKey[key] = row
    }
    var rows = Array(byKey.values)
    for index in rows.indices {
      rows[index].results.sort {
        let left = ($0.submission.kind == .post ? 0 : 1, $0.submission.id)
        let right = ($1.submission.kind == .post ? 0 : 1, $1.submission.id)
        return left < right
      }
    }
    return rows.map { (($0.name.lowercased(), $0.name, $0.userID ?? ""), $0) }
      .sorted { $0.0 < $1.0 }.map(\.1)
  }

  /// Canvas gradebook import: `Student,ID,SIS User ID,SIS Login ID,Section,<assignment>`, a
  /// `Points Possible` row, then one row per student with their summed points.
  ///
  /// - Parameter assignment: the column heading, as Canvas names it: `Week 5 post (12345)`
  ///   (the Canvas assignment id in parentheses lets Canvas match the column; without one the
  ///   name is used as given).
  public static func canvas(results: [SubmissionResult], assignment: String) -> String {
    let rows = rows(results)
    let possible = rows.map(\.maximumPoints).max() ?? 0
    var records: [[String]] = [
      ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", assignment],
      ["Points Possible", "", "", "", "", MeasureValue.plain(possible)],
    ]
    for row in rows {
      records.append([
        cell(row.name), cell(row.userID ?? ""), "", "", "", MeasureValue.plain(row.points),
      ])
    }
    return CSV.document(records)
  }

  /// One row per submission: `Student,User ID,Submission,Kind,Title,Points,Maximum,Percentage,
  /// Grade`, students in name order and each student's posts first.
  public static func plain(results: [SubmissionResult]) -> String {
    var records: [[String]] = [
      [
        "Student", "User ID", "Submission", "Kind", "Title", "Points", "Maximum", "Percentage",
        "Grade",
      ]
    ]
    for row in rows(results) {
      for result in row.results {
        records.append([
          cell(row.name), cell(row.userID ?? ""), cell(result.submission.id),
          result.submission.kind.rawValue, cell(result.submission.title ?? ""),
          MeasureValue.plain(result.points),
          MeasureValue.plain(result.maximumPoints), MeasureValue.plain(result.percentage),
          result.grade ?? "",
        ])
      }
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
    return cell(lines.joined(separator: "\n"))
  }

  /// Text written into a gradebook cell, made inert for spreadsheets: a cell starting with
  /// `=`, `+`, `-`, `@`, tab or carriage return would be read as a formula by Excel, Numbers or
  /// LibreOffice (CSV injection, OWASP), so it gets a leading `'`. Numbers are never passed here.
  static func cell(_ text: String) -> String {
    guard let first = text.unicodeScalars.first else { return text }
    return ["=", "+", "-", "@", "\t", "\r"].contains(first) ? "'" + text : text
  }
}
