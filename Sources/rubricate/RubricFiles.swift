import Foundation
import RubricateKit

/// Loads a rubric named on the command line: a file path, or a built-in rubric's file name.
enum RubricFiles {
  static func load(_ path: String) throws -> Rubric {
    if !FileManager.default.fileExists(atPath: path), BuiltInRubrics.files[path] != nil {
      return try Rubric.builtIn(path)
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw CommandError.message("\(path): no such rubric file")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw CommandError.message("\(path): a rubric must be UTF-8 JSON")
    }
    return try RubricLoader.load(text: text, file: path)
  }
}
