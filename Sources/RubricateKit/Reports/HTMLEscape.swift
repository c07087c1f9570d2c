/// Escaping for everything reports put into HTML: text, attribute values and link targets.
///
/// Every string that did not come from a Rubricate source literal goes through ``text(_:)``
/// (student text, titles, names, rubric text), so markup in a submission is shown, never run.
public enum HTMLEscape {
  /// Escapes `& < > " '` and replaces characters HTML forbids (NUL and the other C0 and C1
  /// controls, except tab and line feed) with U+FFFD.
  public static func text(_ string: String) -> String {
    // Most strings need nothing: check the bytes (as a buffer: iterating `String.UTF8View`
    // was most of the cost of a report's short strings) before building a new string.
    var copy = string
    let needsWork = copy.withUTF8 { utf8 in
      utf8.contains { byte in
        byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27
          || (byte < 0x20 && byte != 0x09 && byte != 0x0A) || byte == 0x7F || byte == 0xC2
      }
    }
    guard needsWork else { return string }
    var output = ""
    output.reserveCapacity(string.utf8.count + 16)
    append(Array(string.unicodeScalars)[...], to: &output)
    return output
  }

  /// Appends escaped scalars (a slice of a document: the hot path of the highlighted text).
  /// Encodes UTF-8 into one byte buffer and appends it once; the generic scalar-view appends
  /// are several times slower.
  static func append(_ scalars: ArraySlice<Unicode.Scalar>, to output: inout String) {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(scalars.count + scalars.count / 8 + 8)
    for scalar in scalars {
      let value = scalar.value
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
    output.append(String(decoding: bytes, as: UTF8.self))
  }

  /// A relative link target that can never carry a scheme (`javascript:`, `data:`): everything
  /// but unreserved characters and `/` is percent-encoded, so `:` becomes `%3A`.
  public static func relativeURL(_ path: String) -> String {
    let hex = Array("0123456789ABCDEF".utf8)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(path.utf8.count + 8)
    for byte in path.utf8 {
      let isUnreserved =
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
        || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x2E || byte == 0x5F
        || byte == 0x7E || byte == 0x2F
      if isUnreserved {
        bytes.append(byte)
      } else {
        bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
      }
    }
    // A leading `//` would be a scheme-relative URL to another host.
    let result = String(decoding: bytes, as: UTF8.self)
    return result.hasPrefix("//") ? "./" + result : result
  }
}
