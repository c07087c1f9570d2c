/// CRC-32 as ZIP uses it (ISO 3309 / ITU-T V.42, reflected polynomial 0xEDB88320).
enum CRC32 {
  /// One table entry per byte value, computed from the polynomial.
  static let table: [UInt32] = (0..<256).map { value in
    var crc = UInt32(value)
    for _ in 0..<8 { crc = crc & 1 == 1 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
    return crc
  }

  /// The checksum of `bytes`.
  static func checksum(_ bytes: [UInt8]) -> UInt32 {
    table.withUnsafeBufferPointer { table in
      bytes.withUnsafeBufferPointer { buffer in
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in buffer {
          crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
        }
        return ~crc
      }
    }
  }
}
