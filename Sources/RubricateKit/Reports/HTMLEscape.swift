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
    var output = ReportBytes(capacity: string.utf8.count + 16)
    output.writeHTML(string)
    return output.string
  }

  /// A relative link target that can never carry a scheme (`javascript:`, `data:`): everything
  /// but unreserved characters and `/` is percent-encoded, so `:` becomes `%3A`.
  public static func relativeURL(_ path: String) -> String {
    func hex(_ digit: UInt8) -> UInt8 { digit < 10 ? 0x30 + digit : 0x37 + digit }
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
        bytes.append(0x25)
        bytes.append(hex(byte >> 4))
        bytes.append(hex(byte & 0x0F))
      }
    }
    // A leading `//` would be a scheme-relative URL to another host.
    let result = String(decoding: bytes, as: UTF8.self)
    return result.hasPrefix("//") ? "./" + result : result
  }
}
