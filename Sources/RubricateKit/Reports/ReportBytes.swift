/// A report written as UTF-8 bytes into one growing buffer, escaping for HTML, Markdown or a
/// terminal done on the way in.
///
/// Building a report by `String` interpolation and `+=` cost a few hundred instructions per
/// piece (most of the per-submission reports' time); appending bytes to a reserved array costs
/// a copy. Each escape writes exactly what its String form writes (``HTMLEscape/text(_:)``,
/// ``MarkdownReporter/escape(_:)``, ``TerminalText/escape(_:keepingLineBreaks:)``).
struct ReportBytes {
  var bytes: [UInt8] = []

  init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

  /// The text written so far.
  var string: String { String(decoding: bytes, as: UTF8.self) }

  /// Appends `string` as it is.
  mutating func write(_ string: String) {
    string.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  /// Appends a score as every report shows it: `points`, `separator` (`" / "` or `"/"`),
  /// `maximum`, each as ``MeasureValue/plain(_:)`` writes it.
  mutating func writeScore(_ points: Double, of maximum: Double, separator: String = " / ") {
    write(MeasureValue.plain(points))
    write(separator)
    write(MeasureValue.plain(maximum))
  }

  /// Appends a number in decimal, as `"\(number)"` writes it.
  mutating func write(_ number: Int) {
    guard number >= 0 else { return write(String(number)) }
    var divisor = 1
    while divisor <= number / 10 { divisor *= 10 }
    var rest = number
    while divisor > 0 {
      bytes.append(UInt8(0x30 + rest / divisor))
      rest %= divisor
      divisor /= 10
    }
  }

  /// Appends `string` escaped for HTML text and attribute values, as ``HTMLEscape/text(_:)``
  /// escapes it.
  mutating func writeHTML(_ string: String) {
    string.withUTF8Buffer { utf8 in
      var run = 0  // the first byte not yet copied
      var index = 0
      while index < utf8.count {
        let byte = utf8[index]
        // Printable ASCII but the five, and any byte of a scalar past U+009F, copy as they are.
        if !Self.mayNeedHTMLEscape(byte) {
          index += 1
          continue
        }
        if byte == 0xC2, index + 1 < utf8.count, utf8[index + 1] >= 0xA0 {
          index += 2
          continue
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<index]))
        if byte == 0xC2 {  // U+0080–U+009F, a C1 control
          writeHTML(scalarValue: 0x80)
          index += 2
        } else {
          writeHTML(scalarValue: UInt32(byte))
          index += 1
        }
        run = index
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<utf8.count]))
    }
  }

  /// Appends scalars (a stretch of a document) escaped as ``writeHTML(_:)-(String)`` escapes
  /// a string.
  mutating func writeHTML(_ scalars: ArraySlice<Unicode.Scalar>) {
    // Encoded into storage of the largest size it can take (`&quot;`, six bytes a scalar),
    // then appended: appending byte by byte with the escapes as a call cost ~60 instructions
    // a scalar of the document's text.
    let piece = [UInt8](unsafeUninitializedCapacity: scalars.count * 6) { buffer, initialized in
      var index = 0
      func put(_ byte: UInt8) {
        buffer[index] = byte
        index += 1
      }
      for scalar in scalars {
        let value = scalar.value
        switch value {
        case 0x26: for byte in "&amp;".utf8 { put(byte) }
        case 0x3C: for byte in "&lt;".utf8 { put(byte) }
        case 0x3E: for byte in "&gt;".utf8 { put(byte) }
        case 0x22: for byte in "&quot;".utf8 { put(byte) }
        case 0x27: for byte in "&#39;".utf8 { put(byte) }
        case 0x20..<0x7F, 0x09, 0x0A: put(UInt8(value))
        case 0..<0x20, 0x7F...0x9F: for byte in "\u{FFFD}".utf8 { put(byte) }
        case 0xA0..<0x800:
          put(UInt8(0xC0 | (value >> 6)))
          put(UInt8(0x80 | (value & 0x3F)))
        case 0x800..<0x10000:
          put(UInt8(0xE0 | (value >> 12)))
          put(UInt8(0x80 | ((value >> 6) & 0x3F)))
          put(UInt8(0x80 | (value & 0x3F)))
        default:
          put(UInt8(0xF0 | (value >> 18)))
          put(UInt8(0x80 | ((value >> 12) & 0x3F)))
          put(UInt8(0x80 | ((value >> 6) & 0x3F)))
          put(UInt8(0x80 | (value & 0x3F)))
        }
      }
      initialized = index
    }
    bytes += piece
  }

  /// Appends `string` made safe for a terminal, as ``TerminalText/escape(_:keepingLineBreaks:)``
  /// makes it (line breaks kept); most text has nothing to escape and is copied.
  mutating func writeTerminal(_ string: String) {
    if TerminalText.needsEscaping(string, keepingLineBreaks: true) {
      write(TerminalText.escape(string))
    } else {
      write(string)
    }
  }

  /// Appends `string` escaped for Markdown, as ``MarkdownReporter/escape(_:)`` documents:
  /// `<` as `&lt;`; a backslash before `| * _ ` [ ] \`, before a `>` that opens the text and
  /// before a `&` that would start a character reference; a line break as a space.
  mutating func writeMarkdown(_ string: String) {
    string.withUTF8Buffer { utf8 in
      var run = 0  // the first byte not yet copied
      for index in 0..<utf8.count {
        let byte = utf8[index]
        guard Self.mayNeedMarkdownEscape(byte) else { continue }
        switch byte {
        case UInt8(ascii: "<"), UInt8(ascii: "|"), UInt8(ascii: "*"), UInt8(ascii: "_"),
          UInt8(ascii: "`"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "\\"),
          UInt8(ascii: "\n"):
          break
        case UInt8(ascii: ">") where index == 0: break
        case UInt8(ascii: "&") where Self.startsReference(utf8, after: index): break
        default: continue
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<index]))
        run = index + 1
        switch byte {
        case UInt8(ascii: "<"): bytes += [0x26, 0x6C, 0x74, 0x3B]  // &lt;
        case UInt8(ascii: "\n"): bytes.append(UInt8(ascii: " "))
        default: bytes += [UInt8(ascii: "\\"), byte]
        }
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<utf8.count]))
    }
  }

  /// Whether a byte is one ``writeHTML(_:)-(String)`` may change: a control but tab and line
  /// feed, `" & ' < >`, DEL, or 0xC2 (which leads U+0080–U+00BF, the C1 controls among them).
  /// A bit mask test: the scan runs over every byte of every string a page holds.
  @inline(__always)
  static func mayNeedHTMLEscape(_ byte: UInt8) -> Bool {
    let low: UInt64 =
      (0xFFFF_FFFF & ~(1 << 0x09 | 1 << 0x0A)) | 1 << 0x22 | 1 << 0x26 | 1 << 0x27 | 1 << 0x3C
      | 1 << 0x3E
    return byte < 64 ? low >> byte & 1 != 0 : byte == 0x7F || byte == 0xC2
  }

  /// Whether a byte is one ``writeMarkdown(_:)`` may escape: `\n & * < > [ \ ] _ ` |`.
  @inline(__always)
  static func mayNeedMarkdownEscape(_ byte: UInt8) -> Bool {
    let low: UInt64 = 1 << 0x0A | 1 << 0x26 | 1 << 0x2A | 1 << 0x3C | 1 << 0x3E
    let high: UInt64 =
      1 << (0x5B - 64) | 1 << (0x5C - 64) | 1 << (0x5D - 64) | 1 << (0x5F - 64)
      | 1 << (0x60 - 64) | 1 << (0x7C - 64)
    if byte < 64 { return low >> byte & 1 != 0 }
    return byte < 128 && high >> (byte - 64) & 1 != 0
  }

  /// Whether the bytes after the `&` at `index` read as a character reference: `name;`,
  /// `#123;` or `#x1F;` (letters, digits and `#` up to a `;`, at most 32 of them).
  static func startsReference(_ utf8: UnsafeBufferPointer<UInt8>, after index: Int) -> Bool {
    var length = 0
    for byte in utf8[(index + 1)...] {
      if byte == UInt8(ascii: ";") { return length > 0 }
      let isNameByte =
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
        || (byte >= 0x61 && byte <= 0x7A) || byte == UInt8(ascii: "#")
      guard isNameByte, length < 32 else { return false }
      length += 1
    }
    return false
  }

  private mutating func writeHTML(scalarValue value: UInt32) {
    switch value {
    case 0x26: bytes.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])  // &amp;
    case 0x3C: bytes.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])  // &lt;
    case 0x3E: bytes.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])  // &gt;
    case 0x22: bytes.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])  // &quot;
    case 0x27: bytes.append(contentsOf: [0x26, 0x23, 0x33, 0x39, 0x3B])  // &#39;
    case 0x09, 0x0A: bytes.append(UInt8(value))
    case 0..<0x20, 0x7F...0x9F: bytes.append(contentsOf: [0xEF, 0xBF, 0xBD])  // U+FFFD
    case 0x20..<0x80: bytes.append(UInt8(value))
    case 0x80..<0x800:
      bytes.append(UInt8(0xC0 | (value >> 6)))
      bytes.append(UInt8(0x80 | (value & 0x3F)))
    case 0x800..<0x10000:
      bytes.append(UInt8(0xE0 | (value >> 12)))
      bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
      bytes.append(UInt8(0x80 | (value & 0x3F)))
    default:
      bytes.append(UInt8(0xF0 | (value >> 18)))
      bytes.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
      bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
      bytes.append(UInt8(0x80 | (value & 0x3F)))
    }
  }
}
