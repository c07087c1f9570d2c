import Foundation

/// Why a file could not be read as a submission. Each message is one line naming the file.
public enum InputError: Error, Equatable, LocalizedError, CustomStringConvertible {
  case notText(file: String, reason: String)
  case malformed(file: String, place: String, reason: String)
  case unreadable(file: String, reason: String)

  public var description: String {
    switch self {
    case .notText(let file, let reason):
      return "\(file): not a text document (\(reason))"
    case .malformed(let file, let place, let reason):
      return "\(file):\(place): \(reason)"
    case .unreadable(let file, let reason):
      return "\(file): cannot read: \(reason)"
    }
  }

  public var errorDescription: String? { description }
}
