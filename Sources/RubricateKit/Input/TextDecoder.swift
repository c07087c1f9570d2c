/// Turns a file's bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, and
/// Windows-1252 when the bytes are not UTF-8. Refuses binary data with a one-line reason.
enum TextDecoder {
  /// Above this share of control bytes (or undefined Windows-1252 bytes) a file is binary.
  /// Real text has at most the odd form feed or stray control; images and archives have many.
  static let maxControlShare = 0.05
  /// Above this share of bytes ≥ 0x80 a file that is not UTF-8 is not Windows-1252 prose
  /// either (Word-pasted English has a few curly quotes and dashes per hundred characters).
  static let maxHighShareForWindows1252 = 0.30

  /// Decodes `bytes`, naming `file` in any error.
  static func decode(_ bytes: [UInt8], file: String) throws -> String {
    if bytes.count >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE {
      return try utf16(bytes, bigEndian: false, file: file)
    }
    if bytes.count >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF {
      return try utf16(bytes, bigEndian: true, file: file)
    }
    let (nul, controls, high) = bytes.withUnsafeBufferPointer(census)
    // UTF-16 without a byte order mark has NUL bytes (in most pairs): without one, there is
    // no need to sample for it.
    if nul, let bigEndian = bomlessUTF16(bytes) {
      return try utf16(bytes, bigEndian: bigEndian, file: file, skip: 0)
    }
    // A UTF-8 byte order mark stays in the text as U+FEFF, as Python's `utf-8` codec keeps
    // it, so that offsets agree with an evaluation script reading the same file.
    let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    let body = bytes[...]
    if nul {
      throw InputError.notText(file: file, reason: "it contains NUL bytes")
    }
    let count = Double(max(body.count, 1))
    if Double(controls) / count > maxControlShare {
      throw InputError.notText(file: file, reason: "mostly non-text bytes")
    }
    if let text = String(validating: body, as: UTF8.self) {
      return text
    }
    if hasBOM {
      return String(decoding: body, as: UTF8.self)
    }
    var undefined = 0
    for byte in body where Windows1252.isUndefined(byte) { undefined += 1 }
    if Double(high) / count > maxHighShareForWindows1252
      || Double(undefined + controls) / count > maxControlShare
    {
      throw InputError.notText(
        file: file, reason: "mostly non-text bytes: neither UTF-8 nor Windows-1252 text")
    }
    return Windows1252.decode(Array(body))
  }

  /// Whether there is a NUL byte, and how many control bytes (other than tab, line breaks and
  /// form feed) and bytes ≥ 0x80 there are.
  ///
  /// Every byte of every file passes here, so the bytes are looked at eight at a time: a word
  /// with no byte ≥ 0x80, < 0x20 or equal to 0x7F (nearly every word of a text) counts
  /// nothing, and only the others are counted byte by byte. The tests are the exact "has a
  /// byte less than" and "has a zero byte" word tricks, so no word that counts is skipped.
  static func census(_ bytes: UnsafeBufferPointer<UInt8>) -> (nul: Bool, controls: Int, high: Int) {
    var nul = false
    var controls = 0
    var high = 0
    func count(_ byte: UInt8) {
      if byte < 0x20 {
        nul = nul || byte == 0
        if byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C { controls += 1 }
      } else if byte == 0x7F {
        controls += 1
      } else if byte >= 0x80 {
        high += 1
      }
    }
    let ones: UInt64 = 0x0101_0101_0101_0101
    let tops: UInt64 = 0x8080_8080_8080_8080
    let raw = UnsafeRawBufferPointer(bytes)
    var index = 0
    while index + 8 <= bytes.count {
      let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      let deletes = word ^ (ones &* 0x7F)
      let belowSpace = (word &- ones &* 0x20) & ~word & tops
      let hasDelete = (deletes &- ones) & ~deletes & tops
      if (word & tops) | belowSpace | hasDelete != 0 {
        for offset in index..<(index + 8) { count(bytes[offset]) }
      }
      index += 8
    }
    while index < bytes.count {
      count(bytes[index])
      index += 1
    }
    return (nul, controls, high)
  }

  /// How many leading bytes are sampled to recognise UTF-16 without a byte order mark.
  static let utf16Sample = 4096

  /// Notepad and some exporters write UTF-16 without a BOM: ASCII text then has a zero in
  /// every other byte. Returns whether it is big-endian, or nil when it is not UTF-16.
  static func bomlessUTF16(_ bytes: [UInt8]) -> Bool? {
    let count = min(bytes.count, utf16Sample) & ~1
    guard count >= 4 else { return nil }
    var evenZeros = 0
    var oddZeros = 0
    bytes.withUnsafeBufferPointer { bytes in
      for index in stride(from: 0, to: count, by: 2) {
        if bytes[index] == 0 { evenZeros += 1 }
        if bytes[index + 1] == 0 { oddZeros += 1 }
      }
    }
    let pairs = count / 2
    if oddZeros * 10 >= pairs * 8 && evenZeros * 20 < pairs { return false }
    if evenZeros * 10 >= pairs * 8 && oddZeros * 20 < pairs { return true }
    return nil
  }

  static func utf16(_ bytes: [UInt8], bigEndian: Bool, file: String, skip: Int = 2) throws
    -> String
  {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = skip
    while index + 1 < bytes.count {
      let first = UInt16(bytes[index])
      let second = UInt16(bytes[index + 1])
      units.append(bigEndian ? first << 8 | second : second << 8 | first)
      index += 2
    }
    var view = String.UnicodeScalarView()
    var controls = 0
    var iterator = units.makeIterator()
    var decoder = UTF16()
    loop: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        if scalar.value == 0 {
          throw InputError.notText(file: file, reason: "it contains NUL characters")
        }
        if scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r" {
          controls += 1
        }
        view.append(scalar)
      case .emptyInput:
        break loop
      case .error:
        throw InputError.notText(file: file, reason: "invalid UTF-16 after its byte order mark")
      }
    }
    if Double(controls) / Double(max(units.count, 1)) > maxControlShare {
      throw InputError.notText(file: file, reason: "mostly non-text characters")
    }
    return String(view)
  }
}
