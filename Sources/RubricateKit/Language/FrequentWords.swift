/// The commonest English words (``TermWeights/englishWords``, 6,000 of them) with what the
/// spelling check and the vocabulary profile ask of each, in one small table: its Zipf
/// frequency, and whether and how the spelling dictionary lists it.
///
/// Nine word types in ten that an essay uses are among them. The dictionary answers the same
/// question from three arrays of several megabytes (its keys, its slots and its entries), which
/// the processor's caches cannot hold between one document and the next: cachegrind counted
/// the spelling check's and the vocabulary's look-ups among the largest sources of last-level
/// misses of `analyze`. Here a word's key and everything known about it share one 16-byte slot
/// of a 256 KB table (a ``WordKeyTable``), so a look-up reads one cache line, and one the
/// caches keep.
struct FrequentWords: Sendable {
  /// What the table knows of one word.
  struct Info: Equatable {
    /// Its Zipf frequency × 10 in the English table.
    var zipfTenths: UInt8
    /// Whether the dictionary lists it; if so, in which dialects and at which SCOWL size.
    var listed: Bool
    var dialects: Dialect
    var size: UInt8

    /// The dictionary's entry for the word, as ``SpellingDictionary/entry(for:)`` gives it.
    var entry: SpellingDictionary.Entry? {
      listed ? SpellingDictionary.Entry(size: size, dialects: dialects) : nil
    }
  }

  /// Each word's key with its packed ``Info`` (key and value side by side, one cache line).
  private let table: WordKeyTable

  /// An empty table: every look-up falls through to the dictionary and the frequency table.
  init() {
    table = WordKeyTable(packed: [])
  }

  /// The words' keys (``SpellingDictionary/key(_:)``) with their Zipf tenths, and what
  /// `dictionary` says of each. A later entry for the same key gives its frequency, as in
  /// ``WordKeyTable``.
  init(_ words: [(word: String, tenths: UInt8)], dictionary: SpellingDictionary) {
    table = WordKeyTable(
      packed: words.map { word, tenths in
        let key = SpellingDictionary.key(word.unicodeScalars)
        let entry = dictionary.index(of: key).map { dictionary.entries[$0] }
        let info = Info(
          zipfTenths: tenths, listed: entry != nil, dialects: entry?.dialects ?? [],
          size: entry?.size ?? 0)
        return (key, Self.pack(info))
      })
  }

  /// What the table knows of the word with this key; `nil` when it is not among the words.
  @inline(__always)
  func info(for key: UInt64) -> Info? {
    table.packedValue(for: key).map(Self.unpack)
  }

  /// Bits 0–7 the Zipf tenths, bit 8 listed, bits 16–23 the dialects, bits 24–31 the size.
  static func pack(_ info: Info) -> UInt64 {
    UInt64(info.zipfTenths) | (info.listed ? 1 << 8 : 0) | UInt64(info.dialects.rawValue) << 16
      | UInt64(info.size) << 24
  }

  @inline(__always)
  static func unpack(_ packed: UInt64) -> Info {
    Info(
      zipfTenths: UInt8(truncatingIfNeeded: packed),
      listed: packed & (1 << 8) != 0,
      dialects: Dialect(rawValue: UInt8(truncatingIfNeeded: packed >> 16)),
      size: UInt8(truncatingIfNeeded: packed >> 24))
  }
}
