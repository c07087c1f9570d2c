/// A read-only open-addressing table from word keys (FNV-1a hashes of lowercase letters, as
/// ``SyllableCounter/hash(_:)`` computes them) to small values: a per-word look-up without
/// `String`s or `Hasher`.
struct WordKeyTable: Sendable {
  private let keys: [UInt64]
  private let values: [UInt8]
  private let mask: Int

  init(_ entries: [(key: UInt64, value: UInt8)]) {
    var size = 16
    while size < entries.count * 3 { size *= 2 }
    var keys = [UInt64](repeating: 0, count: size)
    var values = [UInt8](repeating: 0, count: size)
    let mask = size - 1
    for entry in entries where entry.key != 0 {
      var slot = Int(truncatingIfNeeded: entry.key) & mask
      while keys[slot] != 0 && keys[slot] != entry.key { slot = (slot + 1) & mask }
      keys[slot] = entry.key
      values[slot] = entry.value  // a later entry for the same key wins
    }
    self.keys = keys
    self.values = values
    self.mask = mask
  }

  /// The value stored for `key`, if any.
  @inline(__always)
  func value(for key: UInt64) -> UInt8? {
    var slot = Int(truncatingIfNeeded: key) & mask
    while true {
      let stored = keys[slot]
      if stored == key { return values[slot] }
      if stored == 0 { return nil }
      slot = (slot + 1) & mask
    }
  }

  @inline(__always)
  func contains(_ key: UInt64) -> Bool { value(for: key) != nil }
}
