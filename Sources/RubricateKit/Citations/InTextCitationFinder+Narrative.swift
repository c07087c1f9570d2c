/// Citations whose names stand outside the bracket (`Haddad (2007) argues`) and named sources
/// without a date (`according to the BBC`).
extension InTextCitationFinder {
  /// How far back from `(2007)` names are looked for, in scalars.
  static let narrativeWindow = 120

  /// `Name (2007)`, `Name et al. (2007, p. 4)`, `Marsh and Delgado’s (2003)`.
  static func narrativeCitation(
    _ document: Document, open: Int, close: Int, tokens: [CitationToken], paragraph: Span
  ) -> InTextCitation? {
    guard let yearToken = tokens.first(where: { $0.isYear }) ?? undatedToken(tokens),
      tokens.first.map({ $0.start == yearToken.start }) == true
    else { return nil }
    guard let yearIndex = tokens.firstIndex(where: { $0.start == yearToken.start }) else {
      return nil
    }
    var after = yearIndex + 1
    var year = yearToken.text
    if yearToken.text == "n" {
      year = "n.d."
      after = min(tokens.count, yearIndex + 4)
    }
    if after < tokens.count, tokens[after].kind == .punct,
      CitationScalars.isDash(tokens[after].first) || tokens[after].first == "/"
    {
      return nil
    }
    // `Gavazzi et al. (1996c; Paper I)`: what follows a semicolon is the writer's own label.
    var rest = tokens[min(after, tokens.count)...]
    if let semicolon = rest.firstIndex(where: { $0.isPunct(";") }) {
      rest = tokens[after..<semicolon]
    }
    guard let locator = locator(rest) else { return nil }
    let window = Span(max(paragraph.start, open - narrativeWindow), open)
    let before = CitationTokenizer.tokens(in: document, span: window)
    guard let (names, nameStart) = namesBefore(before) else { return nil }
    let span = Span(nameStart, close + 1)
    return InTextCitation(
      start: span.start, end: span.end, text: document.text(of: span), kind: .narrative,
      names: names, year: year, locator: locator.isEmpty ? nil : locator)
  }

  static func undatedToken(_ tokens: [CitationToken]) -> CitationToken? {
    guard tokens.count >= 3, tokens[0].text == "n", tokens[1].isPunct("."), tokens[2].text == "d"
    else { return nil }
    return tokens[0]
  }

  /// Words that stand for further authors after `and` (`Walker and colleagues (2017)`).
  static let otherAuthors: Set<String> = [
    "colleagues", "coworkers", "co-workers", "associates", "others", "collaborators",
  ]

  /// Reads author names backwards from the end of `tokens`: returns the family names in order
  /// and the offset where the first one starts.
  ///
  /// Names are separated by `and`, `&` and, once one of those has been read, by commas (a
  /// list of three or more: `Cooper, Robinson and Patall`, `Cooper, Robinson, and Patall`);
  /// `et al.` and `and colleagues` after the first name are skipped.
  static func namesBefore(_ tokens: [CitationToken]) -> ([String], Int)? {
    var index = tokens.count - 1
    var groups: [[CitationToken]] = []
    var current: [CitationToken] = []
    var consumed = 0
    var sawConjunction = false
    var afterConjunction = false
    if index >= 1, otherAuthors.contains(tokens[index].text.lowercased()) {
      var before = index - 1
      if ["his", "her", "their"].contains(tokens[before].text.lowercased()), before >= 1 {
        before -= 1
      }
      if ["and", "&"].contains(tokens[before].text.lowercased()) { index = before - 1 }
    }
    while index >= 0, consumed < 24 {
      let token = tokens[index]
      consumed += 1
      if token.kind == .word && token.text == "al", index >= 2,
        tokens[index - 1].text == "et"
          || (index >= 1 && tokens[index - 1].text == "et")
      {
        // `et al.`: skip it, the name comes before.
        index -= tokens[index - 1].text == "et" ? 2 : 3
        continue
      }
      if token.isPunct(".") && index >= 1 && tokens[index - 1].text == "al" {
        index -= 1
        continue
      }
      if token.kind == .word,
        token.isCapitalized
          || (!current.isEmpty
            && EntryScanner.particles.contains(token.text))
      {
        let folded = CitationScalars.fold(token.text)
        if current.isEmpty && (notNames.contains(folded) || months.contains(folded)) { break }
        if !current.isEmpty, !token.isCapitalized || notNames.contains(folded) { break }
        current.insert(token, at: 0)
        afterConjunction = false
        index -= 1
        continue
      }
      let conjunction =
        (token.kind == .word && ["and", "&", "And"].contains(token.text)) || token.isPunct("&")
      if !current.isEmpty, conjunction || (sawConjunction && token.isPunct(",")) {
        groups.insert(current, at: 0)
        current = []
        sawConjunction = sawConjunction || conjunction
        afterConjunction = conjunction
        index -= 1
        continue
      }
      // The Oxford comma: `Robinson, and Patall`.
      if current.isEmpty, afterConjunction, token.isPunct(",") {
        afterConjunction = false
        index -= 1
        continue
      }
      break
    }
    if !current.isEmpty { groups.insert(current, at: 0) }
    guard let firstGroup = groups.first, let firstToken = firstGroup.first else { return nil }
    // A group of one given name and a family name keeps the family name only.
    let names = groups.map { group -> String in
      var words = group.map(\.text)
      if words.count >= 2, words.count <= 3, !EntryScanner.particles.contains(words[0].lowercased())
      {
        words = [words[words.count - 1]]
      }
      var name = words.joined(separator: " ")
      if name.hasSuffix("’s") || name.hasSuffix("'s") { name = String(name.dropLast(2)) }
      return name
    }
    // A sentence-initial capitalised word alone is no author unless it looks like a name.
    if names.count == 1, firstGroup.count == 1, let only = names.first,
      only.unicodeScalars.count < 2
    {
      return nil
    }
    return (names, firstToken.start)
  }
}
