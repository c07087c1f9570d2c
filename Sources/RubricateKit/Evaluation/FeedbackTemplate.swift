/// Fills a level's feedback template: `{value}`-style placeholders become text, and feedback
/// items such as `{unsupportedClaims}` become the quoted sentences or entries, one per line.
public enum FeedbackTemplate {
  /// Quotes listed at most for one item; the rest are counted ("and 3 more").
  public static let maximumQuotes = 5

  public static func render(
    _ template: String, values: [String: String], analysis: SubmissionAnalysis
  ) -> String {
    var output = ""
    var name: String?
    for character in template {
      if character == "{" {
        if let pending = name { output += "{" + pending }
        name = ""
      } else if character == "}", let pending = name {
        output += expand(pending, values: values, analysis: analysis)
        name = nil
      } else if name != nil {
        name?.append(character)
      } else {
        output.append(character)
      }
    }
    if let pending = name { output += "{" + pending }
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
