/// A teacher's corrections to computed scores, read from `grade --overrides FILE`.
///
/// CSV, one override a line: `student,submission,criterion,value,reason`. `student` is a name
/// (any form the roster matching knows) or an ID; `submission` is optional (empty: the
/// student's graded post, or their only graded comment for a criterion only the comment rubric
/// has); `criterion` is a criterion id; `value` a level name or a number of points; `reason`
/// is shown beside the change. A first line starting `student` is a header.
public struct Overrides: Sendable, Equatable {
  /// One line of the file.
  public struct Line: Sendable, Equatable {
    public var line: Int
    public var student: String
    public var submission: String?
    public var criterion: String
    public var value: String
    public var reason: String
  }

  public var file: String
  public var lines: [Line]

  public init(file: String, lines: [Line]) {
    self.file = file
    self.lines = lines
  }

  /// Reads the file; a line with too few cells or no criterion is an error naming it.
  public static func parse(_ text: String, file: String) throws(ClassError) -> Overrides {
    let records: [[String]]
    do {
      records = try CSV.parse(text)
    } catch {
      throw .override(file: file, line: error.line, message: error.message)
    }
    var lines: [Line] = []
    // CSV.parse drops blank lines, so line numbers are counted from the text.
    let numbers = recordLines(text)
    for (index, record) in records.enumerated() {
      let number = index < numbers.count ? numbers[index] : index + 1
      let cells = record.map { $0.trimmingCharacters(in: .whitespaces) }
      if index == 0, cells.first?.lowercased() == "student" { continue }
      if cells.allSatisfy(\.isEmpty) || cells.first?.hasPrefix("#") == true { continue }
      guard cells.count >= 4 else {
        throw .override(
          file: file, line: number,
          message: "expected student,submission,criterion,value,reason; found \(cells.count) cells")
      }
      guard !cells[0].isEmpty else {
        throw .override(file: file, line: number, message: "no student named")
      }
      guard !cells[2].isEmpty, !cells[3].isEmpty else {
        throw .override(file: file, line: number, message: "a criterion id and a value are needed")
      }
      lines.append(
        Line(
          line: number, student: cells[0], submission: cells[1].isEmpty ? nil : cells[1],
          criterion: cells[2], value: cells[3],
          reason: cells.count > 4 ? cells[4...].joined(separator: ", ") : ""))
    }
    return Overrides(file: file, lines: lines)
  }

  /// The 1-based line each non-blank record starts on (quoted line breaks kept inside).
  static func recordLines(_ text: String) -> [Int] {
    var starts: [Int] = []
    var line = 1
    var inQuotes = false
    var atStart = true
    for scalar in text.unicodeScalars {
      if scalar == "\n" {
        line += 1
        if !inQuotes { atStart = true }
        continue
      }
      if scalar == "\r" || scalar == "\u{FEFF}" { continue }
      if atStart {
        starts.append(line)
        atStart = false
      }
      if scalar == "\"" { inQuotes.toggle() }
    }
    return starts
  }

  /// Checks every criterion id and level against the rubrics before anything is graded.
  public func validate(rubrics: [Rubric]) throws(ClassError) {
    let ids = rubrics.flatMap { $0.criteria.map(\.id) }
    for line in lines {
      let criteria = rubrics.flatMap(\.criteria).filter { $0.id == line.criterion }
      guard let criterion = criteria.first else {
        throw .override(
          file: file, line: line.line,
          message: "no criterion \"\(line.criterion)\" in the rubrics"
            + Suggestion.phrase(for: line.criterion, in: Set(ids).sorted()))
      }
      if Double(line.value) == nil {
        let names = criteria.flatMap { $0.levels.map(\.name) }
        if !names.contains(where: { $0.lowercased() == line.value.lowercased() }) {
          throw .override(
            file: file, line: line.line,
            message: "\"\(line.value)\" is not a level of \(criterion.id) ("
              + names.joined(separator: ", ") + ") nor a number of points")
        }
      }
    }
  }
}

/// An override as applied: the computed value and the adjusted one, with the reason.
public struct AppliedOverride: Sendable, Equatable {
  /// The line of the overrides file.
  public var line: Int
  public var student: String
  public var submissionID: String
  public var criterionID: String
  public var criterionTitle: String
  public var computedLevel: String
  public var computedPoints: Double
  public var level: String
  public var points: Double
  public var maximumPoints: Double
  public var reason: String

  /// `Length: computed Close (6/10), adjusted to Meets (10/10): reason`.
  public var summary: String {
    let maximum = MeasureValue.plain(maximumPoints)
    var text =
      "\(criterionTitle): computed \(computedLevel) (\(MeasureValue.plain(computedPoints))/\(maximum)),"
      + " adjusted to \(level) (\(MeasureValue.plain(points))/\(maximum))"
    if !reason.isEmpty { text += ": \(reason)" }
    return text
  }
}
