import Foundation

/// Numbers the distinct words of a text, so that the argument stage compares words as
/// integers instead of building and hashing a `String` per token.
///
/// ``LexiconIndex/shared`` holds one that knows every lexicon word, frozen (``freeze()``); each
/// analysis copies it and adds its own text's words, so one look-up per token says both which
/// word it is and, for an id below ``LexiconIndex/vocabularySize``, which lexicon word. The
/// frozen words are only read, never copied: a text's words go to a table of its own.
///
/// ASCII words (nearly all of them) are found by an FNV-1a hash of their bytes and compared
/// byte by byte. A word with any other scalar goes through a `String`-keyed dictionary, so
/// canonically equivalent spellings share an id exactly as they would share a `Set<String>`
/// entry (an ASCII string is canonically equivalent to no other string).
struct WordInterner: Sendable {
  /// The words numbered before ``freeze()`` (ids from 0), shared by every copy.
  private var frozen = WordTable(firstID: 0)
  /// The words numbered since (ids from `frozen.count`).
  private var own = WordTable(firstID: 0)

  init() {}

  /// The number of distinct words seen.
  var count: Int { frozen.count + own.count }

  /// Makes the words seen so far the shared part of every copy (only the first call does).
  mutating func freeze() {
    guard frozen.count == 0 else { return }
    frozen = own
    own = WordTable(firstID: Int32(frozen.count))
  }

  /// Makes room for `additional` more words (of about `bytes` bytes in all), so that a text's
  /// words are added without regrowing the table.
  mutating func reserve(words additional: Int, bytes: Int) {
    own.reserve(words: additional, bytes: bytes)
  }

  /// The id of the ASCII word spelt by `bytes`, adding it if it is new.
  mutating func id(ascii bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
    id(folded: bytes, hash: FNV1a.hash(bytes))
  }

  /// The id of the ASCII word spelt by `bytes` (already folded: lower case, `’` as `'`), given
  /// their ``FNV1a`` hash, adding it if it is new.
  @inline(__always)
  mutating func id(folded bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
    if frozen.count > 0, let id = frozen.find(bytes, hash: hash).id { return id }
    return own.id(bytes, hash: hash)
  }

  /// The id of `word` (spelt exactly so), adding it if it is new.
  mutating func id(of word: String) -> Int32 {
    if word.utf8.allSatisfy({ $0 < 0x80 }) {
      return Array(word.utf8).withUnsafeBufferPointer { self.id(ascii: $0) }
    }
    if let id = frozen.other(word) { return id }
    return own.id(other: word)
  }

  /// The word with the given id.
  func word(_ id: Int32) -> String {
    id < own.firstID ? frozen.word(id) : own.word(id)
  }
}

/// The storage of a ``WordInterner``: the words of consecutive ids, an open-addressing table
/// over the ASCII ones, and a dictionary of the others.
private struct WordTable: Sendable {
  /// The id of the first word.
  let firstID: Int32
  /// Per slot: an index into the per-word arrays, or -1 for an empty slot. Empty until the
  /// first word, so that a frozen interner's fresh table is allocated by each copy.
  private var slots: [Int32] = []
  /// Per word: the hash of its bytes (0 for a word kept in `others`).
  private var hashes: [UInt64] = []
  /// Per word: where its UTF-8 bytes end in `storage` (they start where the previous one's end).
  private var ends: [Int] = []
  private var storage: [UInt8] = []
  /// The words with a scalar beyond ASCII.
  private var others: [String: Int32] = [:]

  init(firstID: Int32) {
    self.firstID = firstID
  }

  var count: Int { ends.count }

  /// The smallest power of two (at least 256) that keeps `words` words at most half full.
  private static func tableSize(for words: Int) -> Int {
    var size = 256
    while size < words * 2 { size *= 2 }
    return size
  }

  mutating func reserve(words additional: Int, bytes: Int) {
    hashes.reserveCapacity(count + additional)
    ends.reserveCapacity(count + additional)
    storage.reserveCapacity(storage.count + bytes)
    let size = Self.tableSize(for: count + additional)
    if size > slots.count { rehash(size) }
  }

  /// Looks the ASCII word up.
  /// - Returns: its id, or else the empty slot where it belongs.
  @inline(__always)
  func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (id: Int32?, slot: Int) {
    slots.withUnsafeBufferPointer { slots in
      hashes.withUnsafeBufferPointer { hashes in
        ends.withUnsafeBufferPointer { ends in
          storage.withUnsafeBufferPointer { storage in
            let mask = slots.count &- 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots.count > 0 {
              let index = Int(slots[slot])
              if index < 0 { break }
              if hashes[index] == hash {
                let start = index == 0 ? 0 : ends[index &- 1]
                if ends[index] &- start == bytes.count
                  && Self.equal(storage, from: start, bytes)
                {
                  return (firstID + Int32(truncatingIfNeeded: index), slot)
                }
              }
              slot = (slot &+ 1) & mask
            }
            return (nil, slot)
          }
        }
      }
    }
  }

  @inline(__always)
  private static func equal(
    _ storage: UnsafeBufferPointer<UInt8>, from start: Int, _ bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    var offset = 0
    while offset < bytes.count {
      if storage[start &+ offset] != bytes[offset] { return false }
      offset &+= 1
    }
    return true
  }

  /// The id of the ASCII word, adding it if it is new.
  @inline(__always)
  mutating func id(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
    if slots.isEmpty { rehash(Self.tableSize(for: 1)) }
    let found = find(bytes, hash: hash)
    if let id = found.id { return id }
    let index = count
    slots[found.slot] = Int32(index)
    hashes.append(hash)
    storage.append(contentsOf: bytes)
    ends.append(storage.count)
    if count * 2 > slots.count { rehash(slots.count * 2) }
    return firstID + Int32(index)
  }

  /// The id of a word with a scalar beyond ASCII, if it is here.
  func other(_ word: String) -> Int32? { others[word] }

  /// The id of a word with a scalar beyond ASCII, adding it if it is new.
  mutating func id(other word: String) -> Int32 {
    if let id = others[word] { return id }
    let id = firstID + Int32(count)
    others[word] = id
    hashes.append(0)
    storage.append(contentsOf: word.utf8)
    ends.append(storage.count)
    return id
  }

  func word(_ id: Int32) -> String {
    let index = Int(id - firstID)
    let bytes = storage[(index == 0 ? 0 : ends[index - 1])..<ends[index]]
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Rebuilds the table with `size` slots (a power of two).
  private mutating func rehash(_ size: Int) {
    var slots = [Int32](unsafeUninitializedCapacity: size) { buffer, count in
      // All bits set is -1 in every slot, filled as one block.
      if let base = buffer.baseAddress {
        memset(base, 0xFF, size * MemoryLayout<Int32>.stride)
      }
      count = size
    }
    let mask = size - 1
    for (index, hash) in hashes.enumerated() {
      // A word kept in `others` (hash 0, and a byte beyond ASCII) has no slot.
      if hash == 0 {
        let start = index == 0 ? 0 : ends[index - 1]
        if storage[start..<ends[index]].contains(where: { $0 >= 0x80 }) { continue }
      }
      var slot = Int(truncatingIfNeeded: hash) & mask
      while slots[slot] >= 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(index)
    }
    self.slots = slots
  }
}
