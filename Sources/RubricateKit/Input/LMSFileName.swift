import Foundation

/// Reads who submitted a file from the names Canvas and Moodle give their downloads.
///
/// Canvas "Download Submissions": `<name>_[LATE_]<userId>_<fileId>_<original name>` and
/// `<name>_[LATE_]<userId>_text.html`, with `anon_<id>` as the name under anonymous grading.
/// Moodle "Download all submissions": `<Full Name>_<participantId>_assignsubmission_file_<file>`
/// as a flat file name or as a folder holding the file.
public enum LMSFileName {
  /// Which platform named the file.
  public enum Platform: String, Sendable, Equatable {
    case canvas
    case moodle
  }

  /// The student a relative path names, or nil when it follows neither convention.
  public static func student(in path: String) -> Student? {
    parse(path)?.student
  }

  /// The platform and student a relative path names.
  public static func parse(_ path: String) -> (platform: Platform, student: Student)? {
    // Both conventions join their fields with `_`: a path without one names nobody.
    guard path.utf8.contains(UInt8(ascii: "_")) else { return nil }
    let components = path.splitting(at: "/\\").map(String.init)
    for component in components.reversed() {
      if let student = moodle(component) { return (.moodle, student) }
    }
    if let last = components.last, let student = canvas(last) { return (.canvas, student) }
    return nil
  }

  /// Moodle's marker between the participant and the plugin (`file` or `onlinetext`).
  static let moodleMarker = "_assignsubmission_"

  static func moodle(_ component: String) -> Student? {
    // `range(of:)` costs an `NSString` search; most components have no marker at all.
    guard component.containsText(moodleMarker), let marker = component.range(of: moodleMarker)
    else { return nil }
    let head = component[..<marker.lowerBound]
    guard let underscore = head.lastIndex(of: "_") else { return nil }
    let name = head[..<underscore].trimmingCharacters(in: .whitespaces)
    let participant = head[head.index(after: underscore)...]
    guard !name.isEmpty, isDigits(participant) else { return nil }
    return Student(name: name, fileId: String(participant))
  }

  /// Canvas ids are database keys; requiring a few digits keeps `notes_2024_03_draft.txt`
  /// from reading as a submission.
  static let minimumIdDigits = 3

  static func canvas(_ component: String) -> Student? {
    let fields = component.splitting(at: "_", omittingEmptySubsequences: false).map(String.init)
    guard fields.count >= 3 else { return nil }
    var index = 0
    var nameFields: [String] = []
    var userId: String?
    if fields[0] == "anon", fields.count >= 3 {
      // Anonymous grading replaces name and user id with one anonymous id (digits or letters).
      nameFields = ["anon", fields[1]]
      userId = fields[1]
      index = 2
    } else {
      while index < fields.count, !isDigits(fields[index][...]), fields[index] != "LATE" {
        nameFields.append(fields[index])
        index += 1
      }
    }
    guard !nameFields.isEmpty, !nameFields.contains(where: \.isEmpty) else { return nil }
    var late = false
    if index < fields.count, fields[index] == "LATE" {
      late = true
      index += 1
    }
    if userId == nil {
      guard index < fields.count, isDigits(fields[index][...]),
        fields[index].count >= minimumIdDigits
      else { return nil }
      userId = fields[index]
      index += 1
    } else if index < fields.count, fields[index] == "LATE" {
      late = true
      index += 1
    }
    guard index < fields.count else { return nil }
    let rest = fields[index...].joined(separator: "_")
    if rest.lowercased() == "text.html" {
      return Student(name: nameFields.joined(separator: "_"), userId: userId, late: late)
    }
    guard isDigits(fields[index][...]), fields[index].count >= minimumIdDigits,
      index + 1 < fields.count
    else { return nil }
    return Student(
      name: nameFields.joined(separator: "_"), userId: userId, late: late, fileId: fields[index])
  }

  static func isDigits(_ text: Substring) -> Bool {
    !text.isEmpty && text.unicodeScalars.allSatisfy { $0 >= "0" && $0 <= "9" }
  }
}
