/// Fills a level's feedback template: `{value}`-style placeholders become text, and feedback
/// items such as `{claimsToSupport}` become the quoted sentences or entries, one per line.
///
/// A sentence of the template whose list is empty is left out (`Also check these citations,
/// which have no entry in your list: {unmatchedCitations}` with none), so feedback never
/// shows an empty list beside the findings it talks about.
///
/// A `word(s)` marker in the template takes the form the number before it asks for
/// (`{value} question(s)` → `1 question`, `2 questions`; see ``Plural``).
public enum FeedbackTemplate {
  /// Quotes listed at most for one item; the rest are counted ("and 3 more").
  public static let maximumQuotes = 5

  public static func render(
    _ template: String, values: [String: String], analysis: SubmissionAnalysis
  ) -> String {
    fill(
      withoutEmptyLists(template, analysis: analysis), values: values, analysis: analysis)
  }

  /// The template without the sentences whose feedback item has nothing to list; a paragraph
  /// left empty goes too.
  static func withoutEmptyLists(_ template: String, analysis: SubmissionAnalysis) -> String {
    // Only the items the template names are looked at: working out every item's evidence
    // for every render was a third of grading's instructions.
    let named = placeholders(in: template)
    guard !named.isEmpty else { return template }
    let empty = FeedbackItem.all.filter {
      named.contains(Substring($0.name)) && $0.evidence(in: analysis).isEmpty
    }.map { "{\($0.name)}" }
    guard !empty.isEmpty else { return template }
    let paragraphs = template.components(separatedBy: "\n\n").compactMap { paragraph in
      let kept = sentences(of: paragraph).filter { sentence in
        !empty.contains { sentence.contains($0) }
      }
      let joined = kept.joined().trimmingCharacters(in: .whitespaces)
      return joined.isEmpty ? nil : joined
    }
    return paragraphs.joined(separator: "\n\n")
  }

  /// The names between `{` and `}` in a template, read on its UTF-8 bytes.
  static func placeholders(in template: String) -> Set<Substring> {
    var names = Set<Substring>()
    var rest = template[...]
    while let open = rest.utf8.firstIndex(of: UInt8(ascii: "{")) {
      let nameStart = rest.utf8.index(after: open)
      let name = rest[nameStart...]
      guard
        let end = name.utf8.firstIndex(where: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "}") }
        )
      else { break }
      if name.utf8[end] == UInt8(ascii: "}") {
        names.insert(name[..<end])
        rest = name[name.utf8.index(after: end)...]
      } else {
        rest = name[end...]
      }
    }
    return names
  }

  /// A paragraph cut after each `.`, `?`, `!` or `:`-ended list placeholder followed by a
  /// space; each piece keeps its trailing space, so joining them gives the paragraph back.
  static func sentences(of paragraph: String) -> [String] {
    var result: [String] = []
    var current = ""
    var previous: Character = " "
    for character in paragraph {
      if character == " ", [".", "?", "!", "}"].contains(previous) {
        current.append(character)
        result.append(current)
        current = ""
      } else {
        current.append(character)
      }
      previous = character
    }
    if !current.isEmpty { result.append(current) }
    return result
  }

  static func fill(
    _ template: String, values: [String: String], analysis: SubmissionAnalysis
  ) -> String {
    // Whole runs between braces are copied: appending Character by Character was most of
    // grading's evaluation time.
    var output = ""
    var rest = template[...]
    while let open = rest.utf8.firstIndex(of: UInt8(ascii: "{")) {
      Plural.appendSettlingMarkers(rest[..<open], to: &output)
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
    Plural.appendSettlingMarkers(rest, to: &output)
    return output
  }

  static func expand(_ name: String, values: [String: String], analysis: SubmissionAnalysis)
    -> String
  {
    if let value = values[name] { return value }
    guard let item = FeedbackItem.item(name) else { return "{\(name)}" }
    let quotes = item.quotes(in: analysis)
    if quotes.isEmpty { return "" }  // never reached: `withoutEmptyLists` drops the sentence
    var lines = quotes.prefix(maximumQuotes).map { "\n- \($0)" }
    if quotes.count > maximumQuotes { lines.append("\n- and \(quotes.count - maximumQuotes) more") }
    return lines.joined()
  }
}
