/// A set of scalar values with a bitmap fast path for ASCII, for per-character table look-ups.
struct ScalarSet: Sendable {
  private let low: UInt64
  private let high: UInt64
  private let others: Set<UInt32>

  init(_ values: Set<UInt32>) {
    var low: UInt64 = 0
    var high: UInt64 = 0
    var others: Set<UInt32> = []
    for value in values {
      if value < 64 {
        low |= 1 << UInt64(value)
      } else if value < 128 {
        high |= 1 << UInt64(value - 64)
      } else {
        others.insert(value)
      }
    }
    self.low = low
    self.high = high
    self.others = others
  }

  @inline(__always)
  func contains(_ value: UInt32) -> Bool {
    if value < 64 { return low & (1 << UInt64(value)) != 0 }
    if value < 128 { return high & (1 << UInt64(value - 64)) != 0 }
    return !others.isEmpty && others.contains(value)
  }
}
