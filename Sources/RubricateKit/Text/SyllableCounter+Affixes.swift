extension SyllableCounter {
  /// Up to eight letters packed into an integer, for comparing affixes without arrays: the
  /// word's last letters (``tail(_:)``, last letter in the low byte) or first letters
  /// (``head(_:)``, first letter in the low byte).
  struct Affix: Sendable {
    let packed: UInt64
    let mask: UInt64
    let length: Int

    private init(packed: UInt64, length: Int) {
      self.packed = packed
      self.length = length
      self.mask = length >= 8 ? ~0 : (1 << UInt64(8 * length)) - 1
    }

    /// The affix as a suffix (compare with ``tail(_:)``).
    static func suffix(_ text: StaticString) -> Affix {
      let bytes = text.withUTF8Buffer { Array($0) }
      var packed: UInt64 = 0
      for (index, byte) in bytes.reversed().enumerated() where index < 8 {
        packed |= UInt64(byte) << UInt64(8 * index)
      }
      return Affix(packed: packed, length: bytes.count)
    }

    /// The affix as a prefix (compare with ``head(_:)``).
    static func prefix(_ text: StaticString) -> Affix {
      let bytes = text.withUTF8Buffer { Array($0) }
      var packed: UInt64 = 0
      for (index, byte) in bytes.enumerated() where index < 8 {
        packed |= UInt64(byte) << UInt64(8 * index)
      }
      return Affix(packed: packed, length: bytes.count)
    }

    @inline(__always)
    func matches(_ packedWord: UInt64, length wordLength: Int) -> Bool {
      length <= wordLength && packedWord & mask == packed
    }
  }

  @inline(__always)
  static func tail(_ word: Letters) -> UInt64 {
    var packed: UInt64 = 0
    let count = word.count
    var index = 0
    while index < 8 && index < count {
      packed |= UInt64(word[count - 1 - index]) << UInt64(8 * index)
      index += 1
    }
    return packed
  }

  @inline(__always)
  static func head(_ word: Letters) -> UInt64 {
    var packed: UInt64 = 0
    var index = 0
    while index < 8 && index < word.count {
      packed |= UInt64(word[index]) << UInt64(8 * index)
      index += 1
    }
    return packed
  }

  static func bytes(_ text: StaticString) -> [UInt8] {
    text.withUTF8Buffer { Array($0) }
  }
}
