extension String {
  /// The last non-empty `/`-separated component (nil for an empty path or only slashes).
  /// Split on the byte: splitting on a Character compares graphemes, which made naming a
  /// student in a report cost more than writing their row.
  var lastNonEmptyPathComponent: String? {
    utf8.split(separator: UInt8(ascii: "/")).last.map { String(Substring($0)) }
  }
}
