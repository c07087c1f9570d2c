/// The 64-bit FNV-1a hash, fed one byte at a time: the key of every word table (syllable
/// exceptions, abbreviations, familiar words, the argument lexicon), so that looking a word up
/// builds no `String`.
struct FNV1a: Sendable, Equatable {
  static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325

  private(set) var value: UInt64 = FNV1a.offsetBasis

  @inline(__always)
  mutating func combine(_ byte: UInt8) {
    value = (value ^ UInt64(byte)) &* 0x100_0000_01b3
  }

  /// The hash of a whole byte sequence.
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hasher = FNV1a()
    for byte in bytes { hasher.combine(byte) }
    return hasher.value
  }
}
