/// Spans sorted by start, to find those that overlap a span in time proportional to the answer
/// (plus a binary search) rather than to the number of spans.
struct SpanNeighbourhood: Sendable {
  /// Positions into the original array, sorted by start (ties in original order).
  private let order: [Int]
  private let spans: [Span]
  /// `reach[i]`: the largest end among `order[0...i]`, so a backward walk knows when to stop.
  private let reach: [Int]

  init(_ spans: [Span]) {
    self.spans = spans
    order = spans.indices.sorted { (spans[$0].start, $0) < (spans[$1].start, $1) }
    var reach: [Int] = []
    reach.reserveCapacity(order.count)
    var furthest = Int.min
    for position in order {
      furthest = max(furthest, spans[position].end)
      reach.append(furthest)
    }
    self.reach = reach
  }

  /// The spans that overlap `span`, in their original order.
  func overlapping(_ span: Span) -> [Span] {
    // First sorted position whose start is at or past `span.end`: nothing from there overlaps.
    var low = 0
    var high = order.count
    while low < high {
      let middle = (low + high) / 2
      if spans[order[middle]].start < span.end { low = middle + 1 } else { high = middle }
    }
    var found: [Int] = []
    var index = low - 1
    while index >= 0, reach[index] > span.start {
      if spans[order[index]].overlaps(span) { found.append(order[index]) }
      index -= 1
    }
    return found.sorted().map { spans[$0] }
  }
}
