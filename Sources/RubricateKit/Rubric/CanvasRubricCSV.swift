import Foundation

/// Canvas's rubric import CSV: `Rubric Name,Criteria Name,Criteria Description,Criteria Enable
/// Range`, then `Rating Name,Rating Description,Rating Points` once per rating; one row per
/// criterion; UTF-8 without BOM; empty cells unquoted.
public enum CanvasRubricCSV {
  static let fixedHeader = [
    "Rubric Name", "Criteria Name", "Criteria Description", "Criteria Enable Range",
  ]
  static let ratingHeader = ["Rating Name", "Rating Description", "Rating Points"]

  /// The CSV Canvas imports. Ratings are listed best first, as Canvas shows them; a rating's
  /// description is the level's `description`, else its range in words (see
  /// ``ratingDescription(_:of:)``), never the feedback template.
  public static func export(_ rubric: Rubric) -> String {
    let ratings = rubric.criteria.map { $0.levels.count }.max() ?? 0
    var records = [
      fixedHeader + Array(repeating: ratingHeader, count: ratings).flatMap { $0 }
    ]
    for criterion in rubric.criteria {
      var row = [rubric.title, criterion.title, criterion.description ?? "", "false"]
      let weight = criterion.weight ?? 1
      for level in criterion.levels.sorted(by: { $0.points > $1.points }) {
        row += [
          level.name, ratingDescription(level, of: criterion),
          MeasureValue.plain(level.points * weight),
        ]
      }
      row += Array(repeating: "", count: (ratings - criterion.levels.count) * 3)
      records.append(row)
    }
    return CSV.document(records)
  }

  /// One line for Canvas's "Rating Description": the level's own `description` with its line
  /// breaks made spaces, else when the level is given, in words and in the measure's unit
  /// (`Meets when body.words is 600 to 1,200`, `Off otherwise`). A feedback template is
  /// written for the student and holds `{value}` placeholders and lists, so it is left out.
  public static func ratingDescription(_ level: Level, of criterion: Criterion) -> String {
    if let description = level.description?.split(whereSeparator: \.isWhitespace)
      .joined(separator: " "), !description.isEmpty
    {
      return description
    }
    guard let when = level.when else {
      return criterion.levels.count == 1 ? "\(level.name): any value" : "\(level.name) otherwise"
    }
    let measure = MeasureRegistry.measure(criterion.measure)
    func format(_ value: Double) -> String { measure?.format(value) ?? MeasureValue.plain(value) }
    let range: String
    switch (when.min, when.max) {
    case (let min?, let max?) where min == max: range = format(min)
    case (let min?, let max?): range = "\(format(min)) to \(format(max))"
    case (let min?, nil): range = "\(format(min)) or more"
    case (nil, let max?): range = "\(format(max)) or less"
    case (nil, nil): return "\(level.name): any value"
    }
    let name = criterion.measure.isEmpty ? "the measure" : criterion.measure
    return "\(level.name) when \(name) is \(range)"
  }

  /// For each criterion whose levels' `when` ranges are still empty (as ``importRubric(_:file:)``
  /// leaves them), one sentence saying which to fill in.
  public static func rangesToFill(_ rubric: Rubric) -> [String] {
    rubric.criteria.compactMap(RubricValidator.emptyRangesMessage)
  }

  /// A rubric skeleton from Canvas's CSV: names, descriptions, levels and points are filled in;
  /// each criterion's `measure` and each level's `when` are left for the teacher.
  public static func importRubric(_ text: String, file: String) throws(RubricError) -> Rubric {
    let records: [[String]]
    do {
      records = try CSV.parse(text)
    } catch {
      throw RubricError(issues: [
        RubricIssue(
          file: file, line: error.line, path: "", message: "malformed CSV: \(error.message)")
      ])
    }
    guard let header = records.first, Array(header.prefix(4)) == fixedHeader else {
      throw RubricError(issues: [
        RubricIssue(
          file: file, line: 1, path: "",
          message:
            "not a Canvas rubric CSV: the first line must start with \(fixedHeader.joined(separator: ","))"
        )
      ])
    }
    var criteria: [Criterion] = []
    var title = ""
    var usedIDs: Set<String> = []
    for (index, guarded) in records.dropFirst().enumerated() {
      // Our own export guards text against spreadsheet formulas; a rubric is not a spreadsheet.
      let row = guarded.map(CSV.unguardFormula)
      let cells = row + Array(repeating: "", count: max(0, 4 - row.count))
      if title.isEmpty { title = cells[0] }
      var levels: [Level] = []
      var column = 4
      while column < row.count {
        let name = row[column]
        let description = column + 1 < row.count ? row[column + 1] : ""
        let pointsText = column + 2 < row.count ? row[column + 2] : ""
        column += 3
        if name.isEmpty && pointsText.isEmpty { continue }
        guard let points = Self.points(pointsText) else {
          throw RubricError(issues: [
            RubricIssue(
              file: file, line: index + 2, path: "",
              message:
                "rating '\(name)' has points '\(pointsText)', which is not a number from 0 to \(MeasureValue.plain(Rubric.largestNumber)) written with digits (e.g. 4 or 2.5)"
            )
          ])
        }
        levels.append(
          Level(
            name: name, points: points, when: Condition(),
            feedback: description, description: description.isEmpty ? nil : description))
      }
      if !levels.isEmpty { levels[levels.count - 1].when = nil }
      var id = identifier(cells[1])
      var suffix = 2
      while !usedIDs.insert(id).inserted {
        id = identifier(cells[1]) + "-\(suffix)"
        suffix += 1
      }
      criteria.append(
        Criterion(
          id: id, title: cells[1], description: cells[2].isEmpty ? nil : cells[2], measure: "",
          levels: levels))
    }
    return Rubric(
      id: identifier(title), title: title, appliesTo: .post, criteria: criteria)
  }

  /// Points as Canvas writes them: digits with at most one `.` (no sign, exponent, hex, `NaN`
  /// or `inf`, which `Double(_:)` would take), no larger than any rubric number may be.
  static func points(_ text: String) -> Double? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard let first = trimmed.utf8.first, first != 0x2B, first != 0x2D,
      CSV.isPlainNumber(trimmed), let value = Double(trimmed), value <= Rubric.largestNumber
    else { return nil }
    return value
  }

  /// `Use of Sources` → `use-of-sources`.
  static func identifier(_ title: String) -> String {
    var result = ""
    for scalar in title.lowercased().unicodeScalars {
      if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        result.unicodeScalars.append(scalar)
      } else if !result.isEmpty, result.last != "-" {
        result.append("-")
      }
    }
    while result.last == "-" { result.removeLast() }
    return result.isEmpty ? "criterion" : result
  }
}
