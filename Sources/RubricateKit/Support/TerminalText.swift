/// Text from a file made safe to print on a terminal: control characters are shown, not obeyed.
///
/// A title, an author or a file name can hold ESC (colour, cursor moves, window titles, even
/// "write this to the clipboard" sequences), BEL, carriage returns that overwrite a line, C1
/// controls (U+0080–U+009F, which some terminals treat like ESC sequences) and bidirectional
/// overrides that reorder what is shown. Each becomes a visible escape: `\x1B`, `\u{202E}`.
/// Tabs stay; line breaks stay unless the text must fit on one line (an error message).
public enum TerminalText {
  /// `text` with every control character escaped; `\n` kept when `keepingLineBreaks`.
  public static func escape(_ text: String, keepingLineBreaks: Bool = true) -> String {
    guard needsEscaping(text, keepingLineBreaks: keepingLineBreaks) else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if isControl(scalar, keepingLineBreaks: keepingLineBreaks) {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let shown =
          scalar.value < 0x100
          ? "\\x" + (hex.count < 2 ? "0" + hex : hex) : "\\u{" + hex + "}"
        result.append(contentsOf: shown.unicodeScalars)
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// A byte scan: the usual text has none of these, and then nothing is copied. It reads the
  /// bytes as a buffer: iterating `String.UTF8View` byte by byte made this scan a third of the
  /// text report's time.
  static func needsEscaping(_ text: String, keepingLineBreaks: Bool) -> Bool {
    return text.withUTF8Buffer { utf8 in
      var previous: UInt8 = 0
      var beforePrevious: UInt8 = 0
      for byte in utf8 {
        // Printable ASCII, nearly every byte: one comparison.
        if byte &- 0x20 < 0x5F {
          beforePrevious = previous
          previous = byte
          continue
        }
        switch byte {
        case 0x09: break
        case 0x0A: if !keepingLineBreaks { return true }
        case 0x00..<0x20, 0x7F: return true
        case 0x80...0x9F where previous == 0xC2: return true
        case 0xAA...0xAE where previous == 0x80 && beforePrevious == 0xE2: return true
        case 0xA6...0xA9 where previous == 0x81 && beforePrevious == 0xE2: return true
        default: break
        }
        beforePrevious = previous
        previous = byte
      }
      return false
    }
  }

  static func isControl(_ scalar: Unicode.Scalar, keepingLineBreaks: Bool) -> Bool {
    switch scalar.value {
    case 0x09: return false
    case 0x0A: return !keepingLineBreaks
    case 0x00..<0x20, 0x7F...0x9F: return true
    // Bidirectional embeddings, overrides and isolates.
    case 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
  }
}
