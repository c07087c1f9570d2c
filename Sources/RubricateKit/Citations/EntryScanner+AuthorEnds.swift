/// Where an author block ends in the styles the main loop alone would misread: initials-first
/// lists before a comma and a title (IEEE books, Elsevier, physics), DBLP's colon, Vancouver
/// initials, `Family, Given I.` names, misspelt `et. al`, names typed in lower case.
extension EntryScanner {
  /// `S. Boyd and L. Vandenberghe, Convex Optimization.`: in a list of initials-first names, a
  /// comma followed by capitalised words that are no initials starts the title (IEEE books,
  /// Elsevier and physics journals put the title after a comma).
  func titleFollowsInitialsFirstName(_ start: Int, comma: Int) -> Bool {
    guard let first = token(start), first.isInitial, isPunct(start + 1, ["."]),
      let family = token(comma - 1), family.kind == .word, !family.isInitial,
      let next = token(comma + 1), next.isCapitalized, !next.isInitial,
      !EntryScanner.connectors.contains(next.text), !EntryScanner.suffixes.contains(next.text),
      let after = token(comma + 2)
    else { return false }
    // `…, Jr.,` and `…, Kim, …`: one word and a period or comma is still a name.
    guard after.kind == .word || after.isPunct(":") else { return false }
    // `U.S. Department of the Interior, National Park Service`: an organisation, not names.
    var back = comma - 1
    while back > start, !isPunct(back, [",", ";"]) {
      if tokens[back].isLowercaseWord, !EntryScanner.connectors.contains(tokens[back].text) {
        return false
      }
      back -= 1
    }
    // `B. B. Clyde Edgar, Frank Czopek, “A co-operative …”`: a given-first name, then the rest.
    var probe = comma + 1
    while let word = token(probe), word.isCapitalized, probe - comma <= 4 { probe += 1 }
    guard probe - comma <= 3, let stop = token(probe) else { return true }
    // `Frank Czopek and …` is a name; `Hydrodynamics and Jets in Dialogue` a title.
    if (stop.isPunct("&") || EntryScanner.connectors.contains(stop.text)) && probe - comma == 3 {
      return false
    }
    if CitationScalars.openingQuotes.contains(stop.first) { return false }
    // `Frank Czopek, “…”` and `Frank Czopek, J. Doe` are names; `Digital Communications, 5th ed.`
    // is a title.
    guard stop.isPunct(","), let next = token(probe + 1) else { return true }
    return !(next.isCapitalized || next.kind == .punct)
  }

  /// `Rakesh Agrawal, Tomasz Imielinski: Title` (DBLP), `L. Page, S. Brin: Title`: the first
  /// name is two or more words ending in a family name, so the names end at the colon.
  func firstNameGivenFirst(_ start: Int) -> Bool {
    var index = start
    var words = 0
    while let token = token(index), index - start <= 8 {
      if token.kind == .word {
        if EntryScanner.connectors.contains(token.text) { break }
        words += 1
      } else if !token.isPunct(".") && !token.isPunct("-") {
        break
      }
      index += 1
    }
    guard words >= 2, let last = token(index - 1) else { return false }
    return last.isCapitalized && !last.isInitial
  }

  /// Whether the text after `colon` runs to a period before any comma (a DBLP title), unlike
  /// `Minima Moralia: Reflections from Damaged Life, trans. …` (a note's title and subtitle).
  func periodEndsSentence(after colon: Int) -> Bool {
    let end = sentenceEnd(from: colon + 1, allowComma: true)
    return isPunct(end, ["."]) || isPunct(end - 1, ["?", "!"])
  }

  /// `et al` or `et. al` ends just before `al` at `index`.
  func isEtAl(before index: Int) -> Bool {
    isWord(index - 1, in: ["et", "Et"])
      || (isPunct(index - 1, ["."]) && isWord(index - 2, in: ["et", "Et"]))
  }

  /// `wilson, mark.`, `hooks, bell.`, `hill, s.`: a name typed in lower case, family first.
  func lowercaseInvertedName(_ start: Int, _ index: Int) -> Bool {
    guard index <= start + 2, let first = token(start), first.isLowercaseWord,
      isPunct(start + 1, [","]), token(start + 2)?.kind == .word
    else { return false }
    return index == start || isPunct(start + 3, [".", ","])
  }

  /// `Petitti DB. Meta-analysis, decision analysis…`: Vancouver initials (two or three capitals
  /// after a family name) and a period end the names unless another `Family AB` follows.
  func vancouverInitialsEnd(at index: Int) -> Bool {
    guard let initials = token(index - 1), initials.isInitial,
      initials.text.unicodeScalars.count >= 2,
      initials.text.unicodeScalars.allSatisfy({ CitationScalars.isUpper($0) }),
      initials.spaceBefore, let family = token(index - 2), family.isCapitalized,
      !family.isInitial
    else { return false }
    guard let next = token(index + 2) else { return true }
    return !(next.isInitial && isPunct(index + 3, [".", ",", ";"]))
  }

  /// `Said, Edward W. Orientalism.`: a family name, a comma, given names with a last initial;
  /// the name is whole, so the period ends the names.
  func invertedNameEnds(at index: Int) -> Bool {
    guard token(index - 1)?.isInitial == true, token(index + 1)?.isInitial == false else {
      return false
    }
    // `Morton, Michael S. Scott. “Title.”`: a last given name, then the title.
    if isPunct(index + 2, ["."]), let after = token(index + 3),
      after.isYear || (after.kind == .punct && CitationScalars.openingQuotes.contains(after.first))
    {
      return false
    }
    var cursor = index - 2
    var givenWord = false
    while cursor >= 0, index - cursor <= 8, !isPunct(cursor, [",", ";"]) {
      if let token = token(cursor), token.kind == .word, !token.isInitial {
        if !token.isCapitalized || EntryScanner.connectors.contains(token.text) { return false }
        givenWord = true
      }
      if isPunct(cursor, ["&"]) { return false }
      cursor -= 1
    }
    guard givenWord, cursor >= 1, isPunct(cursor, [","]), let family = token(cursor - 1),
      family.isCapitalized, !family.isInitial, !isPunct(index + 2, [","])
    else { return false }
    // `Mic Bowman, Saumya K. Debray`: given names first, so no family-first name here.
    let before = cursor - 2
    return before < 0 || token(before)?.kind != .word
      || tokens[before].isCapitalized == false
        && EntryScanner.particles.contains(tokens[before].text)
  }
}
