/// Base64 (RFC 4648, the standard alphabet) for tables built ahead of time and kept in the
/// source as text: decoded straight into the memory that will hold them, without a `Data` in
/// between. Line breaks between groups are skipped; so is any other byte outside the
/// alphabet. Padding (`=`) ends the text.
enum Base64 {
  /// Each byte's six bits, or `0xFF` for a byte outside the alphabet.
  private static let values: [UInt8] = {
    var values = [UInt8](repeating: 0xFF, count: 256)
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    for (value, byte) in alphabet.enumerated() { values[Int(byte)] = UInt8(value) }
    return values
  }()

  /// Four tables of 256, one after the other: each byte's six bits already in their place for
  /// the first, second, third and fourth character of a group (shifted left 18, 12, 6 and 0),
  /// or bit 31 for a byte outside the alphabet. A group of four is then four look-ups and
  /// three ORs, and one test of bit 31 says whether all four are in the alphabet.
  private static let placedValues: [UInt32] = (0..<4).flatMap { position in
    values.map { $0 == 0xFF ? 1 << 31 : UInt32($0) << UInt32(18 - 6 * position) }
  }

  /// Decodes `text` into 64-bit `words` stored little-endian (as ``littleEndianBytes(_:)``
  /// lists them); `true` when the text holds exactly that many words.
  static func decode(_ text: String, into words: UnsafeMutableBufferPointer<UInt64>) -> Bool {
    guard decode(text, into: UnsafeMutableRawBufferPointer(words)) else { return false }
    #if _endian(big)
      for index in words.indices { words[index] = UInt64(littleEndian: words[index]) }
    #endif
    return true
  }

  /// The bytes of 64-bit `words`, little-endian: what a table of them is kept as in base64.
  static func littleEndianBytes(_ words: UnsafeBufferPointer<UInt64>) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(words.count * 8)
    for word in words {
      withUnsafeBytes(of: word.littleEndian) { bytes.append(contentsOf: $0) }
    }
    return bytes
  }

  /// Decodes `text` into `destination`; `true` when the text holds exactly that many bytes.
  /// On `false` the destination holds whatever was decoded before the text ran short or long.
  ///
  ///     "TWFu" → "Man" (0x4D 0x61 0x6E); "TWE=" → "Ma"; "TW\nFu" → "Man"
  static func decode(_ text: String, into destination: UnsafeMutableRawBufferPointer) -> Bool {
    var text = text
    return text.withUTF8 { decode($0, into: destination) }
  }

  static func decode(
    _ text: UnsafeBufferPointer<UInt8>, into destination: UnsafeMutableRawBufferPointer
  ) -> Bool {
    values.withUnsafeBufferPointer { values in
      placedValues.withUnsafeBufferPointer { placed in
        decode(text, into: destination, values: values, placed: placed)
      }
    }
  }

  private static func decode(
    _ text: UnsafeBufferPointer<UInt8>, into destination: UnsafeMutableRawBufferPointer,
    values: UnsafeBufferPointer<UInt8>, placed: UnsafeBufferPointer<UInt32>
  ) -> Bool {
    let count = text.count
    var offset = 0
    var written = 0
    var bits: UInt32 = 0
    var held = 0
    while offset < count {
      // Whole groups of four in the alphabet, the usual case, at once.
      if held == 0 && offset + 4 <= count {
        let group =
          placed[Int(text[offset])] | placed[256 + Int(text[offset + 1])]
          | placed[512 + Int(text[offset + 2])] | placed[768 + Int(text[offset + 3])]
        if group & (1 << 31) == 0 {
          guard written + 3 <= destination.count else { return false }
          destination[written] = UInt8(truncatingIfNeeded: group >> 16)
          destination[written + 1] = UInt8(truncatingIfNeeded: group >> 8)
          destination[written + 2] = UInt8(truncatingIfNeeded: group)
          written += 3
          offset += 4
          continue
        }
      }
      // Otherwise a character at a time: line breaks skipped, padding ends the text.
      let byte = text[offset]
      offset += 1
      if byte == 0x3D { break }
      let value = values[Int(byte)]
      if value == 0xFF { continue }
      bits = bits << 6 | UInt32(value)
      held += 1
      if held == 4 {
        guard written + 3 <= destination.count else { return false }
        destination[written] = UInt8(truncatingIfNeeded: bits >> 16)
        destination[written + 1] = UInt8(truncatingIfNeeded: bits >> 8)
        destination[written + 2] = UInt8(truncatingIfNeeded: bits)
        written += 3
        bits = 0
        held = 0
      }
    }
    // A last group of two or three characters holds one or two bytes.
    if held >= 2 {
      guard written + held - 1 <= destination.count else { return false }
      let shifted = bits << UInt32(6 * (4 - held))
      destination[written] = UInt8(truncatingIfNeeded: shifted >> 16)
      if held == 3 { destination[written + 1] = UInt8(truncatingIfNeeded: shifted >> 8) }
      written += held - 1
    } else if held == 1 {
      return false
    }
    return written == destination.count
  }
}
