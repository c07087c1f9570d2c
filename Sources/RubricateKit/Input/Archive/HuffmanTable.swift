/// A canonical Huffman code (RFC 1951 §3.2.2) ready for decoding: a lookup table for the
/// short codes, which are nearly all of them, and the per-length counts for the rest.
struct HuffmanTable: Sendable {
  /// Codes up to this many bits decode with one table lookup.
  static let fastBits = 10
  static let fastMask = UInt64(1 << fastBits - 1)

  /// Indexed by the next `fastBits` input bits: `symbol << 4 | length`, or 0 when the code is
  /// longer than `fastBits` (or the bits start no code).
  var fast: [UInt16]
  /// How many codes have each length (index 0 unused).
  var counts: [Int]
  /// The symbols ordered by code: shorter codes first, then by symbol value.
  var symbols: [UInt16]

  /// Builds the code from each symbol's code length (0: symbol unused).
  init(lengths: ArraySlice<UInt8>) throws {
    var counts = [Int](repeating: 0, count: 16)
    for length in lengths { counts[Int(length)] += 1 }
    counts[0] = 0
    var left = 1
    for length in 1...15 {
      left = left << 1 - counts[length]
      if left < 0 { throw ArchiveError.corrupt("over-subscribed Huffman code") }
    }
    var offsets = [Int](repeating: 0, count: 16)
    for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
    var symbols = [UInt16](repeating: 0, count: lengths.count)
    for (symbol, length) in lengths.enumerated() where length != 0 {
      symbols[offsets[Int(length)]] = UInt16(symbol)
      offsets[Int(length)] += 1
    }
    var fast = [UInt16](repeating: 0, count: 1 << Self.fastBits)
    var code = 0
    var index = 0
    for length in 1...Self.fastBits {
      for _ in 0..<counts[length] {
        // DEFLATE sends codes most significant bit first into a least-significant-first stream.
        var reversed = 0
        var rest = code
        for _ in 0..<length {
          reversed = reversed << 1 | rest & 1
          rest >>= 1
        }
        let entry = symbols[index] << 4 | UInt16(length)
        var slot = reversed
        while slot < 1 << Self.fastBits {
          fast[slot] = entry
          slot += 1 << length
        }
        index += 1
        code += 1
      }
      code <<= 1
    }
    self.fast = fast
    self.counts = counts
    self.symbols = symbols
  }

  /// The fixed literal/length code of block type 1.
  static let fixedLiterals: HuffmanTable? = {
    var lengths = [UInt8](repeating: 8, count: 288)
    for symbol in 144..<256 { lengths[symbol] = 9 }
    for symbol in 256..<280 { lengths[symbol] = 7 }
    return try? HuffmanTable(lengths: lengths[...])
  }()

  /// The fixed distance code of block type 1.
  static let fixedDistances: HuffmanTable? = try? HuffmanTable(
    lengths: [UInt8](repeating: 5, count: 30)[...])
}
