/// Possessive mentions of a source: `Lindgren's study`, `Lindgren’s interview study`.
extension InTextCitationFinder {
  /// Nouns that make a possessive name a source (`Lindgren’s study`, not `Oslo’s streets`).
  /// From the kinds of work students cite.
  static let sourceNouns: Set<String> = [
    "study", "studies", "research", "report", "survey", "book", "article", "paper", "review",
    "analysis", "findings", "data", "work", "interviews", "evaluation", "experiment",
    "figures", "essay", "thesis", "dissertation", "investigation", "trial", "model",
  ]

  /// `Lindgren's study` (up to two words between the name and the noun: `Lindgren’s 2019
  /// interview study`): attributions naming the author, which the reference list can confirm.
  /// A mention inside a citation already found is skipped.
  static func possessiveMentions(
    _ document: Document, _ spans: [Span], avoiding: [InTextCitation]
  ) -> [InTextCitation] {
    var result: [InTextCitation] = []
    // Read through a buffer: nearly every scalar is only compared with the two apostrophes.
    document.scalars.withUnsafeBufferPointer { scalars in
      for span in spans {
        var offset = span.start
        while offset + 1 < span.end {
          // An apostrophe is neither a letter nor a space: those are passed over eight at a
          // time.
          offset = ScalarClass.skipLettersAndSpaces(scalars, from: offset, to: span.end - 1)
          guard offset + 1 < span.end else { break }
          defer { offset += 1 }
          let value = scalars[offset].value
          guard value == 0x2019 || value == 0x27, scalars[offset + 1] == "s",
            offset + 2 >= span.end || !CitationScalars.isLetter(scalars[offset + 2])
          else { continue }
          guard let mention = possessive(document, apostrophe: offset, in: span),
            !avoiding.contains(where: { $0.span.overlaps(mention.span) })
          else { continue }
          result.append(mention)
          offset = mention.end - 1
        }
      }
    }
    return result
  }

  /// The possessive mention whose apostrophe is at `apostrophe`, if it names a source.
  static func possessive(_ document: Document, apostrophe: Int, in span: Span) -> InTextCitation? {
    let scalars = document.scalars
    var start = apostrophe
    while start > span.start, CitationScalars.isLetter(scalars[start - 1]) { start -= 1 }
    guard start < apostrophe else { return nil }
    let name = Document.string(from: scalars[start..<apostrophe])
    let folded = CitationScalars.fold(name)
    guard CitationScalars.isUpper(scalars[start]), looksLikeName(name),
      !notNames.contains(folded), !months.contains(folded)
    else { return nil }
    let after = Span(apostrophe + 2, min(span.end, apostrophe + 2 + 60))
    let words = CitationTokenizer.tokens(in: document, span: after).prefix(4)
    for token in words {
      guard token.kind == .word || token.isYear else { return nil }
      if sourceNouns.contains(token.text.lowercased()) {
        let mention = Span(start, token.end)
        return InTextCitation(
          start: mention.start, end: mention.end, text: document.text(of: mention),
          kind: .attribution, names: [name])
      }
      if token.isCapitalized { return nil }
    }
    return nil
  }

  /// The names a link's text gives its source (`Lindgren’s interview study` → `Lindgren`).
  static func possessiveNames(_ document: Document, _ link: Span) -> [String] {
    let scalars = document.scalars
    var offset = link.start
    while offset + 1 < link.end {
      if scalars[offset] == "’" || scalars[offset] == "'", scalars[offset + 1] == "s",
        let mention = possessive(document, apostrophe: offset, in: link)
      {
        return mention.names
      }
      offset += 1
    }
    return []
  }
}
