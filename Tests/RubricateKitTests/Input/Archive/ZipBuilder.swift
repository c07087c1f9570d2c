@testable import RubricateKit

/// Builds ZIP archives byte by byte for tests, honest or hostile.
struct ZipBuilder {
  struct Entry {
    var name: String
    /// The bytes the entry expands to.
    var data: [UInt8]
    /// The compressed payload for method 8; nil stores `data`.
    var deflated: [UInt8]? = nil
    var flags: UInt16 = 0
    /// Overrides: a wrong checksum, a false size.
    var crc: UInt32? = nil
    var declaredSize: Int? = nil
    /// Sizes and checksum in a data descriptor after the data (flag bit 3).
    var descriptor = false
  }

  var entries: [Entry] = []
  var entryCountOverride: Int? = nil

  static func text(_ name: String, _ text: String) -> Entry {
    Entry(name: name, data: Array(text.utf8))
  }

  func build() -> [UInt8] {
    var out: [UInt8] = []
    var central: [UInt8] = []
    for entry in entries {
      let offset = out.count
      let payload = entry.deflated ?? entry.data
      let method: UInt16 = entry.deflated == nil ? 0 : 8
      let crc = entry.crc ?? CRC32.checksum(entry.data)
      let size = entry.declaredSize ?? entry.data.count
      let flags = entry.flags | (entry.descriptor ? 8 : 0)
      let name = Array(entry.name.utf8)
      out += le32(0x0403_4B50) + le16(20) + le16(flags) + le16(method) + le16(0) + le16(0)
      out +=
        entry.descriptor
        ? le32(0) + le32(0) + le32(0) : le32(crc) + le32(UInt32(payload.count)) + le32(UInt32(size))
      out += le16(UInt16(name.count)) + le16(0) + name + payload
      if entry.descriptor {
        out += le32(0x0807_4B50) + le32(crc) + le32(UInt32(payload.count)) + le32(UInt32(size))
      }
      central += le32(0x0201_4B50) + le16(20) + le16(20) + le16(flags) + le16(method)
      central += le16(0) + le16(0) + le32(crc) + le32(UInt32(payload.count)) + le32(UInt32(size))
      central += le16(UInt16(name.count)) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0)
      central += le32(UInt32(offset)) + name
    }
    let centralOffset = out.count
    out += central
    let count = UInt16(entryCountOverride ?? entries.count)
    out += le32(0x0605_4B50) + le16(0) + le16(0) + le16(count) + le16(count)
    out += le32(UInt32(central.count)) + le32(UInt32(centralOffset)) + le16(0)
    return out
  }

  func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
  func le32(_ value: UInt32) -> [UInt8] {
    [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24)]
  }

  /// A fixed-Huffman DEFLATE stream of one zero byte and `pairs` copies of 258 bytes at
  /// distance 1: `1 + 258 × pairs` zeros from about 1.6 bytes a pair.
  static func zeroBomb(pairs: Int) -> [UInt8] {
    var writer = BitWriter()
    writer.write(1, count: 1)  // final block
    writer.write(1, count: 2)  // fixed codes
    writer.writeCode(0x30, length: 8)  // literal 0
    for _ in 0..<pairs {
      writer.writeCode(0xC5, length: 8)  // length symbol 285: 258 bytes
      writer.writeCode(0, length: 5)  // distance symbol 0: 1 back
    }
    writer.writeCode(0, length: 7)  // end of block
    return writer.bytes + (writer.count > 0 ? [writer.current] : [])
  }
}

/// Writes bits least significant first, as DEFLATE packs them.
struct BitWriter {
  var bytes: [UInt8] = []
  var current: UInt8 = 0
  var count = 0

  mutating func write(_ value: Int, count bits: Int) {
    for index in 0..<bits {
      current |= UInt8((value >> index) & 1) << UInt8(count)
      count += 1
      if count == 8 {
        bytes.append(current)
        current = 0
        count = 0
      }
    }
  }

  /// A Huffman code, sent most significant bit first.
  mutating func writeCode(_ code: Int, length: Int) {
    for index in stride(from: length - 1, through: 0, by: -1) {
      write((code >> index) & 1, count: 1)
    }
  }
}
