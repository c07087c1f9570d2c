extension String {
  /// The last non-empty `/`-separated component (nil for an empty path or only slashes).
  /// Found on the bytes from the end: splitting on a Character compares graphemes, which made
  /// naming a student in a report cost more than writing their row, and splitting the whole
  /// path built every folder's name too.
  var lastNonEmptyPathComponent: String? {
    let utf8 = self.utf8
    let slash = UInt8(ascii: "/")
    var end = utf8.endIndex
    while end > utf8.startIndex, utf8[utf8.index(before: end)] == slash {
      end = utf8.index(before: end)
    }
    guard end > utf8.startIndex else { return nil }
    var start = end
    while start > utf8.startIndex, utf8[utf8.index(before: start)] != slash {
      start = utf8.index(before: start)
    }
    return String(Substring(utf8[start..<end]))
  }

  /// The first non-empty `.`-separated part, as `split(separator: ".").first` gives it (nil
  /// when there is none): on the bytes for ASCII text, where a `.` cannot be part of a larger
  /// grapheme; through Characters otherwise.
  var firstNonEmptyDotPart: Substring? {
    guard utf8.allSatisfy({ $0 < 0x80 }) else { return split(separator: ".").first }
    let dot = UInt8(ascii: ".")
    guard let start = utf8.firstIndex(where: { $0 != dot }) else { return nil }
    let end = utf8[start...].firstIndex(of: dot) ?? utf8.endIndex
    return Substring(utf8[start..<end])
  }
}
