/// Numbers the distinct word keys of one text as they first appear (0, 1, 2, …): an
/// open-addressing table grown as needed, so counting a text's types costs no `Hasher` and no
/// `String`.
///
/// Each slot holds a key and its type side by side (one cache line read per probe), and a
/// look-up reads the slots through their buffer: kept in two arrays and read through their
/// bounds checks, a look-up cost about fifty instructions, as much as hashing the word.
struct WordTypeIndex {
  private struct Slot {
    /// 0 marks an empty slot.
    var key: UInt64
    var type: Int32
  }

  private var slots: [Slot]
  private var mask: Int
  /// How many distinct keys have been numbered.
  private(set) var count = 0

  init(capacity: Int = 64) {
    var size = 16
    while size < capacity * 2 { size *= 2 }
    slots = [Slot](repeating: Slot(key: 0, type: 0), count: size)
    mask = size - 1
  }

  /// The number of `key`'s type, given it now when the key is new.
  @inline(__always)
  mutating func type(of key: UInt64) -> Int32 {
    let key = key == 0 ? 1 : key  // 0 marks an empty slot
    let mask = self.mask
    let found: (slot: Int, type: Int32?) = slots.withUnsafeBufferPointer { slots in
      var slot = Int(truncatingIfNeeded: key) & mask
      while true {
        let stored = slots[slot].key
        if stored == key { return (slot, slots[slot].type) }
        if stored == 0 { return (slot, nil) }
        slot = (slot + 1) & mask
      }
    }
    if let type = found.type { return type }
    let type = Int32(count)
    slots[found.slot] = Slot(key: key, type: type)
    count += 1
    if count * 2 > slots.count { grow() }
    return type
  }

  private mutating func grow() {
    let old = slots
    slots = [Slot](repeating: Slot(key: 0, type: 0), count: old.count * 2)
    mask = slots.count - 1
    for entry in old where entry.key != 0 {
      var target = Int(truncatingIfNeeded: entry.key) & mask
      while slots[target].key != 0 { target = (target + 1) & mask }
      slots[target] = entry
    }
  }
}
