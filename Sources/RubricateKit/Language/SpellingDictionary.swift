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
  /// Each entry's spelling as listed (`English`, `colour`), for suggestions.
  let forms: [String]
  private let mask: Int

  /// The dictionary parsed from the built-in SCOWL list (parsed once, at first use).
  public static let builtIn = SpellingDictionary(list: scowlWords)

  /// Parses `<size> <dialect mask> word word …` lines.
  init(list: String) {
    var forms: [String] = []
    var entries: [Entry] = []
    var indexByKey: [UInt64: Int32] = [:]
    forms.reserveCapacity(160_000)
    entries.reserveCapacity(160_000)
    indexByKey.reserveCapacity(160_000)
    for line in list.split(separator: "\n") {
      let fields = line.split(separator: " ")
      guard fields.count > 2, let size = UInt8(fields[0]), let bits = UInt8(fields[1], radix: 16)
      else { continue }
      for field in fields.dropFirst(2) {
        let key = Self.key(field.unicodeScalars)
        if let index = indexByKey[key] {
          let old = entries[Int(index)]
          entries[Int(index)] = Entry(
            size: min(old.size, size), dialects: old.dialects.union(Dialect(rawValue: bits)))
          // The lower-case form wins: `polish` accepts `Polish` but not the other way round.
          if field.first?.isLowercase == true { forms[Int(index)] = String(field) }
          continue
        }
        indexByKey[key] = Int32(entries.count)
        entries.append(Entry(size: size, dialects: Dialect(rawValue: bits)))
        forms.append(String(field))
      }
    }
    var size = 16
    while size < entries.count * 2 { size *= 2 }
    var keys = [UInt64](repeating: 0, count: size)
    var slots = [Int32](repeating: -1, count: size)
    for (key, index) in indexByKey {
      var slot = Int(truncatingIfNeeded: key) & (size - 1)
      while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
      keys[slot] = key
      slots[slot] = index
    }
    self.keys = keys
    self.slots = slots
    self.entries = entries
    self.forms = forms
    self.mask = size - 1
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

  /// Whether a spelling with this key is accepted in one of `dialects`.
  @inline(__always)
  func accepts(key: UInt64, dialects: Dialect) -> Bool {
    guard let index = index(of: key) else { return false }
    return !entries[index].dialects.isDisjoint(with: dialects)
  }

  /// Whether `word` (any case) is spelled as one of `dialects` spells it.
  public func contains(_ word: String, dialects: Dialect = .any) -> Bool {
    accepts(key: Self.key(word.unicodeScalars), dialects: dialects)
  }
}
