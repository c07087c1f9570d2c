/// English counts for every message and report: `1 sentence`, `2 sentences`, `1 entry`,
/// `3 entries`. Reports, command-line messages and filled feedback templates all go through
/// here, so none says "1 sentences" or "1 submission(s)".
public enum Plural {
  /// `count` and the noun in the form the count takes.
  public static func count(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(count) \(noun(count, singular, plural))"
  }

  /// A measured amount (points) and the noun: `1 point`, `2.5 points`.
  public static func count(_ value: Double, _ singular: String, _ plural: String? = nil) -> String {
    "\(MeasureValue.plain(value)) \(value == 1 ? singular : plural ?? singular + "s")"
  }

  /// The noun alone in the form `count` takes; the plural defaults to the singular plus `s`.
  public static func noun(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
    count == 1 ? singular : plural ?? singular + "s"
  }

  /// Words a rubric author may follow a number with, three at most (`1 concrete source(s)`).
  static let markerReach = 3

  /// Text with each `word(s)` settled by the number before it: `1 question(s)` →
  /// `1 question`, `3 concrete suggestion(s)` → `3 concrete suggestions`. A marker with no number
  /// within ``markerReach`` words before it takes the plural.
  public static func settleMarkers(in text: String) -> String {
    var output = ""
    appendSettlingMarkers(text[...], to: &output)
    return output
  }

  /// Appends `text` with its `word(s)` markers settled, reading the number from what `output`
  /// already holds (a feedback template's `{value}` filled just before).
  static func appendSettlingMarkers(_ text: Substring, to output: inout String) {
    guard hasMarker(text.utf8) else {
      output += text
      return
    }
    var rest = text
    while let open = rest.firstIndex(of: "(") {
      output += rest[..<open]
      let after = rest[open...]
      guard after.hasPrefix("(s)") else {
        output += "("
        rest = rest[rest.index(after: open)...]
        continue
      }
      // Only a marker right after a letter is a plural marker; `(s)` alone stays as written.
      if output.last?.isLetter == true {
        output += numberBefore(output) == 1 ? "" : "s"
      } else {
        output += "(s)"
      }
      rest = after.dropFirst(3)
    }
    output += rest
  }

  /// Whether UTF-8 text holds a `(s)` marker (a template's bytes are asked once, before its
  /// runs between braces are settled).
  static func hasMarker(_ utf8: some Sequence<UInt8>) -> Bool {
    var (twoBack, oneBack): (UInt8, UInt8) = (0, 0)
    for byte in utf8 {
      if byte == UInt8(ascii: ")"), oneBack == UInt8(ascii: "s"), twoBack == UInt8(ascii: "(") {
        return true
      }
      (twoBack, oneBack) = (oneBack, byte)
    }
    return false
  }

  /// The number among the last few words of `text` (digits with `,` or `.` grouping), if any.
  static func numberBefore(_ text: String) -> Double? {
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).suffix(markerReach + 1)
    for word in words.reversed().dropFirst() {
      let digits = word.filter { $0 != "," }
      if let value = Double(digits) { return value }
      if word.last.map({ [".", ":", ";", "!", "?"].contains($0) }) == true { return nil }
    }
    return nil
  }
}
