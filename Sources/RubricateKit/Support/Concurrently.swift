import Foundation

/// Two independent pieces of work at the same time: `second` on a thread of its own, `first`
/// on the caller's. For the one-time builds of the built-in language tables, which every
/// worker of a batch waits for (the others are blocked on the same lazy `static let`), so a
/// second thread shortens the wait whatever `--jobs` says. The results are what running the
/// two one after the other gives: neither piece reads what the other writes.
enum Concurrently {
  /// Returns `(first(), second())`, `second` having run on another thread.
  static func run<First, Second: Sendable>(
    _ first: () -> First, _ second: @escaping @Sendable () -> Second
  ) -> (First, Second) {
    let box = ResultBox<Second>()
    let thread = Thread {
      box.value = second()
      box.done.signal()
    }
    thread.start()
    let firstResult = first()
    box.done.wait()
    // The semaphore orders the other thread's write before this read (which always finds
    // the value; computing it here instead would give the same).
    return (firstResult, box.value ?? second())
  }

  /// Where the second thread leaves its result; read only after `done` is signalled.
  private final class ResultBox<Value>: @unchecked Sendable {
    var value: Value?
    let done = DispatchSemaphore(value: 0)
  }
}
