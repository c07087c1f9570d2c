import Dispatch

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
