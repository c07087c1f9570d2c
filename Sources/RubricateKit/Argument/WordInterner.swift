/// Numbers the distinct words of a text, so that the argument stage compares words as
/// integers instead of building and hashing a `String` per token.
///
/// ``LexiconIndex/shared`` holds one that knows every lexicon word; each analysis copies it and
/// adds its own text's words, so one look-up per token says both which word it is and, for an
/// id below ``LexiconIndex/vocabularySize``, which lexicon word.
///
/// ASCII words (nearly all of them) are found by an FNV-1a hash of their bytes and compared
/// byte by byte. A word with any other scalar goes through a `String`-keyed dictionary, so
/// canonically equivalent spellings share an id exactly as they would share a `Set<String>`
/// entry (an ASCII string is canonically equivalent to no other string).
struct WordInterner: Sendable {
  /// Open addressing over the ids of the ASCII words, by hash; -1 marks an empty slot.
  private var slots: [Int32]
  /// Per id: the hash of its bytes, or `nil` for a word kept in `others`.
  private var hashes: [UInt64?] = []
  /// Per id: where its UTF-8 bytes end in `storage` (they start where the previous id's end).
  private var ends: [Int] = []
  private var storage: [UInt8] = []
  /// The words with a scalar beyond ASCII.
  private var others: [String: Int32] = [:]

  init() {
    slots = [Int32](repeating: -1, count: 1024)
  }

  /// The number of distinct words seen.
  var count: Int { ends.count }

  /// The id of the ASCII word spelt by `bytes`, adding it if it is new.
  mutating func id(ascii bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
    var hasher = FNV1a()
    for byte in bytes { hasher.combine(byte) }
    return id(hash: hasher.value, count: bytes.count) { bytes[$0] }
  }

  /// The id of the ASCII word of `count` bytes whose byte at each offset is `byte(offset)`,
  /// given its ``FNV1a`` hash, adding it if it is new. (The tokenizer spells a word straight
  /// from the text, so a known word is never copied.)
  @inline(__always)
  mutating func id(hash: UInt64, count: Int, byte: (Int) -> UInt8) -> Int32 {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let id = slots[slot]
      if id < 0 { break }
      if hashes[Int(id)] == hash {
        let start = id == 0 ? 0 : ends[Int(id) - 1]
        if ends[Int(id)] - start == count
          && (0..<count).allSatisfy({ storage[start + $0] == byte($0) })
        {
          return id
        }
      }
      slot = (slot + 1) & mask
    }
    let id = Int32(self.count)
    slots[slot] = id
    for offset in 0..<count { storage.append(byte(offset)) }
    hashes.append(hash)
    ends.append(storage.count)
    if self.count * 2 > slots.count { grow() }
    return id
  }

  /// The id of `word` (spelt exactly so), adding it if it is new.
  mutating func id(of word: String) -> Int32 {
    if word.utf8.allSatisfy({ $0 < 0x80 }) {
      return Array(word.utf8).withUnsafeBufferPointer { self.id(ascii: $0) }
    }
    if let id = others[word] { return id }
    let id = Int32(count)
    others[word] = id
    storage.append(contentsOf: word.utf8)
    hashes.append(nil)
    ends.append(storage.count)
    return id
  }

  /// The word with the given id.
  func word(_ id: Int32) -> String {
    let index = Int(id)
    let bytes = storage[(index == 0 ? 0 : ends[index - 1])..<ends[index]]
    return String(decoding: bytes, as: UTF8.self)
  }

  private mutating func grow() {
    var slots = [Int32](repeating: -1, count: self.slots.count * 2)
    let mask = slots.count - 1
    for (id, hash) in hashes.enumerated() {
      guard let hash else { continue }
      var slot = Int(truncatingIfNeeded: hash) & mask
      while slots[slot] >= 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(id)
    }
    self.slots = slots
  }
}
