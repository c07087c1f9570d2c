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
    if let bigEndian = bomlessUTF16(bytes) {
      return try utf16(bytes, bigEndian: bigEndian, file: file, skip: 0)
    }
    // A UTF-8 byte order mark stays in the text as U+FEFF, as Python's `utf-8` codec keeps
    // it, so that offsets agree with an evaluation script reading the same file.
    let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    let body = bytes[...]
    var controls = 0
    var high = 0
    for byte in body {
      if byte == 0 {
        throw InputError.notText(file: file, reason: "it contains NUL bytes")
      }
      if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C {
        controls += 1
      } else if byte == 0x7F {
        controls += 1
      } else if byte >= 0x80 {
        high += 1
      }
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

  /// How many leading bytes are sampled to recognise UTF-16 without a byte order mark.
  static let utf16Sample = 4096

  /// Notepad and some exporters write UTF-16 without a BOM: ASCII text then has a zero in
  /// every other byte. Returns whether it is big-endian, or nil when it is not UTF-16.
  static func bomlessUTF16(_ bytes: [UInt8]) -> Bool? {
    let count = min(bytes.count, utf16Sample) & ~1
    guard count >= 4 else { return nil }
    var evenZeros = 0
    var oddZeros = 0
    for index in stride(from: 0, to: count, by: 2) {
      if bytes[index] == 0 { evenZeros += 1 }
      if bytes[index + 1] == 0 { oddZeros += 1 }
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
