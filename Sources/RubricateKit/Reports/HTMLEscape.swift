/// Escaping for everything reports put into HTML: text, attribute values and link targets.
///
/// Every string that did not come from a Rubricate source literal goes through ``text(_:)``
/// (student text, titles, names, rubric text), so markup in a submission is shown, never run.
public enum HTMLEscape {
  /// Escapes `& < > " '` and replaces characters HTML forbids (NUL, other C0 controls except
  /// tab and line feed, lone surrogates cannot occur in Swift strings) with U+FFFD.
  public static func text(_ string: String) -> String {
    var result = String.UnicodeScalarView()
    for scalar in string.unicodeScalars {
      switch scalar {
      case "&": result.append(contentsOf: "&amp;".unicodeScalars)
      case "<": result.append(contentsOf: "&lt;".unicodeScalars)
      case ">": result.append(contentsOf: "&gt;".unicodeScalars)
      case "\"": result.append(contentsOf: "&quot;".unicodeScalars)
      case "'": result.append(contentsOf: "&#39;".unicodeScalars)
      case "\t", "\n": result.append(scalar)
      default:
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
          result.append("\u{FFFD}")
        } else {
          result.append(scalar)
        }
      }
    }
    return String(result)
  }

  /// Escapes a slice of a document's scalars (the hot path of the highlighted text).
  static func append(_ scalars: ArraySlice<Unicode.Scalar>, to output: inout String) {
    var view = String.UnicodeScalarView()
    for scalar in scalars {
      switch scalar {
      case "&": view.append(contentsOf: "&amp;".unicodeScalars)
      case "<": view.append(contentsOf: "&lt;".unicodeScalars)
      case ">": view.append(contentsOf: "&gt;".unicodeScalars)
      case "\"": view.append(contentsOf: "&quot;".unicodeScalars)
      case "'": view.append(contentsOf: "&#39;".unicodeScalars)
      case "\t", "\n": view.append(scalar)
      default:
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
          view.append("\u{FFFD}")
        } else {
          view.append(scalar)
        }
      }
    }
    output.append(String(view))
  }

  /// A relative link target that can never carry a scheme (`javascript:`, `data:`): everything
  /// but unreserved characters and `/` is percent-encoded, so `:` becomes `%3A`.
  public static func relativeURL(_ path: String) -> String {
    var result = ""
    for byte in path.utf8 {
      let isUnreserved =
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
        || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x2E || byte == 0x5F
        || byte == 0x7E || byte == 0x2F
      if isUnreserved {
        result.unicodeScalars.append(Unicode.Scalar(byte))
      } else {
        let hex = Array("0123456789ABCDEF")
        result.append("%")
        result.append(hex[Int(byte >> 4)])
        result.append(hex[Int(byte & 0x0F)])
      }
    }
    // A leading `//` would be a scheme-relative URL to another host.
    if result.hasPrefix("//") { result = "./" + result }
    return result
  }
}
