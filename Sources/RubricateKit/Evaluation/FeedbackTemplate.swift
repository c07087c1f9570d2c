/// Fills a level's feedback template: `{value}`-style placeholders become text, and feedback
/// items such as `{unsupportedClaims}` become the quoted sentences or entries, one per line.
public enum FeedbackTemplate {
  /// Quotes listed at most for one item; the rest are counted ("and 3 more").
  public static let maximumQuotes = 5

  public static func render(
    _ template: String, values: [String: String], analysis: SubmissionAnalysis
  ) -> String {
    // Whole runs between braces are copied: appending Character by Character was most of
    // grading's evaluation time.
    var output = ""
    var rest = template[...]
    while let open = rest.utf8.firstIndex(of: UInt8(ascii: "{")) {
      output += rest[..<open]
      let nameStart = rest.utf8.index(after: open)
      let name = rest[nameStart...]
      guard
        let end = name.utf8.firstIndex(where: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "}") }
        )
      else {
        output += rest[open...]  // an unclosed `{name` at the end stays as written
        return output
      }
      if name.utf8[end] == UInt8(ascii: "}") {
        output += expand(String(name[..<end]), values: values, analysis: analysis)
        rest = name[name.utf8.index(after: end)...]
      } else {
        output += rest[open..<end]  // `{a {b}`: the first brace was not a placeholder
        rest = name[end...]
      }
    }
    output += rest
    return output
  }

  static func expand(_ name: String, values: [String: String], analysis: SubmissionAnalysis)
    -> String
  {
    if let value = values[name] { return value }
    guard let item = FeedbackItem.item(name) else { return "{\(name)}" }
    let quotes = item.quotes(in: analysis)
    if quotes.isEmpty { return "(none)" }
    var lines = quotes.prefix(maximumQuotes).map { "\n- \($0)" }
    if quotes.count > maximumQuotes { lines.append("\n- and \(quotes.count - maximumQuotes) more") }
    return lines.joined()
  }
}
