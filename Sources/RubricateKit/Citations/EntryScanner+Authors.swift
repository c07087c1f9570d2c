/// Finding where the author block ends and splitting it into names.
extension EntryScanner {
  /// Lower-case words that may sit inside an author block (connectors, name particles, editor
  /// marks). From common bibliography practice in English, French, German, Dutch, Spanish,
  /// Italian and Arabic names.
  static let connectors: Set<String> = ["and", "And", "AND", "und", "et", "y", "e", "&", "with"]
  static let particles: Set<String> = [
    "van", "von", "der", "den", "de", "da", "del", "della", "di", "du", "le", "la", "des", "dos",
    "das", "ter", "ten", "bin", "ibn", "al", "el", "zu", "vander", "st",
  ]
  static let editorWords: Set<String> = [
    "ed", "eds", "Ed", "Eds", "editor", "editors", "Editor", "Editors", "Hrsg", "hrsg", "comp",
    "comps", "trans", "Trans", "edited", "by",
  ]
  /// Capitalised words that start a title, never a name (after `Given Family,`).
  static let titleStarts: Set<String> = [
    "The", "A", "An", "On", "In", "Towards", "Toward", "How", "What", "Why", "When", "Where",
    "Is", "Are", "Do", "Does", "Can", "From", "Beyond", "Between", "Among", "Notes", "Some",
  ]
  /// `ATLAS collaboration`, `PRISMA group`: lower-case words that end a group's name.
  static let groupWords: Set<String> = ["collaboration", "consortium", "group", "investigators"]
  /// Small words allowed inside a corporate author (`Centers for Disease Control`).
  static let corporateGlue: Set<String> = ["of", "for", "the", "on", "in", "at", "to"]
  /// Words that mark a name as an organisation rather than a person.
  static let corporateWords: Set<String> = [
    "association", "organization", "organisation", "institute", "institution", "university",
    "department", "agency", "council", "society", "centre", "center", "centers", "bureau",
    "collaboration", "consortium",
    "ministry", "foundation", "inc", "ltd", "group", "committee", "commission", "news",
    "office", "board", "service", "services", "administration", "corporation", "company",
    "college", "school", "academy", "federation", "union", "network", "project", "team",
    "panel", "programme", "program", "authority", "trust", "press", "times", "post", "journal",
    "magazine", "world", "national", "international", "american", "british", "european",
    "united", "nations", "government", "statistics", "health", "fund", "bank", "alliance",
  ]

  /// Reads the author block starting at `start`; returns where the rest of the entry starts.
  mutating func readAuthors(from start: Int) -> Int {
    var cursor = start
    var lastSeparator = start
    var end: Int?
    var next: Int?
    var wordsSinceSeparator = 0
    var sawComma = false
    while cursor < tokens.count, end == nil {
      let current = tokens[cursor]
      if cursor - start > 600 {
        end = lastSeparator > start ? lastSeparator : cursor
        break
      }
      switch current.kind {
      case .link:
        end = cursor
      case .number:
        if current.isYear {
          end = cursor
        } else {
          end = lastSeparator > start ? lastSeparator : cursor
        }
      case .word:
        if current.isYear {
          end = cursor
        } else if current.text == "al", cursor > start, isEtAl(before: cursor) {
          etAl = true
          if isPunct(cursor + 1, ["."]) { cursor += 1 }
          end = cursor + 1
        } else if current.text == "others", isWord(cursor - 1, in: EntryScanner.connectors) {
          // `…, and others.` (ACM's `and others` for a cut list).
          etAl = true
          if isPunct(cursor + 1, ["."]) { cursor += 1 }
          end = cursor + 1
        } else if current.isLowercaseWord, !lowercaseInvertedName(start, cursor),
          !(EntryScanner.groupWords.contains(current.text) && cursor > start),
          !EntryScanner.connectors.contains(current.text),
          !EntryScanner.particles.contains(current.text),
          !EntryScanner.editorWords.contains(current.text),
          !(EntryScanner.corporateGlue.contains(current.text) && !sawComma)
        {
          end = lastSeparator > start ? lastSeparator : cursor
        } else if lastSeparator == cursor - 1, isPunct(lastSeparator, [","]),
          EntryScanner.titleStarts.contains(current.text), !isPunct(cursor + 1, ["."])
        {
          end = lastSeparator  // `Paul Saurette, The Kantian Imperative`
        } else {
          wordsSinceSeparator += 1
          if wordsSinceSeparator > 9 { end = lastSeparator > start ? lastSeparator : cursor }
        }
      case .punct:
        let scalar = current.first
        if scalar == "(" {
          if publicationFacts(at: cursor), lastSeparator > start {
            // `David Archard, Sexual Consent (Boulder: Westview, 1998)`: the title came first.
            end = lastSeparator
          } else if let closing = editorParenthesis(at: cursor) {
            end = cursor
            next = closing + 1
          } else if let inner = token(cursor + 1), inner.kind == .word, inner.isInitial,
            inner.text.unicodeScalars.count > 1, isPunct(cursor + 2, [")"])
          {
            cursor += 2  // `World Health Organization (WHO)`
          } else {
            end = cursor
          }
        } else if CitationScalars.openingQuotes.contains(scalar) || scalar == "“" {
          // `Motorists' Alliance`: an apostrophe glued to a word is not a quotation mark.
          let apostrophe =
            (scalar == "'" || scalar == "’") && !current.spaceBefore
            && token(cursor - 1)?.kind == .word
          if !apostrophe { end = cursor }
        } else if scalar == ":" {
          // `Behrens, Rudolf: Title` and `Boothman RC: Title` end here; `Arnoldson, K. P, Pax
          // Mundi: …` at the comma.
          if wordsSinceSeparator >= 2, lastSeparator > start, token(cursor - 1)?.isInitial != true,
            !(firstNameGivenFirst(start) && periodEndsSentence(after: cursor))
          {
            end = lastSeparator
          } else {
            end = cursor
            next = cursor + 1
          }
        } else if scalar == "," || scalar == ";" {
          sawComma = true
          lastSeparator = cursor
          wordsSinceSeparator = 0
          if let following = token(cursor + 1),
            CitationScalars.openingQuotes.contains(following.first),
            following.kind == .punct
          {
            end = cursor
          } else if titleFollowsInitialsFirstName(start, comma: cursor) {
            end = cursor
          }
        } else if scalar == "." {
          if periodEndsAuthors(at: cursor) {
            end = cursor
            next = cursor + 1
          } else {
            lastSeparator = cursor
            wordsSinceSeparator = 0
          }
        }
      }
      cursor += 1
    }
    let blockEnd = end ?? tokens.count
    authorsEndedAtComma = isPunct(blockEnd, [","]) && next == nil
    authorsEndedAtYear = token(blockEnd)?.isYear == true
    buildAuthors(start, blockEnd)
    return next ?? blockEnd
  }

  /// `(Boulder: Westview Press, 1998)`: a place, a colon, then a year, inside the bracket.
  func publicationFacts(at open: Int) -> Bool {
    var index = open + 1
    var colon = false
    while index < tokens.count, index <= open + 12 {
      if isPunct(index, [")"]) { return false }
      if isPunct(index, [":"]) { colon = true }
      if tokens[index].isYear { return colon }
      index += 1
    }
    return false
  }

  /// `(Eds.)`, `(ed.)`, `(Hrsg.)` after the names: returns the index of the closing `)`.
  func editorParenthesis(at open: Int) -> Int? {
    guard isWord(open + 1, in: EntryScanner.editorWords) else { return nil }
    for index in (open + 2)...(open + 3) where isPunct(index, [")"]) { return index }
    return nil
  }

  /// Whether the period at `index` closes the author block.
  func periodEndsAuthors(at index: Int) -> Bool {
    guard let previous = token(index - 1) else { return true }
    guard let following = token(index + 1) else { return true }
    if following.kind == .punct, [",", ";", "&", ")", "-", "–"].contains(following.first) {
      return false
    }
    if previous.kind == .punct { return true }
    // `Scott, E. et. al. (2018)`: the period inside a misspelt `et al.`.
    if previous.text == "et" || previous.text == "Et", following.text == "al" { return false }
    // Inside `U.S.` or `J.-P.` there is no space after the period.
    if !following.spaceBefore, following.kind == .word, previous.isInitial { return false }
    guard previous.isInitial || EntryScanner.editorWords.contains(previous.text) else {
      return true
    }
    if EntryScanner.editorWords.contains(previous.text) { return true }
    if following.isYear || following.isPunct("(") { return false }
    if following.kind != .word { return true }
    if EntryScanner.connectors.contains(following.text) { return false }
    if EntryScanner.particles.contains(following.text) {
      var probe = index + 2
      while isWord(probe, in: EntryScanner.particles) { probe += 1 }
      if token(probe)?.isCapitalized == true { return false }
    }
    guard following.isCapitalized else { return true }
    if vancouverInitialsEnd(at: index) || invertedNameEnds(at: index) { return true }
    // `U.S. Department of the Interior`: an organisation continues.
    if EntryScanner.corporateWords.contains(CitationScalars.fold(following.text)) { return false }
    if following.isInitial,
      isPunct(index + 2, [".", ","]) || token(index + 2)?.isCapitalized == true
    {
      return false
    }
    // `D. R. Keppel, E. J. …`: a capitalised word followed by a comma, period or connector
    // is a name; a capitalised word followed by more words is a title.
    let after = index + 2
    if isPunct(after, [",", ";", "(", "&"]) || isWord(after, in: EntryScanner.connectors) {
      return false
    }
    if isPunct(after, ["."]) {
      // `H. M. Levy. Title`: a name, unless the word after the period is lower-case prose.
      return false
    }
    if let second = token(after), second.isCapitalized, !second.isInitial,
      isPunct(after + 1, [",", ".", "&"]) || isWord(after + 1, in: EntryScanner.connectors)
    {
      return false
    }
    // Vancouver with periods: `Goss DL. Moore JH. Title`.
    if let second = token(after), second.isInitial, isPunct(after + 1, [".", ","]),
      previous.text.unicodeScalars.count >= 2
    {
      return false
    }
    return true
  }
}
