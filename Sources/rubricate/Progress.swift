import Foundation

/// A progress bar on standard error: done / total, rate and time left. Only on a terminal.
final class Progress: @unchecked Sendable {
  private let total: Int
  private let console: Console
  private let enabled: Bool
  private let start = Date()
  private var done = 0
  private var lastDraw = Date.distantPast
  private let lock = NSLock()

  init(total: Int, console: Console, enabled: Bool) {
    self.total = total
    self.console = console
    self.enabled = enabled && total > 0
  }

  func advance() {
    guard enabled else { return }
    lock.lock()
    done += 1
    let now = Date()
    let shouldDraw = done == total || now.timeIntervalSince(lastDraw) > 0.1
    if shouldDraw { lastDraw = now }
    let count = done
    lock.unlock()
    if shouldDraw { draw(count, now: now) }
  }

  private func draw(_ count: Int, now: Date) {
    let elapsed = max(now.timeIntervalSince(start), 0.001)
    let rate = Double(count) / elapsed
    let remaining = rate > 0 ? Double(total - count) / rate : 0
    let width = 30
    let filled = total == 0 ? width : count * width / total
    let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
    console.status(
      "\r[\(bar)] \(count)/\(total)  \(Int(rate.rounded()))/s  ETA \(Int(remaining.rounded()))s ")
  }

  func finish() {
    guard enabled else { return }
    console.status("\r\u{1B}[K")
  }
}
