import Foundation

/// A conservative fallback for reference lists without a heading: the run of
/// bibliography-shaped paragraphs (or lines) at the end of the body. Used only when
/// ``ReferenceListDetector`` finds nothing.
enum BibliographyShape {
  /// Entries longer than this are prose.
  static let maxEntryScalars = 600
  /// Points an entry needs; a lone entry needs more.
  static let minScore = 3
  static let minLoneScore = 4
  /// Cue words of containers and publishers in MLA/APA/Chicago entries.
  static let containerCues: [String] = [
    "journal", "press", "university", "retrieved", "vol.", "no.", "pp.", "edited by",
    "review", "quarterly", "proceedings", "magazine", "times", "accessed",
  ]
  /// First-person words that never occur in an entry but often in a closing paragraph.
  static let proseCues: [String] = [" i ", " my ", " we ", " our ", " you ", " i'm ", " i think"]

  struct Run {
    var entries: [Span]
    var firstParagraph: Int
    var rule: String
  }

  /// The trailing run of entry-shaped paragraphs, leaving at least one paragraph before it.
  static func trailingRun(in document: Document, paragraphs: [Span]) -> Run? {
    var entries: [Span] = []
    var first = paragraphs.count
    var best = 0
    var position = paragraphs.count - 1
    while position >= 1 {
      guard paragraphs[position].length <= maxEntryScalars * 40 else { break }
      let lines = lineSpans(of: paragraphs[position], in: document)
      let scores = lines.map { score(document.text(of: $0)) }
      let paragraphScore =
        lines.count == 1 ? scores[0] : score(document.text(of: paragraphs[position]))
      if lines.count > 1 && scores.allSatisfy({ $0 >= minScore }) {
        entries.insert(contentsOf: lines, at: 0)
        best = max(best, scores.max() ?? 0)
      } else if paragraphScore >= minScore {
        entries.insert(paragraphs[position], at: 0)
        best = max(best, paragraphScore)
      } else {
        break
      }
      first = position
      position -= 1
    }
    guard !entries.isEmpty, entries.count >= 2 || best >= minLoneScore else { return nil }
    return Run(entries: entries, firstParagraph: first, rule: "references.entry-shape")
  }

  static func lineSpans(of span: Span, in document: Document) -> [Span] {
    PageLine.lines(of: document, in: span).filter { !$0.isBlank }.map(\.span)
  }

  /// How much `text` looks like one bibliography entry.
  static func score(_ text: String) -> Int {
    guard text.unicodeScalars.count <= maxEntryScalars else { return 0 }
    let scalars = Array(text.unicodeScalars)
    var points = 0
    if startsWithFamilyComma(scalars) { points += 2 }
    let lower = " " + text.lowercased() + " "
    if hasParenthesisedYear(scalars) {
      points += 2
    } else if hasYear(scalars) {
      points += 1
    }
    if text.contains("\u{201C}") || text.contains("\"") { points += 1 }
    if lower.contains("http") || lower.contains("doi") || lower.contains("www.") { points += 1 }
    if containerCues.contains(where: { lower.contains($0) }) { points += 1 }
    if proseCues.contains(where: { lower.contains($0) }) { points -= 2 }
    return points
  }

  /// `Family, Given` or `Family, G.`: a capitalised word, a comma, a capitalised word.
  static func startsWithFamilyComma(_ scalars: [Unicode.Scalar]) -> Bool {
    guard let first = scalars.first, first.properties.isUppercase else { return false }
    var index = 1
    while index < scalars.count, index < 30,
      scalars[index].properties.isAlphabetic || scalars[index] == "-" || scalars[index] == "'"
        || scalars[index] == "\u{2019}"
    {
      index += 1
    }
    guard index + 2 < scalars.count, scalars[index] == ",", scalars[index + 1] == " " else {
      return false
    }
    return scalars[index + 2].properties.isUppercase
  }

  static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar >= "0" && scalar <= "9" }

  static func hasParenthesisedYear(_ scalars: [Unicode.Scalar]) -> Bool {
    var index = 0
    while index + 5 < scalars.count {
      if scalars[index] == "(" {
        let next = scalars[(index + 1)...].prefix(4)
        if next.allSatisfy(isDigit) { return true }
        if Document.string(from: scalars[(index + 1)..<min(scalars.count, index + 5)]) == "n.d." {
          return true
        }
      }
      index += 1
    }
    return false
  }

  static func hasYear(_ scalars: [Unicode.Scalar]) -> Bool {
    var run = 0
    var start = 0
    for (index, scalar) in scalars.enumerated() {
      if isDigit(scalar) {
        if run == 0 { start = index }
        run += 1
      } else {
        if run == 4, scalars[start] == "1" || scalars[start] == "2" { return true }
        run = 0
      }
    }
    return run == 4 && (scalars[start] == "1" || scalars[start] == "2")
  }
}
