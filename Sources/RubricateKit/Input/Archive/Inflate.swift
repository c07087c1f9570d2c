/// A DEFLATE decoder (RFC 1951): stored, fixed-code and dynamic-code blocks.
///
/// Bounded: the output may not pass `limit` bytes, so a bomb stops at the cap whatever its
/// ratio. Malformed data of any kind throws ``ArchiveError``; nothing reads past the input.
enum Inflate {
  /// Decompresses `input`; `sizeHint` (the size the archive declares) sizes the first
  /// allocation. Throws ``ArchiveError/tooLarge(_:)`` as soon as the output passes `limit`.
  static func decompress(_ input: ArraySlice<UInt8>, sizeHint: Int = 0, limit: Int) throws
    -> [UInt8]
  {
    try input.withUnsafeBufferPointer { buffer in
      var state = Inflater(
        input: buffer, capacity: max(1, min(max(sizeHint, 4096), limit)), limit: limit)
      defer { state.output.deallocate() }
      try state.run()
      return Array(UnsafeBufferPointer(start: state.output, count: state.count))
    }
  }

  /// Base lengths and extra bits of length symbols 257…285 (RFC 1951 §3.2.5).
  static let lengthBase: [Int] = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
    131, 163, 195, 227, 258,
  ]
  static let lengthExtra: [Int] = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
  ]
  /// Base distances and extra bits of distance symbols 0…29.
  static let distanceBase: [Int] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
    2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
  ]
  static let distanceExtra: [Int] = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13,
    13,
  ]
  /// The order in which a dynamic block sends the code-length code's lengths.
  static let codeLengthOrder: [Int] = [
    16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15,
  ]
}

/// The decoder's state: the input bit stream and the growing output.
struct Inflater {
  let input: UnsafeBufferPointer<UInt8>
  var position = 0
  /// Input bits not yet consumed, least significant first.
  var bits: UInt64 = 0
  var bitCount = 0
  var output: UnsafeMutablePointer<UInt8>
  var capacity: Int
  var count = 0
  let limit: Int

  init(input: UnsafeBufferPointer<UInt8>, capacity: Int, limit: Int) {
    self.input = input
    self.capacity = capacity
    self.limit = limit
    output = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
  }

  mutating func run() throws {
    var final = false
    while !final {
      final = try take(1) == 1
      switch try take(2) {
      case 0: try stored()
      case 1:
        guard let literals = HuffmanTable.fixedLiterals,
          let distances = HuffmanTable.fixedDistances
        else { throw ArchiveError.corrupt("fixed Huffman tables unavailable") }
        try codes(literals, distances)
      case 2:
        let (literals, distances) = try dynamicTables()
        try codes(literals, distances)
      default:
        throw ArchiveError.corrupt("invalid DEFLATE block type 3")
      }
    }
  }

  /// Tops the bit buffer up to at least 57 bits, or to the end of the input.
  @inline(__always) mutating func refill() {
    // Eight bytes at once: the bits above the whole bytes counted are the next bytes' own,
    // so the next refill ORs the same values over them.
    if input.count - position >= 8, let base = input.baseAddress {
      let word = UInt64(
        littleEndian: UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self))
      bits |= word << UInt64(bitCount)
      let consumed = (63 - bitCount) >> 3
      position += consumed
      bitCount += consumed << 3
      return
    }
    while bitCount <= 56 && position < input.count {
      bits |= UInt64(input[position]) << UInt64(bitCount)
      position += 1
      bitCount += 8
    }
  }

  /// The next `count` bits (0…16) as a number.
  @inline(__always) mutating func take(_ count: Int) throws -> Int {
    if bitCount < count {
      refill()
      if bitCount < count { throw ArchiveError.truncated("compressed data ends early") }
    }
    let value = Int(truncatingIfNeeded: bits & (UInt64(1) << UInt64(count) - 1))
    bits >>= UInt64(count)
    bitCount -= count
    return value
  }

  /// Makes room for `needed` output bytes in all, or refuses past the limit.
  @inline(__always) mutating func reserve(_ needed: Int) throws {
    if needed <= capacity { return }
    guard needed <= limit else {
      throw ArchiveError.tooLarge("expands past the \(Self.megabytes(limit)) MB cap")
    }
    let grown = min(max(capacity * 2, needed), limit)
    let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
    larger.update(from: output, count: count)
    output.deallocate()
    output = larger
    capacity = grown
  }

  static func megabytes(_ bytes: Int) -> Int { (bytes + (1 << 20) - 1) >> 20 }

  /// A stored block: LEN, its complement, then LEN bytes as they are.
  mutating func stored() throws {
    bits >>= UInt64(bitCount & 7)
    bitCount -= bitCount & 7
    let length = try take(16)
    let complement = try take(16)
    guard length == ~complement & 0xFFFF else {
      throw ArchiveError.corrupt("stored block length check fails")
    }
    // Hand back whole bytes still in the bit buffer, then copy straight from the input.
    position -= bitCount / 8
    bits = 0
    bitCount = 0
    guard input.count - position >= length else {
      throw ArchiveError.truncated("stored block ends early")
    }
    try reserve(count + length)
    for index in 0..<length { output[count + index] = input[position + index] }
    count += length
    position += length
  }

  /// Reads a dynamic block's code lengths and builds its two codes.
  mutating func dynamicTables() throws -> (HuffmanTable, HuffmanTable) {
    let literalCount = try take(5) + 257
    let distanceCount = try take(5) + 1
    let lengthCount = try take(4) + 4
    guard literalCount <= 286, distanceCount <= 30 else {
      throw ArchiveError.corrupt("too many length or distance codes")
    }
    var codeLengths = [UInt8](repeating: 0, count: 19)
    for index in 0..<lengthCount {
      codeLengths[Inflate.codeLengthOrder[index]] = UInt8(try take(3))
    }
    let lengthCode = try HuffmanTable(lengths: codeLengths[...])
    let total = literalCount + distanceCount
    var lengths = [UInt8](repeating: 0, count: total)
    var index = 0
    while index < total {
      let symbol = try decode(lengthCode)
      if symbol < 16 {
        lengths[index] = UInt8(symbol)
        index += 1
        continue
      }
      var value: UInt8 = 0
      let repeats: Int
      switch symbol {
      case 16:
        guard index > 0 else { throw ArchiveError.corrupt("repeat with no previous length") }
        value = lengths[index - 1]
        repeats = 3 + (try take(2))
      case 17: repeats = 3 + (try take(3))
      default: repeats = 11 + (try take(7))
      }
      guard index + repeats <= total else {
        throw ArchiveError.corrupt("code lengths overflow the table")
      }
      for offset in 0..<repeats { lengths[index + offset] = value }
      index += repeats
    }
    guard lengths[256] != 0 else { throw ArchiveError.corrupt("no end-of-block code") }
    return (
      try HuffmanTable(lengths: lengths[..<literalCount]),
      try HuffmanTable(lengths: lengths[literalCount...])
    )
  }

  /// One symbol of `table`: a table lookup for short codes, bit by bit for the rest.
  @inline(__always) mutating func decode(_ table: HuffmanTable) throws -> Int {
    if bitCount < 15 { refill() }
    let entry = table.fast[Int(truncatingIfNeeded: bits & HuffmanTable.fastMask)]
    let length = Int(entry & 15)
    if length != 0 && length <= bitCount {
      bits >>= UInt64(length)
      bitCount -= length
      return Int(entry >> 4)
    }
    return try decodeSlowly(table)
  }

  /// Walks the canonical code one bit at a time (codes longer than the lookup table).
  mutating func decodeSlowly(_ table: HuffmanTable) throws -> Int {
    var code = 0
    var first = 0
    var index = 0
    for length in 1...15 {
      guard bitCount > 0 else { throw ArchiveError.truncated("compressed data ends early") }
      code |= Int(bits & 1)
      bits >>= 1
      bitCount -= 1
      let count = table.counts[length]
      if code - first < count { return Int(table.symbols[index + code - first]) }
      index += count
      first = (first + count) << 1
      code <<= 1
    }
    throw ArchiveError.corrupt("invalid Huffman code")
  }

  /// The literals and back-references of one compressed block, up to its end-of-block code.
  mutating func codes(_ literals: HuffmanTable, _ distances: HuffmanTable) throws {
    // Local copies: a static table read in the loop is checked for initialisation each time.
    let lengthBase = Inflate.lengthBase
    let lengthExtra = Inflate.lengthExtra
    let distanceBase = Inflate.distanceBase
    let distanceExtra = Inflate.distanceExtra
    while true {
      let symbol = try decode(literals)
      if symbol < 256 {
        try reserve(count + 1)
        output[count] = UInt8(truncatingIfNeeded: symbol)
        count += 1
        continue
      }
      if symbol == 256 { return }
      let lengthIndex = symbol - 257
      guard lengthIndex < 29 else { throw ArchiveError.corrupt("invalid length code") }
      let length = lengthBase[lengthIndex] + (try take(lengthExtra[lengthIndex]))
      let distanceSymbol = try decode(distances)
      guard distanceSymbol < 30 else { throw ArchiveError.corrupt("invalid distance code") }
      let distance =
        distanceBase[distanceSymbol] + (try take(distanceExtra[distanceSymbol]))
      guard distance <= count else { throw ArchiveError.corrupt("distance too far back") }
      try reserve(count + length)
      // Byte by byte: a distance shorter than the length repeats the bytes just written.
      let from = count - distance
      for offset in 0..<length { output[count + offset] = output[from + offset] }
      count += length
    }
  }
}
