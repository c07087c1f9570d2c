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
    // The template's bytes are read once; again only when a sentence was left out.
    let braces = Braces(template)
    guard let shortened = withoutEmptyLists(braces, analysis: analysis) else {
      return fill(template, braces: braces, values: values, analysis: analysis)
    }
    return fill(shortened, braces: Braces(shortened), values: values, analysis: analysis)
  }

  /// The template without the sentences whose feedback item has nothing to list (a paragraph
  /// left empty goes too); `nil` when no item it names is empty, and it stays as it is.
  static func withoutEmptyLists(_ braces: Braces, analysis: SubmissionAnalysis) -> String? {
    // Only the items the template names are looked at: working out every item's evidence
    // for every render was a third of grading's instructions.
    let empty = namedItems(in: braces).filter {
      FeedbackItem.all[$0].evidence(in: analysis).isEmpty
    }.map { Array("{\(FeedbackItem.all[$0].name)}".utf8) }
    guard !empty.isEmpty else { return nil }
    // On UTF-8 bytes: Foundation's `components(separatedBy:)`, `contains` and
    // `trimmingCharacters(in:)` were most of this function's cost.
    let bytes = braces.bytes
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    for paragraph in paragraphs(of: bytes) {
      var kept: [UInt8] = []
      for sentence in sentenceRanges(of: bytes, in: paragraph)
      where !empty.contains(where: { contains(bytes[sentence], $0) }) {
        kept += bytes[sentence]
      }
      let trimmed = trimmingSpaces(kept)
      guard !trimmed.isEmpty else { continue }
      if !output.isEmpty { output += [0x0A, 0x0A] }
      output += trimmed
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// The positions in ``FeedbackItem/all`` of the items a template names, in that order;
  /// compared on bytes (a set of the template's names cost more in hashing than the rest of
  /// this check).
  static func namedItems(in braces: Braces) -> [Int] {
    var named = [Bool](repeating: false, count: FeedbackItem.all.count)
    braces.eachPlaceholder { open, end in
      guard let end else { return }
      let name = braces.bytes[open + 1..<end]
      if let position = itemNames.firstIndex(where: { $0.elementsEqual(name) }) {
        named[position] = true
      }
    }
    return named.indices.filter { named[$0] }
  }

  /// ``FeedbackItem/all``'s names as UTF-8 bytes.
  static let itemNames: [[UInt8]] = FeedbackItem.all.map { Array($0.name.utf8) }

  /// The placeholders of a template, found on its UTF-8 bytes: searching a
  /// `Substring.UTF8View` cost about two thousand instructions a brace, which made filling
  /// templates a twentieth of grading.
  struct Braces {
    let bytes: [UInt8]

    init(_ template: String) { bytes = Array(template.utf8) }

    /// The string index of UTF-8 offset `offset` (constant time on a native string).
    static func index(_ template: String, _ offset: Int) -> String.Index {
      template.utf8.index(template.utf8.startIndex, offsetBy: offset)
    }

    /// Whether the template holds a `(s)` (``Plural``'s marker) anywhere.
    var hasPluralMarker: Bool { Plural.hasMarker(bytes) }

    /// The first `{` at or after `start`.
    func open(from start: Int) -> Int? {
      var index = start
      while index < bytes.count {
        if bytes[index] == 0x7B { return index }
        index += 1
      }
      return nil
    }

    /// The first `{` or `}` at or after `start`.
    func brace(from start: Int) -> Int? {
      var index = start
      while index < bytes.count {
        if bytes[index] == 0x7B || bytes[index] == 0x7D { return index }
        index += 1
      }
      return nil
    }

    /// Calls `body` with each `{` that opens a placeholder (`end` at its `}`) or does not
    /// (`end` nil), as the template is read left to right; stops at a `{` left unclosed.
    func eachPlaceholder(_ body: (_ open: Int, _ end: Int?) -> Void) {
      var rest = 0
      while let open = open(from: rest) {
        guard let end = brace(from: open + 1) else { return }
        if bytes[end] == 0x7D {
          body(open, end)
          rest = end + 1
        } else {
          body(open, nil)
          rest = end
        }
      }
    }
  }

  /// The ranges between `"\n\n"` separators, as `components(separatedBy: "\n\n")` cuts them.
  static func paragraphs(of bytes: [UInt8]) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var start = 0
    var index = 0
    while index + 1 < bytes.count {
      if bytes[index] == 0x0A && bytes[index + 1] == 0x0A {
        result.append(start..<index)
        index += 2
        start = index
      } else {
        index += 1
      }
    }
    result.append(start..<bytes.count)
    return result
  }

  /// Whether `haystack` holds `needle` (a placeholder, so plain byte comparison is exact).
  static func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
    guard let first = needle.first, haystack.count >= needle.count else { return false }
    var index = haystack.startIndex
    let last = haystack.endIndex - needle.count
    while index <= last {
      if haystack[index] == first && haystack[index..<index + needle.count].elementsEqual(needle) {
        return true
      }
      index += 1
    }
    return false
  }

  /// `bytes` without leading and trailing spaces and tabs (and other Unicode space
  /// separators), as `trimmingCharacters(in: .whitespaces)` gives them.
  static func trimmingSpaces(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
    let text = String(decoding: bytes, as: UTF8.self)
    let scalars = text.unicodeScalars
    func isSpace(_ scalar: Unicode.Scalar) -> Bool {
      scalar == " " || scalar == "\t"
        || (scalar.value >= 0x80 && scalar.properties.generalCategory == .spaceSeparator)
    }
    guard let first = scalars.firstIndex(where: { !isSpace($0) }),
      let last = scalars.lastIndex(where: { !isSpace($0) })
    else { return [] }
    let start = text.utf8.distance(from: text.utf8.startIndex, to: first)
    let end = text.utf8.distance(from: text.utf8.startIndex, to: scalars.index(after: last))
    return bytes[start..<end]
  }

  /// `paragraph` cut after each `.`, `?`, `!` or `:`-ended list placeholder followed by a
  /// space; each piece keeps its trailing space, so joining them gives the paragraph back.
  /// A space that a combining mark follows is part of a larger character and does not cut.
  static func sentenceRanges(of bytes: [UInt8], in paragraph: Range<Int>) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var start = paragraph.lowerBound
    var index = paragraph.lowerBound
    while index < paragraph.upperBound {
      if bytes[index] == 0x20, index > paragraph.lowerBound,
        [0x2E, 0x3F, 0x21, 0x7D].contains(bytes[index - 1]),
        !startsWithExtension(bytes, at: index + 1, before: paragraph.upperBound)
      {
        result.append(start..<index + 1)
        start = index + 1
      }
      index += 1
    }
    if start < paragraph.upperBound { result.append(start..<paragraph.upperBound) }
    return result
  }

  /// Whether the scalar at `offset` extends the character before it (a combining mark,
  /// a joiner), so no cut falls between them.
  static func startsWithExtension(_ bytes: [UInt8], at offset: Int, before end: Int) -> Bool {
    guard offset < end, bytes[offset] >= 0x80 else { return false }
    var length = 1
    while offset + length < end && bytes[offset + length] & 0xC0 == 0x80 { length += 1 }
    guard
      let scalar = String(decoding: bytes[offset..<offset + length], as: UTF8.self)
        .unicodeScalars.first
    else { return false }
    return scalar.properties.isGraphemeExtend || scalar.value == 0x200D
      || scalar.properties.generalCategory == .spacingMark
  }

  /// `template` with its placeholders filled; `braces` holds its bytes.
  static func fill(
    _ template: String, braces: Braces, values: [String: String], analysis: SubmissionAnalysis
  ) -> String {
    // Whole runs between braces are copied: appending Character by Character was most of
    // grading's evaluation time.
    var output = ""
    func index(_ offset: Int) -> String.Index { Braces.index(template, offset) }
    // Most templates have no `word(s)` marker: looked for once on the template's bytes, not
    // in every run between braces (`Plural.hasMarker` on each `Substring` was 0.7% of
    // `grade`).
    let settles = braces.hasPluralMarker
    func append(_ text: Substring) {
      if settles { Plural.appendSettlingMarkers(text, to: &output) } else { output += text }
    }
    var rest = 0
    while let open = braces.open(from: rest) {
      append(template[index(rest)..<index(open)])
      guard let end = braces.brace(from: open + 1) else {
        output += template[index(open)...]  // an unclosed `{name` at the end stays as written
        return output
      }
      if braces.bytes[end] == 0x7D {
        output += expand(
          String(template[index(open + 1)..<index(end)]), values: values, analysis: analysis)
        rest = end + 1
      } else {
        output += template[index(open)..<index(end)]  // `{a {b}`: the first brace was not one
        rest = end
      }
    }
    append(template[index(rest)...])
    return output
  }

  static func expand(_ name: String, values: [String: String], analysis: SubmissionAnalysis)
    -> String
  {
    if let value = values[name] { return value }
    guard let item = FeedbackItem.item(name) else { return "{\(name)}" }
    // Only the quotes shown are made; the rest are counted.
    let spans = item.evidence(in: analysis)
    if spans.isEmpty { return "" }  // never reached: `withoutEmptyLists` drops the sentence
    var lines = spans.prefix(maximumQuotes).map {
      "\n- " + FeedbackItem.quote(analysis.document.text(of: $0))
    }
    if spans.count > maximumQuotes { lines.append("\n- and \(spans.count - maximumQuotes) more") }
    return lines.joined()
  }
}
