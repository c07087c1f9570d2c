import Foundation
import Testing

@testable import rubricate

/// Results are consumed in the items' order, each as soon as those before it are ready.
@Suite struct ParallelTests {
  /// Collects what `consume` is given (it never runs on two threads at once).
  final class Collected: @unchecked Sendable {
    var values: [Int] = []
  }

  @Test(arguments: [1, 2, 4])
  func resultsComeInOrderWhateverFinishesFirst(jobs: Int) {
    let collected = Collected()
    parallelForEachInOrder(Array(0..<200), jobs: jobs) { item -> Int in
      // Later items often finish before earlier ones.
      usleep(useconds_t((item * 37) % 5) * 200)
      return item * item
    } consume: {
      collected.values.append($0)
    }
    #expect(collected.values == (0..<200).map { $0 * $0 })
  }

  /// The first result is written out while the last item is still being worked on: the last
  /// item waits for it (up to ten seconds, which a run holding every result until the end
  /// would spend).
  @Test func theFirstResultIsConsumedBeforeTheLastItemIsDone() {
    let firstConsumed = DispatchSemaphore(value: 0)
    let collected = Collected()
    parallelForEachInOrder(Array(0..<50), jobs: 2) { item -> Bool in
      item == 49 ? firstConsumed.wait(timeout: .now() + 10) == .success : true
    } consume: { waited in
      if collected.values.isEmpty { firstConsumed.signal() }
      collected.values.append(waited ? 1 : 0)
    }
    #expect(collected.values.count == 50)
    #expect(collected.values.last == 1)
  }
}
