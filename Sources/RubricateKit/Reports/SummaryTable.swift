import Foundation

/// The short table `grade` prints on the terminal: one row per graded submission, students by
/// their resolved name (the roster's, else the name the class stage settled on) in alphabetical
/// order, each student's post before their comments.
public enum SummaryTable {
  /// Names longer than this are cut at a word boundary with `…`.
  public static let maximumNameWidth = 32

  public static func render(_ grades: ClassGrades) -> String {
    let rows = grades.entries.filter { $0.status == .graded }.map { entry in
      (name: grades.students[entry.student].name, result: entry.result)
    }
    .sorted { a, b in
      let (keyA, keyB) = (sortKey(a.name), sortKey(b.name))
      if keyA != keyB { return keyA < keyB }
      if a.name != b.name { return a.name < b.name }
      let (kindA, kindB) = (a.result.submission.kind, b.result.submission.kind)
      if kindA != kindB { return kindA == .post }
      return a.result.submission.id < b.result.submission.id
    }
    let shown = rows.map { cut($0.name, to: maximumNameWidth) }
    let width = max("Student".count, shown.map(\.count).max() ?? 0) + 2
    var lines = ["Student".padded(to: width) + "Kind".padded(to: 9) + "Points".padded(to: 12) + "%"]
    for (row, name) in zip(rows, shown) {
      let result = row.result
      lines.append(
        name.padded(to: width) + result.submission.kind.rawValue.padded(to: 9)
          + "\(MeasureValue.plain(result.points))/\(MeasureValue.plain(result.maximumPoints))"
          .padded(to: 12) + MeasureValue.decimal(result.percentage))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Case and accents ignored, so `Chloé` sorts beside `Chloe` and `de Vries` beside `Dean`.
  static func sortKey(_ name: String) -> String {
    name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }

  /// `name` at most `width` characters: cut after the last whole word (a space or a hyphen)
  /// that fits, with `…`, or mid-word only when no word boundary is near.
  static func cut(_ name: String, to width: Int) -> String {
    guard name.count > width else { return name }
    let room = Array(name.prefix(width - 1))
    if let boundary = room.lastIndex(where: { $0 == " " || $0 == "-" || $0 == "_" }),
      boundary >= width / 2
    {
      return String(room[..<boundary]) + "…"
    }
    return String(room) + "…"
  }
}
