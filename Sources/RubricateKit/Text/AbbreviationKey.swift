/// A word or abbreviation as the tables look it up: the FNV-1a hash of its lower-cased UTF-8,
/// and its shape.
struct AbbreviationKey {
  private var hasher = FNV1a()
  var hash: UInt64 { hasher.value }
  /// Scalars in the key.
  var length = 0
  /// Period-separated parts.
  var parts = 0
  /// Whether every part has one or two scalars.
  var shortParts = true

  /// Adds a scalar, lower-cased when it is ASCII.
  @inline(__always)
  mutating func add(_ scalar: Unicode.Scalar) {
    let value = ScalarClass.asciiLower(scalar)
    if value < 0x80 {
      mix(UInt8(value))
    } else if let lowered = Unicode.Scalar(value) {
      if let bytes = UTF8.encode(lowered) {
        for byte in bytes { mix(byte) }
      }
    }
  }

  @inline(__always)
  private mutating func mix(_ byte: UInt8) { hasher.combine(byte) }

  /// The key of a table entry (already lower case).
  static func of(_ text: String) -> UInt64 {
    var key = AbbreviationKey()
    for scalar in text.unicodeScalars { key.add(scalar) }
    return key.hash
  }
}
