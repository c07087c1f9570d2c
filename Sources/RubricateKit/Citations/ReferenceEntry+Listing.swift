/// A plain-text account of an entry for a teacher or student reading a terminal.
extension ReferenceEntry {
  /// The entry, a line with what was recognised, and one line per problem with its advice:
  ///
  ///     Marsh, Tom. “Blogging Back.”Computers and Composition 20.4 (2003): 40±58.
  ///       mla · Marsh · 2003 · “Blogging Back” · Computers and Composition 20(4)
  ///       ! Garbled characters (such as a stray ± or â€): retype the punctuation by hand.
  public var listing: String {
    var parts: [String] = [style.rawValue]
    if !authors.isEmpty {
      var names = authors.prefix(3).map(\.family).joined(separator: ", ")
      if authors.count > 3 || etAl { names += " et al." }
      parts.append(names)
    }
    if let year { parts.append(year) }
    if let title { parts.append("“\(title)”") }
    var source = container ?? publisher ?? ""
    if let volume {
      source += source.isEmpty ? volume : " \(volume)"
      if let issue { source += "(\(issue))" }
    }
    if let pages { source += source.isEmpty ? "pp. \(pages)" : ", \(pages)" }
    if !source.isEmpty { parts.append(source) }
    if let doi { parts.append("doi:\(doi)") } else if let url { parts.append(url) }
    var lines = [text, "  " + parts.joined(separator: " · ")]
    lines += problems.map { "  ! " + $0.message }
    return lines.joined(separator: "\n")
  }
}
