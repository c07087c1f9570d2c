import Foundation

/// One thing wrong with a rubric file: where it is and how to fix it.
public struct RubricIssue: Sendable, Equatable, CustomStringConvertible {
  public var file: String
  /// 1-based line of the bad value, when known.
  public var line: Int?
  public var column: Int?
  /// JSON path such as `criteria[2].levels[0].points`; empty for the whole file.
  public var path: String
  public var message: String

  public init(file: String, line: Int?, column: Int? = nil, path: String, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.path = path
    self.message = message
  }

  /// `file:line: path: message`, the shape compilers and Vale use.
  public var description: String {
    var place = file
    if let line { place += ":\(line)" }
    if let column { place += ":\(column)" }
    return path.isEmpty ? "\(place): \(message)" : "\(place): \(path): \(message)"
  }
}

/// A rubric that cannot be used; it never produces grades. Lists every issue found.
public struct RubricError: Error, Sendable, Equatable, LocalizedError, CustomStringConvertible {
  public var issues: [RubricIssue]

  public init(issues: [RubricIssue]) { self.issues = issues }

  public var description: String { issues.map(\.description).joined(separator: "\n") }
  public var errorDescription: String? { description }
}
