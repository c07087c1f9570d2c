import Foundation
import RubricateKit

/// Reads the files the class stage needs: the roster, the overrides and the assignment rule.
struct ClassFiles {
  /// The roster file's conventional name: found at the top of a folder being graded.
  static let rosterName = "roster.csv"

  var roster: Roster?
  /// Where the roster came from (for the run summary).
  var rosterPath: String?
  var overrides: Overrides?
  var rule = AssignmentRule()

  /// Reads `--roster` (else a `roster.csv` at the top of a folder given as a path),
  /// `--overrides`, `--assignment-rule`, `--best-comments` and `--comment-cap`, and checks the
  /// overrides against the rubrics. Any problem throws before anything is graded.
  init(_ arguments: ParsedArguments, rubrics: [Rubric]) throws {
    var rosterPath = arguments.value("--roster")
    if rosterPath == nil {
      for path in arguments.positionals {
        var isFolder: ObjCBool = false
        let candidate = (path as NSString).appendingPathComponent(Self.rosterName)
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue,
          FileManager.default.fileExists(atPath: candidate)
        {
          rosterPath = candidate
          break
        }
      }
    }
    if let rosterPath {
      roster = try Roster.parse(try Self.text(rosterPath, what: "roster"), file: rosterPath)
      self.rosterPath = rosterPath
    }
    if let path = arguments.value("--overrides") {
      let parsed = try Overrides.parse(try Self.text(path, what: "overrides"), file: path)
      try parsed.validate(rubrics: rubrics)
      overrides = parsed
    }
    if let path = arguments.value("--assignment-rule") {
      guard let data = FileManager.default.contents(atPath: path) else {
        throw CommandError.message("\(path): no such assignment rule file")
      }
      rule = try AssignmentRule.parse(data, file: path)
    }
    if let text = arguments.value("--best-comments") {
      guard let count = Int(text), count >= 0 else {
        throw CommandError.message("--best-comments: expected a whole number, got \"\(text)\"")
      }
      rule.bestComments = count
    }
    if let text = arguments.value("--comment-cap") {
      guard let cap = Double(text), cap >= 0 else {
        throw CommandError.message("--comment-cap: expected a number of points, got \"\(text)\"")
      }
      rule.commentCap = cap
    }
  }

  static func text(_ path: String, what: String) throws -> String {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw CommandError.message("\(path): no such \(what) file")
    }
    return String(decoding: data, as: UTF8.self)
  }

  static let options = [
    OptionSpec(
      name: "--roster", valueName: "FILE",
      help: "Class list: Canvas gradebook export, Moodle worksheet or participants, or name,id."),
    OptionSpec(
      name: "--overrides", valueName: "FILE",
      help: "Teacher overrides: student,submission,criterion,level or points,reason."),
    OptionSpec(
      name: "--assignment-rule", valueName: "FILE",
      help: "How post and comments make the grade (JSON; see README)."),
    OptionSpec(
      name: "--best-comments", valueName: "N", help: "Comments counted per student (default: 2)."),
    OptionSpec(
      name: "--comment-cap", valueName: "POINTS", help: "Most points one comment adds."),
  ]
}
