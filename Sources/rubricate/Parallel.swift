import Dispatch
import Foundation
import RubricateKit

/// Starts building the language tables on a thread of their own while `fileCount` files are
/// read, instead of by the first analysis while the others wait. Not for one file: it is read
/// at once, and its analysis then waited for this build, spinning on a processor that the
/// build's own second thread could have had (it builds them itself instead).
func loadLanguageTablesWhileReading(fileCount: Int) {
  guard fileCount > 1 else { return }
  DispatchQueue.global().async { LanguageAnalyzer.loadTables() }
}

/// Maps over `items` on `jobs` threads, keeping the input order in the result.
func parallelMap<T: Sendable, R: Sendable>(
  _ items: [T], jobs: Int, _ transform: @Sendable (T) -> R
) -> [R] {
  guard jobs > 1, items.count > 1 else { return items.map(transform) }
  let results = ResultSlots<R>(count: items.count)
  let chunks = min(items.count, jobs * 4)
  DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
    var index = chunk
    while index < items.count {
      results.set(index, transform(items[index]))
      index += chunks
    }
  }
  return results.values()
}

/// Slots written once each from different threads; read only after all writers finished.
private final class ResultSlots<R>: @unchecked Sendable {
  private let base: UnsafeMutablePointer<R?>
  private let count: Int

  init(count: Int) {
    self.count = count
    base = UnsafeMutablePointer<R?>.allocate(capacity: count)
    base.initialize(repeating: nil, count: count)
  }

  deinit {
    base.deinitialize(count: count)
    base.deallocate()
  }

  func set(_ index: Int, _ value: R) { base[index] = value }

  func values() -> [R] { (0..<count).compactMap { base[$0] } }
}

/// `transform` applied to every item on up to `jobs` threads, with `consume` called on each
/// result in the items' order as soon as it and every result before it are ready: output
/// streams while later items are worked on, and each result is let go once consumed. Holding
/// every record until the last was ready (as ``parallelMap(_:jobs:_:)`` does) kept the whole
/// run's JSON in memory, tens of megabytes that had left the processor's caches by the time
/// they were written out.
///
/// Items are claimed one at a time in order, so they finish nearly in order. `consume` runs on
/// whichever thread completes the next result in line, never on two threads at once.
func parallelForEachInOrder<T: Sendable, R: Sendable>(
  _ items: [T], jobs: Int, _ transform: @Sendable (T) -> R,
  consume: @Sendable (R) -> Void
) {
  guard jobs > 1, items.count > 1 else {
    for item in items { consume(transform(item)) }
    return
  }
  let line = InOrderLine<R>(count: items.count)
  DispatchQueue.concurrentPerform(iterations: min(jobs, items.count)) { _ in
    while let index = line.claim() {
      line.finish(index, transform(items[index]), consume: consume)
    }
  }
}

/// The shared state of ``parallelForEachInOrder(_:jobs:_:consume:)``: the next item to claim,
/// the results finished out of order, and the next to consume, behind one lock.
private final class InOrderLine<R>: @unchecked Sendable {
  private let lock = NSLock()
  private let count: Int
  private var nextClaim = 0
  private var nextConsume = 0
  private var waiting: [Int: R] = [:]

  init(count: Int) { self.count = count }

  /// The next unclaimed item, or `nil` when every item has been claimed.
  func claim() -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard nextClaim < count else { return nil }
    nextClaim += 1
    return nextClaim - 1
  }

  /// Records item `index`'s result and consumes every result now ready in order.
  func finish(_ index: Int, _ result: R, consume: (R) -> Void) {
    lock.lock()
    defer { lock.unlock() }
    waiting[index] = result
    while let ready = waiting.removeValue(forKey: nextConsume) {
      nextConsume += 1
      consume(ready)
    }
  }
}
