import Foundation

/// Why the class stage could not run: a roster, overrides or assignment-rule file is wrong.
/// Each message names the file, the line and what to fix; nothing is graded.
public enum ClassError: Error, Equatable, Sendable, LocalizedError, CustomStringConvertible {
  /// The roster file cannot be read as a roster.
  case roster(file: String, line: Int, message: String)
  /// A line of the overrides file names something that does not exist.
  case override(file: String, line: Int, message: String)
  /// The assignment rule file is malformed.
  case rule(file: String, message: String)

  public var description: String { errorDescription ?? "" }

  public var errorDescription: String? {
    switch self {
    case .roster(let file, let line, let message): "\(file):\(line): roster: \(message)"
    case .override(let file, let line, let message): "\(file):\(line): override: \(message)"
    case .rule(let file, let message): "\(file): assignment rule: \(message)"
    }
  }
}
