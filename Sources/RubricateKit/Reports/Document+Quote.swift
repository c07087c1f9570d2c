extension Document {
  /// ``FeedbackItem/quote(_:)`` of the text `span` covers, made from the scalars in one pass:
  /// reports quote every finding and piece of evidence, and building the passage as a string
  /// first cost as much again as the quote itself.
  func quote(_ span: Span) -> String {
    let lower = min(max(0, span.start), scalars.count)
    let upper = min(max(lower, span.end), scalars.count)
    // “ (E2 80 9C), the passage with runs of white space as one space (at most four bytes a
    // scalar, written in place), then … and ”.
    var ascii = true
    var bytes = [UInt8](unsafeUninitializedCapacity: (upper - lower) * 4 + 9) {
      buffer, initialized in
      var count = 0
      func put(_ byte: UInt8) {
        buffer[count] = byte
        count += 1
      }
      put(0xE2)
      put(0x80)
      put(0x9C)
      scalars.withUnsafeBufferPointer { scalars in
        var lastWasSpace = false
        for index in lower..<upper {
          let value = scalars[index].value
          if value < 0x80 {
            let isSpace = value == 0x20 || (0x09...0x0D).contains(value)
            if isSpace && lastWasSpace { continue }
            put(isSpace ? 0x20 : UInt8(value))
            lastWasSpace = isSpace
            continue
          }
          ascii = false
          lastWasSpace = false
          if value < 0x800 {
            put(UInt8(0xC0 | (value >> 6)))
          } else {
            if value < 0x10000 {
              put(UInt8(0xE0 | (value >> 12)))
            } else {
              put(UInt8(0xF0 | (value >> 18)))
              put(UInt8(0x80 | ((value >> 12) & 0x3F)))
            }
            put(UInt8(0x80 | ((value >> 6) & 0x3F)))
          }
          put(UInt8(0x80 | (value & 0x3F)))
        }
      }
      initialized = count
    }
    let length = bytes.count - 3
    guard length > 160 else {
      bytes += [0xE2, 0x80, 0x9D]
      return String(decoding: bytes, as: UTF8.self)
    }
    if ascii {  // one byte, one character: cut after 157
      bytes.removeSubrange((3 + 157)...)
      bytes += [0xE2, 0x80, 0xA6, 0xE2, 0x80, 0x9D]
      return String(decoding: bytes, as: UTF8.self)
    }
    // Past 160 bytes with other scripts: count characters, as the quote does.
    let flat = String(decoding: bytes[3...], as: UTF8.self)
    return flat.count > 160 ? "“\(flat.prefix(157))…”" : "“\(flat)”"
  }
}
