/// A read-only open-addressing table from word keys (FNV-1a hashes of lowercase letters, as
/// ``SyllableCounter/hash(_:)`` computes them) to small values: a per-word look-up without
/// `String`s or `Hasher`.
///
/// Each slot's key and value sit side by side, so a look-up reads one cache line: the tables
/// are looked up for every word of a text, and with keys and values in two arrays each hit in
/// a large table (the syllable exceptions, the word frequencies) missed the cache twice.
struct WordKeyTable: Sendable {
  /// Slot `i`'s key at `2 i` (0 marks an empty slot) and its value at `2 i + 1`.
  private let slots: [UInt64]
  private let mask: Int

  init(_ entries: [(key: UInt64, value: UInt8)]) {
    self.init(packed: entries.map { ($0.key, UInt64($0.value)) })
  }

  /// A table whose values are whole 64-bit words (``FrequentWords`` packs several fields
  /// into each).
  init(packed entries: [(key: UInt64, value: UInt64)]) {
    var size = 16
    while size < entries.count * 2 { size *= 2 }
    var slots = [UInt64](repeating: 0, count: 2 * size)
    let mask = size - 1
    for entry in entries where entry.key != 0 {
      var slot = Int(truncatingIfNeeded: entry.key) & mask
      while slots[2 * slot] != 0 && slots[2 * slot] != entry.key { slot = (slot + 1) & mask }
      slots[2 * slot] = entry.key
      slots[2 * slot + 1] = entry.value  // a later entry for the same key wins
    }
    self.slots = slots
    self.mask = mask
  }

  /// The value stored for `key`, if any.
  @inline(__always)
  func value(for key: UInt64) -> UInt8? {
    packedValue(for: key).map { UInt8(truncatingIfNeeded: $0) }
  }

  /// The whole 64-bit value stored for `key`, if any.
  @inline(__always)
  func packedValue(for key: UInt64) -> UInt64? {
    var slot = Int(truncatingIfNeeded: key) & mask
    while true {
      let stored = slots[2 * slot]
      if stored == key { return slots[2 * slot + 1] }
      if stored == 0 { return nil }
      slot = (slot + 1) & mask
    }
  }

  @inline(__always)
  func contains(_ key: UInt64) -> Bool { value(for: key) != nil }
}
