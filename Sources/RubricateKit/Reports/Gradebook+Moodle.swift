import Foundation

extension Gradebook {
  /// The columns of Moodle's offline grading worksheet (assignment → "Download grading
  /// worksheet") with feedback comments enabled and no optional columns.
  public static let moodleColumns = [
    "Identifier", "Full name", "Email address", "Status", "Grade", "Maximum Grade",
    "Grade can be changed", "Last modified (submission)", "Last modified (grade)",
    "Feedback comments",
  ]

  /// Moodle offline grading worksheet.
  ///
  /// Without `worksheet`: the ``moodleColumns`` and one row per student, `Identifier` being
  /// `Participant <id>` when the file name carried Moodle's participant id (else empty, which
  /// Moodle cannot import: download the worksheet and pass it), both dates empty.
  ///
  /// With `worksheet` (the CSV text Moodle gave): every row and column is kept as downloaded,
  /// so identifiers and optional columns survive; rows whose student was graded get `Grade`
  /// and `Feedback comments` filled. A row matches a student by participant id (`Participant
  /// 123456` against the id from the submission's file name), else by full name (case and
  /// spacing ignored). When the row's `Maximum Grade` is a number other than the student's
  /// maximum, the grade is scaled to it (two decimals). Students matching no row are left
  /// out; ``moodleUnmatched(results:worksheet:)`` names them.
  public static func moodle(results: [SubmissionResult], worksheet: String? = nil)
    throws(GradebookError) -> String
  {
    try moodle(ClassGrades(results: results), worksheet: worksheet)
  }

  /// Moodle offline grading worksheet for a class (see ``moodle(results:worksheet:)``); a
  /// missing student's grade is left blank unless the rule gives 0.
  public static func moodle(_ grades: ClassGrades, worksheet: String? = nil)
    throws(GradebookError) -> String
  {
    guard let worksheet else {
      var records = [moodleColumns]
      for row in rows(grades) {
        records.append([
          row.fileID.map { "Participant \($0)" } ?? "", row.name,
          row.rosterEntry?.email ?? "",
          row.missing ? "No submission" : "Submitted for grading",
          score(row), MeasureValue.plain(row.maximumPoints), "Yes", "", "",
          feedback(row),
        ])
      }
      return CSV.document(records)
    }
    var sheet = try MoodleWorksheet(text: worksheet)
    let rows = rows(grades).filter { $0.grade != nil }
    for (recordIndex, rowIndex) in sheet.matches(rows) {
      let row = rows[rowIndex]
      var grade = row.points
      if let maximumColumn = sheet.maximumColumn,
        let maximum = Double(
          sheet.records[recordIndex][maximumColumn].trimmingCharacters(in: .whitespaces)),
        maximum > 0, row.maximumPoints > 0, maximum != row.maximumPoints
      {
        grade = (row.points / row.maximumPoints * maximum * 100).rounded() / 100
      }
      sheet.records[recordIndex][sheet.gradeColumn] = MeasureValue.plain(grade)
      if let feedbackColumn = sheet.feedbackColumn {
        sheet.records[recordIndex][feedbackColumn] = feedback(row)
      }
    }
    return CSV.document([sheet.header] + sheet.records)
  }

  /// The graded students no worksheet row matched (their grades are not in the worksheet).
  public static func moodleUnmatched(results: [SubmissionResult], worksheet: String)
    throws(GradebookError) -> [String]
  {
    try moodleUnmatched(ClassGrades(results: results), worksheet: worksheet)
  }

  /// The graded students of a class no worksheet row matched.
  public static func moodleUnmatched(_ grades: ClassGrades, worksheet: String)
    throws(GradebookError) -> [String]
  {
    let sheet = try MoodleWorksheet(text: worksheet)
    let rows = rows(grades).filter { $0.grade != nil }
    let matched = Set(sheet.matches(rows).map(\.row))
    return rows.indices.filter { !matched.contains($0) }.map { rows[$0].name }
  }
}

/// A downloaded Moodle grading worksheet: its header, records and the columns we write.
struct MoodleWorksheet {
  var header: [String]
  var records: [[String]]
  var identifierColumn: Int
  var nameColumn: Int
  var gradeColumn: Int
  var maximumColumn: Int?
  var feedbackColumn: Int?

  init(text: String) throws(GradebookError) {
    let parsed: [[String]]
    do {
      parsed = try CSV.parse(text)
    } catch {
      throw .unreadableWorksheet(line: error.line, message: error.message)
    }
    guard let header = parsed.first else { throw .missingColumn("Identifier") }
    let trimmed = header.map { $0.trimmingCharacters(in: .whitespaces) }
    func column(_ name: String) -> Int? {
      trimmed.firstIndex { $0.caseInsensitiveCompare(name) == .orderedSame }
    }
    guard let identifier = column("Identifier") else { throw .missingColumn("Identifier") }
    guard let name = column("Full name") else { throw .missingColumn("Full name") }
    guard let grade = column("Grade") else { throw .missingColumn("Grade") }
    self.header = header
    // Short rows are padded so every column can be written.
    self.records = parsed.dropFirst().map {
      $0 + Array(repeating: "", count: max(0, header.count - $0.count))
    }
    identifierColumn = identifier
    nameColumn = name
    gradeColumn = grade
    maximumColumn = column("Maximum Grade")
    feedbackColumn = column("Feedback comments")
  }

  /// Pairs of (record index, gradebook row index): participant id first, then full name; each
  /// record and each row used once.
  func matches(_ rows: [Gradebook.Row]) -> [(record: Int, row: Int)] {
    var byParticipant: [String: Int] = [:]
    var byName: [String: Int] = [:]
    for (index, row) in rows.enumerated() {
      if let id = row.fileID { byParticipant[id] = byParticipant[id] ?? index }
      byName[Self.normalized(row.name)] = byName[Self.normalized(row.name)] ?? index
    }
    var used = Set<Int>()
    var pairs: [(record: Int, row: Int)] = []
    for (recordIndex, record) in records.enumerated() {
      let identifier = record[identifierColumn].trimmingCharacters(in: .whitespaces)
      let participant =
        identifier.lowercased().hasPrefix("participant")
        ? String(identifier.dropFirst("participant".count)).trimmingCharacters(in: .whitespaces)
        : identifier
      let candidate =
        byParticipant[participant].flatMap { used.contains($0) ? nil : $0 }
        ?? byName[Self.normalized(record[nameColumn])].flatMap { used.contains($0) ? nil : $0 }
      if let candidate {
        used.insert(candidate)
        pairs.append((recordIndex, candidate))
      }
    }
    return pairs
  }

  static func normalized(_ name: String) -> String {
    name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}

/// Why a gradebook could not be written.
public enum GradebookError: Error, Equatable, Sendable, LocalizedError {
  /// The Moodle worksheet lacks a column we need.
  case missingColumn(String)
  /// The Moodle worksheet is not valid CSV.
  case unreadableWorksheet(line: Int, message: String)

  public var errorDescription: String? {
    switch self {
    case .missingColumn(let name):
      "the Moodle grading worksheet has no \"\(name)\" column; download it again from the "
        + "assignment's \"Download grading worksheet\" action"
    case .unreadableWorksheet(let line, let message):
      "the Moodle grading worksheet is not valid CSV: line \(line): \(message)"
    }
  }
}
