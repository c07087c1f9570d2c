/// The accepted English spellings (``scowlWords``, generated from SCOWL), looked up without
/// building a `String`: a word's key is the FNV-1a hash of its lower-cased UTF-8 bytes, with
/// curly apostrophes read as straight ones.
public struct SpellingDictionary: Sendable {
  /// What the list says about one spelling.
  struct Entry: Sendable {
    /// The smallest SCOWL size listing it (10 holds the commonest words, 70 the rarest kept).
    var size: UInt8
    var dialects: Dialect
  }

  private let keys: [UInt64]
  private let slots: [Int32]
  let entries: [Entry]
  /// The list's UTF-8 bytes, and where each entry's spelling as listed (`English`, `colour`)
  /// starts in them and how long it is, for suggestions.
  let bytes: [UInt8]
  let formStarts: [Int32]
  let formLengths: [UInt8]
  private let mask: Int
  /// One bit of ``editFilterBits``, set for every entry's edit key (``editKey(_:_:)``): nearly
  /// every edit ``SpellingSuggester/oneEditCandidates(_:in:dialects:)`` tries spells no word,
  /// and this filter turns most of them away in the processor's cache, before any is hashed
  /// whole and looked up in the table.
  private let editFilter: [UInt64]
  /// The letters that can fill each position of each listed spelling (``LetterSlotFilter``),
  /// for the one-edit scan's insertions and substitutions.
  let letterSlots: LetterSlotFilter

  /// The commonest English words with this dictionary's verdict on each (empty but for
  /// ``builtIn``): the spelling check and the vocabulary profile look a word up there first.
  private(set) var frequent = FrequentWords()

  /// The dictionary parsed from the built-in SCOWL list (parsed once, at first use), with the
  /// English frequency table's words in ``frequent``.
  public static let builtIn: SpellingDictionary = {
    var dictionary = SpellingDictionary(
      list: scowlWords,
      filters: { Filters.prebuilt ?? Filters(list: scowlWords) },
      alongside: { _ = TermWeights.englishWords })
    dictionary.frequent = FrequentWords(TermWeights.englishWords, dictionary: dictionary)
    return dictionary
  }()

  /// Parses `<size> <dialect mask> word word …` lines straight into an open-addressing table,
  /// without a `String` per word, hashing each word in one pass over the list's bytes. The
  /// suggestion filters (the edit filter and the letter slots) are made from the same lines on
  /// a second thread meanwhile (``Concurrently``): they need only the spellings, and they are
  /// as large a piece of work as the table.
  init(list: String) {
    self.init(list: list, alongside: {})
  }

  /// ``init(list:)``, with `alongside` run on the second thread once its share is done (the
  /// built-in dictionary prepares the English frequency words there).
  init(list: String, alongside: @escaping @Sendable () -> Void) {
    self.init(list: list, filters: { Filters(list: list) }, alongside: alongside)
  }

  /// ``init(list:alongside:)`` with the filters from `filters`, which must be the list's
  /// (the built-in list's are decoded from ``Filters/prebuilt``).
  init(
    list: String, filters: @escaping @Sendable () -> Filters,
    alongside: @escaping @Sendable () -> Void
  ) {
    let (table, filters) = Concurrently.run(
      { Table(list: list) },
      {
        let made = filters()
        alongside()
        return made
      })
    self.keys = table.keys
    self.slots = table.slots
    self.entries = table.entries
    self.bytes = table.bytes
    self.formStarts = table.starts
    self.formLengths = table.lengths
    self.mask = table.mask
    self.editFilter = filters.editFilter
    self.letterSlots = filters.letterSlots
  }

  /// Calls `body` with each word of the list's lines (`<size> <dialect mask> word word …`):
  /// where its bytes start and end, what its line says of it, and its key and edit key
  /// (``key(_:)`` and ``editKey(_:_:)`` of its folded bytes: listed non-ASCII words are lower
  /// case, café, naïve, so only ASCII is folded). Both keys are made as the word is read: the
  /// table needs one and the filters the other, and a second loop over each word's bytes
  /// cost more than the unused one.
  @inline(__always)
  static func forEachListedWord(
    _ text: UnsafeBufferPointer<UInt8>,
    _ body: (_ start: Int, _ end: Int, _ entry: Entry, _ key: UInt64, _ editKey: UInt64) -> Void
  ) {
    let count = text.count
    var offset = 0
    while offset < count {
      // One line: size (decimal), dialect mask (hexadecimal), then words.
      while offset < count && (text[offset] == 0x20 || text[offset] == 0x0A) {
        offset += 1
      }
      var lineSize = 0
      while offset < count && text[offset] != 0x20 && text[offset] != 0x0A {
        lineSize = lineSize &* 10 &+ Int(text[offset] &- 0x30)
        offset += 1
      }
      offset += 1
      var bits = 0
      while offset < count && text[offset] != 0x20 && text[offset] != 0x0A {
        let byte = text[offset]
        bits = bits &* 16 &+ Int(byte >= 0x61 ? byte &- 0x61 &+ 10 : byte &- 0x30)
        offset += 1
      }
      offset += 1
      let lineEntry = Entry(
        size: UInt8(truncatingIfNeeded: lineSize),
        dialects: Dialect(rawValue: UInt8(truncatingIfNeeded: bits)))
      while offset < count && text[offset] != 0x0A {
        // Words hold no byte at or below a space.
        let start = offset
        var hasher = FNV1a()
        var editKey: UInt64 = 0
        while offset < count && text[offset] > 0x20 {
          let folded = fold(text[offset])
          hasher.combine(folded)
          editKey = Self.editKey(editKey, folded)
          offset += 1
        }
        let end = offset
        if offset < count && text[offset] == 0x20 { offset += 1 }
        if end > start { body(start, end, lineEntry, hasher.value, editKey) }
      }
    }
  }

  /// How many of `bytes` are at or below a space (the list's separators), eight bytes at a
  /// time and without a branch on any: a byte-at-a-time count, mispredicted at every word's
  /// end, took a third as long as building the whole table.
  ///
  ///     "10 1 a b\ncafé" → 4
  static func separatorCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    let ones: UInt64 = 0x0101_0101_0101_0101
    var count = 0
    var offset = 0
    if let base = UnsafeRawPointer(bytes.baseAddress) {
      while offset + 8 <= bytes.count {
        let word = base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        // Bit 7 of a byte's lane is set when the byte is above 0x20: its low seven bits
        // plus 0x5F reach 0x80, or its own bit 7 is set.
        let above = (((word & (0x7F &* ones)) &+ 0x5F &* ones) | word) & (0x80 &* ones)
        count &+= 8 &- above.nonzeroBitCount
        offset &+= 8
      }
    }
    while offset < bytes.count {
      count &+= bytes[offset] <= 0x20 ? 1 : 0
      offset &+= 1
    }
    return count
  }

  /// The hash table of the list's spellings, with each entry's form.
  struct Table: Sendable {
    let keys: [UInt64]
    let slots: [Int32]
    let entries: [Entry]
    let bytes: [UInt8]
    let starts: [Int32]
    let lengths: [UInt8]
    let mask: Int

    init(list: String) {
      let bytes = Array(list.utf8)
      // About one slot in two taken (the list spends about ten bytes a spelling): two tables
      // of 3 MB in all, for the processor's caches to hold as much of them as they can. And
      // more slots than the list has spaces and line breaks, so that a list of short words
      // still leaves a probe an empty slot to stop at.
      let separators = bytes.withUnsafeBufferPointer(SpellingDictionary.separatorCount)
      var size = 16
      while size < bytes.count / 8 || size <= separators { size *= 2 }
      let mask = size - 1
      var keys = [UInt64](repeating: 0, count: size)
      var slots = [Int32](repeating: -1, count: size)
      var entries: [Entry] = []
      var starts: [Int32] = []
      var lengths: [UInt8] = []
      entries.reserveCapacity(size / 2)
      starts.reserveCapacity(size / 2)
      lengths.reserveCapacity(size / 2)
      bytes.withUnsafeBufferPointer { text in
        keys.withUnsafeMutableBufferPointer { keys in
          slots.withUnsafeMutableBufferPointer { slots in
            SpellingDictionary.forEachListedWord(text) { start, end, lineEntry, key, _ in
              var slot = Int(truncatingIfNeeded: key) & mask
              while slots[slot] >= 0 && keys[slot] != key { slot = (slot + 1) & mask }
              if slots[slot] >= 0 {
                let index = Int(slots[slot])
                let old = entries[index]
                entries[index] = Entry(
                  size: min(old.size, lineEntry.size),
                  dialects: old.dialects.union(lineEntry.dialects))
                // The lower-case form wins: `polish` accepts `Polish` but not the other way round.
                if text[start] >= 0x61 && text[start] <= 0x7A {
                  starts[index] = Int32(start)
                  lengths[index] = UInt8(truncatingIfNeeded: end - start)
                }
                return
              }
              keys[slot] = key
              slots[slot] = Int32(entries.count)
              entries.append(lineEntry)
              starts.append(Int32(start))
              lengths.append(UInt8(truncatingIfNeeded: end - start))
            }
          }
        }
      }
      self.keys = keys
      self.slots = slots
      self.entries = entries
      self.bytes = bytes
      self.starts = starts
      self.lengths = lengths
      self.mask = mask
    }
  }

  /// The edit filter and the letter slots of the list's spellings. A spelling listed twice
  /// (in two sizes, or in two cases) has the same folded bytes, so it sets the same bits
  /// again. Built apart from the table: filled beside it, nearly every insertion missed the
  /// cache (the 1.5 MB of filters and the 3 MB table together do not fit a 2 MB second-level
  /// cache, and the filters' lines were evicted between words); alone, the filters stay in it.
  struct Filters: Sendable {
    var editFilter: [UInt64]
    let letterSlots: LetterSlotFilter

    /// The built-in list's filters, decoded (at each call) from the text
    /// ``prebuiltEditFilter`` and ``prebuiltLetterSlots`` keep them in: built ahead of time,
    /// because building them from the list's 1.1 million letter slots cost every run 10–25 ms
    /// of CPU, and decoding them costs 2–3 ms. `nil` if that text was made from another list
    /// than ``scowlWords`` or does not hold two filters. `FilterTableTests` checks that they
    /// are what ``init(list:)`` builds, and writes them anew when asked.
    static var prebuilt: Filters? {
      guard scowlWords.utf8.count == prebuiltListLength else { return nil }
      return Filters(editFilter: prebuiltEditFilter, letterSlots: prebuiltLetterSlots)
    }

    /// The filters whose words are the little-endian bytes that these base64 texts hold (see
    /// ``littleEndianBytes``).
    init?(editFilter: String, letterSlots: String) {
      var words = [UInt64](repeating: 0, count: SpellingDictionary.editFilterWords)
      let decoded = words.withUnsafeMutableBufferPointer { Base64.decode(editFilter, into: $0) }
      guard decoded, let slots = LetterSlotFilter(base64: letterSlots) else { return nil }
      self.editFilter = words
      self.letterSlots = slots
    }

    /// Each filter's words as little-endian bytes: what ``init(editFilter:letterSlots:)``'s
    /// two texts hold, in base64.
    var littleEndianBytes: (editFilter: [UInt8], letterSlots: [UInt8]) {
      (editFilter.withUnsafeBufferPointer(Base64.littleEndianBytes), letterSlots.littleEndianBytes)
    }

    init(list: String) {
      var editFilter = [UInt64](repeating: 0, count: SpellingDictionary.editFilterWords)
      let letterSlots = LetterSlotFilter()
      var list = list
      list.withUTF8 { text in
        SpellingDictionary.forEachListedWord(text) { start, end, _, _, editKey in
          let bit = SpellingDictionary.editFilterBit(editKey)
          editFilter[bit >> 6] |= 1 << UInt64(bit & 63)
          // Each position blanked in turn: key(w with byte b at i blanked) =
          // key(w) + (blank − b) × editBase^(count − 1 − i).
          var power: UInt64 = 1
          var position = end - 1
          while position >= start {
            let folded = SpellingDictionary.fold(text[position])
            if let letter = LetterSlotFilter.letterIndex(folded) {
              letterSlots.insert(
                editKey &+ (UInt64(LetterSlotFilter.blank) &- UInt64(folded)) &* power,
                letter: letter)
            }
            power = power &* SpellingDictionary.editBase
            position -= 1
          }
        }
      }
      self.editFilter = editFilter
      self.letterSlots = letterSlots
    }
  }

  /// A listed byte as keys and edit keys read it: ASCII capitals lower-cased, every other
  /// byte as it is (listed non-ASCII words are lower case: café, naïve).
  @inline(__always)
  static func fold(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }

  /// The multiplier of ``editKey(_:_:)`` (odd, from the golden ratio).
  static let editBase: UInt64 = 0x9E37_79B9_7F4A_7C15

  /// The key of a spelling's folded bytes extended by one byte: a polynomial hash, so the key
  /// of `head + tail` is `key(head) × editBase^|tail| + key(tail)`. An edit's key is made from
  /// the typed word's prefix and suffix keys in a few multiplications, where FNV-1a would
  /// hash the whole tail again for each of the fifty-odd edits at each position.
  @inline(__always)
  static func editKey(_ key: UInt64, _ byte: UInt8) -> UInt64 {
    key &* editBase &+ UInt64(byte)
  }

  /// The edit filter's size: 2²² bits (512 KB), about thirty per listed spelling, so about one
  /// edit in thirty that spells no word passes it to be hashed and looked up.
  static let editFilterBits = 1 << 22
  static let editFilterWords = editFilterBits / 64

  /// An edit key's bit in the filter (its top bits after a multiplication: the low bits of a
  /// polynomial hash mix poorly).
  @inline(__always)
  static func editFilterBit(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0xC2B2_AE3D_27D4_EB4F) >> 42)
  }

  /// Calls `body` with the edit filter, read through a buffer pointer.
  func withEditFilter<Result>(_ body: (EditFilter) throws -> Result) rethrows -> Result {
    try editFilter.withUnsafeBufferPointer { try body(EditFilter(bits: $0)) }
  }

  /// The edit filter, borrowed for one scan.
  struct EditFilter {
    let bits: UnsafeBufferPointer<UInt64>

    /// Whether a listed spelling may have this edit key (`false`: certainly none has).
    @inline(__always)
    func mayContain(_ key: UInt64) -> Bool {
      let bit = SpellingDictionary.editFilterBit(key)
      return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }
  }

  /// The spelling of entry `index` as listed.
  func form(_ index: Int) -> String {
    let start = Int(formStarts[index])
    return String(decoding: bytes[start..<start + Int(formLengths[index])], as: UTF8.self)
  }

  /// The number of distinct spellings.
  public var count: Int { entries.count }

  /// The key of a spelling: FNV-1a over its lower-cased UTF-8, `’` and `ʼ` read as `'`.
  @inline(__always)
  static func key<S: Sequence>(_ scalars: S) -> UInt64 where S.Element == Unicode.Scalar {
    var hasher = FNV1a()
    for scalar in scalars { add(scalar, to: &hasher) }
    return hasher.value
  }

  @inline(__always)
  static func add(_ scalar: Unicode.Scalar, to hasher: inout FNV1a) {
    let value = scalar.value
    if value < 0x80 {
      hasher.combine(UInt8(value >= 0x41 && value <= 0x5A ? value | 0x20 : value))
    } else if value == 0x2019 || value == 0x2BC {
      hasher.combine(0x27)
    } else {
      for lowered in scalar.properties.lowercaseMapping.unicodeScalars {
        UTF8.encode(lowered) { hasher.combine($0) }
      }
    }
  }

  /// The entry index for a key, if the spelling is listed.
  @inline(__always)
  func index(of key: UInt64) -> Int? {
    var slot = Int(truncatingIfNeeded: key) & mask
    while true {
      let index = slots[slot]
      if index < 0 { return nil }
      if keys[slot] == key { return Int(index) }
      slot = (slot + 1) & mask
    }
  }

  /// What the list says of the spelling with this key, if it is listed: the commonest words'
  /// from ``frequent`` (one cache line), any other's from the table.
  @inline(__always)
  func entry(for key: UInt64) -> Entry? {
    if let info = frequent.info(for: key) { return info.entry }
    return index(of: key).map { entries[$0] }
  }

  /// Whether a spelling with this key is accepted in one of `dialects`.
  @inline(__always)
  func accepts(key: UInt64, dialects: Dialect) -> Bool {
    guard let entry = entry(for: key) else { return false }
    return !entry.dialects.isDisjoint(with: dialects)
  }

  /// Whether `word` (any case) is spelled as one of `dialects` spells it.
  public func contains(_ word: String, dialects: Dialect = .any) -> Bool {
    accepts(key: Self.key(word.unicodeScalars), dialects: dialects)
  }
}
