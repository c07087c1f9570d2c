/// Numbers the distinct word keys of one text as they first appear (0, 1, 2, …): an
/// open-addressing table grown as needed, so counting a text's types costs no `Hasher` and no
/// `String`.
struct WordTypeIndex {
  private var keys: [UInt64]
  private var types: [Int32]
  private var mask: Int
  /// How many distinct keys have been numbered.
  private(set) var count = 0

  init(capacity: Int = 64) {
    var size = 16
    while size < capacity * 2 { size *= 2 }
    keys = [UInt64](repeating: 0, count: size)
    types = [Int32](repeating: 0, count: size)
    mask = size - 1
  }

  /// The number of `key`'s type, given it now when the key is new.
  mutating func type(of key: UInt64) -> Int32 {
    let key = key == 0 ? 1 : key  // 0 marks an empty slot
    var slot = Int(truncatingIfNeeded: key) & mask
    while true {
      let stored = keys[slot]
      if stored == key { return types[slot] }
      if stored == 0 { break }
      slot = (slot + 1) & mask
    }
    let type = Int32(count)
    keys[slot] = key
    types[slot] = type
    count += 1
    if count * 2 > keys.count { grow() }
    return type
  }

  private mutating func grow() {
    let oldKeys = keys
    let oldTypes = types
    keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
    types = [Int32](repeating: 0, count: oldKeys.count * 2)
    mask = keys.count - 1
    for (slot, key) in oldKeys.enumerated() where key != 0 {
      var target = Int(truncatingIfNeeded: key) & mask
      while keys[target] != 0 { target = (target + 1) & mask }
      keys[target] = key
      types[target] = oldTypes[slot]
    }
  }
}
