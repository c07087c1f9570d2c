import Foundation
import RubricateKit

/// Buffered standard output and unbuffered standard error, so a batch writes its results in
/// large chunks while errors appear at once.
final class Console: @unchecked Sendable {
  private var buffer = Data()
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
    let full = buffer.count >= 1 << 16
    lock.unlock()
    if full { flush() }
  }

  func line(_ text: String) { write(text + "\n") }

  /// Writes UTF-8 bytes and a newline (JSON as the writer makes it).
  func line(_ bytes: [UInt8]) {
    lock.lock()
    buffer.append(contentsOf: bytes)
    buffer.append(0x0A)
    let full = buffer.count >= 1 << 16
    lock.unlock()
    if full { flush() }
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
    let data = buffer
    buffer.removeAll(keepingCapacity: true)
    lock.unlock()
    if !data.isEmpty { FileHandle.standardOutput.write(data) }
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
