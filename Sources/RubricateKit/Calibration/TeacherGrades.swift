/// A teacher's hand grades, read from a CSV file: a plain grades file (`file`, `student` or
/// `id`, then `score` and/or one column per criterion), a Canvas gradebook export (`Student`,
/// `ID`, … and one assignment column) or a Canvas rubric-assessment export (a student column
/// and one `<criterion> - Points` or `<criterion>` column per criterion).
public struct TeacherGrades: Sendable, Equatable {
  /// What a row names its submission by.
  public enum Key: String, Sendable, Equatable {
    case file
    case student
    case id
  }

  public struct Row: Sendable, Equatable {
    /// The row's line in the file (1 is the header).
    public var line: Int
    public var key: String
    /// Other names the row gives for the same submission (a Canvas ID beside the name).
    public var alternateID: String?
    public var score: Double?
    /// Per criterion id: a level name or points, as written.
    public var criteria: [String: String]
  }

  public var key: Key
  public var rows: [Row]
  /// `plain`, `canvas-gradebook` or `canvas-rubric`.
  public var layout: String

  /// Reads the grades; `criteria` are the rubric's criteria, matched by id or title.
  public static func parse(_ text: String, file: String, criteria: [Criterion])
    throws(CalibrationError) -> TeacherGrades
  {
    let records: [[String]]
    do {
      records = try CSV.parse(text)
    } catch {
      throw CalibrationError("\(file):\(error.line): \(error.message)")
    }
    guard let header = records.first?.map({ $0.trimmingCharacters(in: .whitespaces) }) else {
      throw CalibrationError(
        "\(file):1: the grades file is empty; write a header row such as 'file,score'")
    }
    let lower = header.map { $0.lowercased() }
    let canvasFixed = [
      "student", "id", "sis user id", "sis login id", "integration id", "section", "root account",
    ]
    let isCanvasGradebook =
      lower.contains("student") && lower.contains("id")
      && lower.contains("section")
    var keyColumn: Int?
    var alternateColumn: Int?
    var key = Key.file
    for (name, kind) in [
      ("file", Key.file), ("student", .student), ("student name", .student), ("name", .student),
      ("id", .id), ("student id", .id),
    ] {
      if let index = lower.firstIndex(of: name) {
        keyColumn = index
        key = kind
        break
      }
    }
    if key == .student {
      alternateColumn = lower.firstIndex(of: "id") ?? lower.firstIndex(of: "student id")
    }
    guard let keyColumn else {
      throw CalibrationError(
        "\(file):1: no 'file', 'student' or 'id' column; name the submission in the first column, e.g. 'file,score'"
      )
    }
    var scoreColumn = lower.firstIndex(of: "score")
    var criterionColumns: [(column: Int, id: String)] = []
    var layout = "plain"
    for (index, name) in header.enumerated() where index != keyColumn && index != alternateColumn {
      let plainName = lower[index]
      if index == scoreColumn { continue }
      if let criterion = match(name, criteria) {
        criterionColumns.append((index, criterion.id))
        if name.lowercased().hasSuffix("points") { layout = "canvas-rubric" }
        continue
      }
      if isCanvasGradebook {
        // Canvas's own columns are ignored; one assignment column "Name (id)" is the score.
        if canvasFixed.contains(plainName) || !name.hasSuffix(")") { continue }
        if scoreColumn != nil {
          throw CalibrationError(
            "\(file):1: more than one assignment column ('\(header[scoreColumn ?? 0])' and '\(name)'); keep only the graded assignment's column"
          )
        }
        scoreColumn = index
        layout = "canvas-gradebook"
        continue
      }
      if plainName.isEmpty
        || ["rating", "comments", "assessor", "assessor id"].contains(
          where: { plainName.hasSuffix($0) })
      {
        continue
      }
      let known = criteria.map(\.id) + ["score"]
      throw CalibrationError(
        "\(file):1: column '\(name)' is not 'score' or a criterion of the rubric\(Suggestion.phrase(for: name, in: known)); criteria: \(criteria.map(\.id).joined(separator: ", "))"
      )
    }
    if scoreColumn == nil && criterionColumns.isEmpty {
      throw CalibrationError(
        "\(file):1: no 'score' column and no criterion column; add the teacher's grades, e.g. 'file,score'"
      )
    }
    var rows: [Row] = []
    for (offset, record) in records.dropFirst().enumerated() {
      let line = offset + 2
      func cell(_ column: Int) -> String {
        column < record.count ? record[column].trimmingCharacters(in: .whitespaces) : ""
      }
      let name = cell(keyColumn)
      if record.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
      // Canvas's "Points Possible" row and its test student are not grades.
      if isCanvasGradebook, name.hasPrefix("Points Possible") || name == "Test Student" {
        continue
      }
      guard !name.isEmpty else {
        throw CalibrationError("\(file):\(line): no \(key.rawValue) given in this row")
      }
      var row = Row(
        line: line, key: name,
        alternateID: alternateColumn.map(cell).flatMap { $0.isEmpty ? nil : $0 },
        score: nil, criteria: [:])
      if let scoreColumn {
        let text = cell(scoreColumn)
        if !text.isEmpty {
          guard let value = Double(text), value.isFinite else {
            throw CalibrationError(
              "\(file):\(line): score '\(text)' is not a number; write it like 4 or 3.5")
          }
          row.score = value
        }
      }
      for (column, id) in criterionColumns {
        let text = cell(column)
        if !text.isEmpty { row.criteria[id] = text }
      }
      if row.score == nil && row.criteria.isEmpty { continue }  // not graded yet
      rows.append(row)
    }
    return TeacherGrades(key: key, rows: rows, layout: layout)
  }

  /// The criterion a column names: its id or title, optionally followed by "- Points".
  static func match(_ column: String, _ criteria: [Criterion]) -> Criterion? {
    var name = column.lowercased().trimmingCharacters(in: .whitespaces)
    for suffix in [" - points", " points"] where name.hasSuffix(suffix) {
      name = String(name.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces)
    }
    return criteria.first { $0.id.lowercased() == name || $0.title.lowercased() == name }
  }

  /// The points a criterion cell means: a level name, or a number.
  public static func points(_ text: String, criterion: Criterion, file: String, line: Int)
    throws(CalibrationError) -> Double
  {
    let weight = criterion.weight ?? 1
    if let level = criterion.levels.first(where: {
      $0.name.lowercased() == text.lowercased()
    }) {
      return level.points * weight
    }
    if let value = Double(text), value.isFinite { return value }
    let names = criterion.levels.map(\.name)
    throw CalibrationError(
      "\(file):\(line): '\(text)' is not a level of '\(criterion.id)' (\(names.joined(separator: ", "))) or a number\(Suggestion.phrase(for: text, in: names))"
    )
  }
}

/// A calibration input error: the file, the line and what to do.
public struct CalibrationError: Error, Equatable, Sendable, CustomStringConvertible {
  public var description: String

  public init(_ description: String) {
    self.description = description
  }
}
