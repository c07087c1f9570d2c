import Foundation
import RubricateKit

/// Buffered standard output and unbuffered standard error, so a batch writes its results in
/// large chunks while errors appear at once.
final class Console: @unchecked Sendable {
  private var buffer: [UInt8] = []
  private let lock = NSLock()
  let environment: [String: String]

  init(environment: [String: String]) {
    self.environment = environment
  }

  /// Whether standard error is a terminal (progress bars go there).
  var errorIsTerminal: Bool { isatty(2) == 1 }
  var outputIsTerminal: Bool { isatty(1) == 1 }
  /// Colour only on a terminal, and never when `NO_COLOR` is set.
  var useColor: Bool { outputIsTerminal && environment["NO_COLOR"] == nil }

  /// Writes text that may hold text from a file: control characters are escaped (tabs and line
  /// breaks kept), so a title or a file name cannot move the cursor or recolour the terminal.
  func write(_ text: String) {
    writeVerbatim(TerminalText.escape(text))
  }

  /// Writes text whose escape sequences are our own (a coloured report that escaped the text
  /// from files itself).
  func writeVerbatim(_ text: String) {
    lock.lock()
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= Self.chunk { drain() }
    lock.unlock()
  }

  func line(_ text: String) { write(text + "\n") }

  /// Writes UTF-8 bytes and a newline (JSON as the writer makes it). A large record goes out
  /// as it is, after what the buffer holds, instead of being copied into it.
  func line(_ bytes: [UInt8]) {
    lock.lock()
    if bytes.count >= Self.chunk / 2 {
      drain()
      bytes.withUnsafeBufferPointer { Self.writeAll($0) }
      buffer.append(0x0A)
    } else {
      buffer.append(contentsOf: bytes)
      buffer.append(0x0A)
      if buffer.count >= Self.chunk { drain() }
    }
    lock.unlock()
  }

  /// Writes a message to standard error, control characters escaped (line breaks kept for
  /// messages of several lines; one-line messages escape theirs where they are made).
  func error(_ text: String) {
    flush()
    FileHandle.standardError.write(Data((TerminalText.escape(text) + "\n").utf8))
  }

  /// Writes raw text to standard error without a newline (progress bars).
  func status(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }

  func flush() {
    lock.lock()
    drain()
    lock.unlock()
  }

  /// How much standard output gathers before it is written.
  private static let chunk = 1 << 16

  /// Writes the buffer out and empties it (its storage kept). Called holding the lock, so
  /// that output leaves in the order it was given.
  private func drain() {
    guard !buffer.isEmpty else { return }
    buffer.withUnsafeBufferPointer { Self.writeAll($0) }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Writes all of `bytes` to standard output, however many calls that takes. A reader that
  /// went away (a closed pipe) ends the writing quietly.
  private static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard var next = bytes.baseAddress else { return }
    var left = bytes.count
    while left > 0 {
      let written = Foundation.write(1, next, left)
      if written < 0 {
        if errno == EINTR { continue }
        return
      }
      next += written
      left -= written
    }
  }
}

/// The exit statuses `rubricate` uses.
enum ExitStatus: Int32 {
  /// Everything was read and graded.
  case success = 0
  /// Some input could not be read (listed), or `--strict` found a lowest level.
  case failure = 1
  /// Usage or rubric error: nothing was done.
  case usage = 2
}
