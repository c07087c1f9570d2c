/// Year, title, container, publisher, volume, issue and pages.
extension EntryScanner {
  /// Words that introduce a volume, an issue or pages (English, plus the German `Bd.`, `H.`, `S.`
  /// seen in humanities bibliographies).
  static let volumeWords: Set<String> = ["vol", "Vol", "VOL", "volume", "Volume", "Bd", "v"]
  static let issueWords: Set<String> = [
    "no", "No", "NO", "issue", "Issue", "Nr", "nr", "n", "H", "iss",
  ]
  static let pageWords: Set<String> = ["pp", "p", "pages", "page", "Pages", "S", "pg", "pgs", "P"]
  /// Words that mark a publisher (from the publishers most often seen in student bibliographies).
  static let publisherWords: Set<String> = [
    "press", "publishing", "publishers", "publisher", "publications", "books", "verlag",
    "routledge", "wiley", "blackwell", "springer", "elsevier", "penguin", "sage", "norton",
    "macmillan", "knopf", "vintage", "harpercollins", "harper", "pearson", "mcgraw-hill",
    "houghton", "cengage", "bantam", "doubleday", "scribner", "up", "inc", "co", "ltd",
    "edition", "editions", "random", "basic", "academic", "simon", "schuster", "palgrave",
    "taylor", "francis", "bloomsbury", "cambridge", "oxford", "mit", "princeton", "yale",
    "harvard", "anchor", "bedford", "longman", "thomson", "prentice", "addison-wesley",
  ]
  static let retrievedWords: Set<String> = ["Retrieved", "retrieved", "Available", "available"]
  static let mediumWords: Set<String> = ["Web", "Print", "Accessed", "accessed", "Online"]

  func skip(_ cursor: Int, _ scalars: Set<Unicode.Scalar>) -> Int {
    var index = cursor
    while isPunct(index, scalars) { index += 1 }
    return index
  }

  /// `n.d.` / `n. d.` at `index`: returns the index after it.
  func undated(at index: Int) -> Int? {
    guard isWord(index, in: ["n", "N"]), isPunct(index + 1, ["."]),
      isWord(index + 2, in: ["d", "D"])
    else {
      if isWord(index, in: ["nd", "ND"]) { return index + 1 }
      return nil
    }
    return isPunct(index + 3, ["."]) ? index + 4 : index + 3
  }

  /// `(2019)`, `(2019, March 4)`, `(n.d.)` or a bare `2010.` right after the authors.
  mutating func readYearAfterAuthors(from start: Int) -> Int {
    var cursor = skip(start, [".", ",", ":"])
    if isPunct(cursor, ["("]) {
      var index = cursor + 1
      while index < tokens.count, index <= cursor + 8, !isPunct(index, [")"]) {
        if year == nil, let token = token(index), token.isYear {
          year = token.text
          yearToken = index
        } else if year == nil, undated(at: index) != nil {
          year = "n.d."
        }
        index += 1
      }
      if year != nil {
        layout.yearInParensAfterAuthors = true
        cursor = isPunct(index, [")"]) ? index + 1 : index
        layout.yearParenPeriod = isPunct(cursor, ["."])
        return skip(cursor, [".", ",", ":"])
      }
      return start
    }
    if let token = token(cursor), token.isYear,
      self.token(cursor + 1) == nil || isPunct(cursor + 1, [".", ",", ":", ";"])
        || (authorsEndedAtYear && cursor == start)
        || (isPunct(cursor - 1, [":"]) && self.token(cursor + 1)?.isCapitalized == true)
    {
      year = token.text
      yearToken = cursor
      layout.bareYearAfterAuthors = true
      return skip(cursor + 1, [".", ",", ":"])
    }
    if let after = undated(at: cursor) {
      year = "n.d."
      layout.bareYearAfterAuthors = true
      return skip(after, [".", ",", ":"])
    }
    return cursor
  }

  /// The container (or publisher) segment after the title, and `In:` chapters.
  mutating func readContainer(from start: Int) -> Int {
    var cursor = skip(start, [".", ",", ":", ";", "”", "\""])
    if isWord(cursor, in: ["In", "in"]) {
      cursor = skip(cursor + 1, [":"])
      // Skip the editors: up to `(Eds.)`, `eds.,` or `editors,` within a short distance.
      var index = cursor
      while index < tokens.count, index < cursor + 60 {
        if isWord(index, in: EntryScanner.editorWords), tokens[index].text != "by" {
          cursor = skip(index + 1, [".", ")", ",", ":"])
          break
        }
        if tokens[index].isYear || tokens[index].kind == .link { break }
        index += 1
      }
    }
    guard cursor < tokens.count else { return cursor }
    // `2nd edn.`, `3rd ed.`: an edition statement, not a container.
    if let first = token(cursor), first.kind == .word, isOrdinal(first.text),
      isWord(cursor + 1, in: ["ed", "edn", "edition", "Ed", "Edition", "éd", "Aufl"])
    {
      cursor = skip(cursor + 2, [".", ",", ":"])
      guard cursor < tokens.count else { return cursor }
    }
    if tokens[cursor].isYear || tokens[cursor].kind == .link
      || isWord(cursor, in: EntryScanner.retrievedWords)
    {
      return cursor
    }
    var index = cursor
    var colon: Int?
    while index < tokens.count {
      let token = tokens[index]
      if token.kind == .link || token.kind == .number { break }
      if token.kind == .word, token.isYear { break }
      if token.kind == .word, index > cursor,
        EntryScanner.volumeWords.contains(token.text) || EntryScanner.pageWords.contains(token.text)
          || EntryScanner.issueWords.contains(token.text),
        isPunct(index + 1, ["."]) || self.token(index + 1)?.kind == .number
      {
        break
      }
      if token.kind == .punct {
        let scalar = token.first
        if scalar == "(" { break }
        // IEEE abbreviates journal names (`IEEE Trans. Educ.,`): there a comma ends them.
        if scalar == "." && (self.token(index + 1)?.spaceBefore ?? true) && !layout.quotedTitleComma
        {
          let abbreviation =
            self.token(index - 1).map { previous in
              previous.kind == .word && previous.text.unicodeScalars.count <= 3
                && CitationScalars.isUpper(previous.first)
            } == true
            && self.token(index + 1)?.isLowercaseWord == true
          if !abbreviation { break }
        }
        if scalar == "," && layout.quotedTitleComma { break }
        if scalar == "," {
          // A comma before a volume, a year or page marker ends the container.
          if let next = self.token(index + 1),
            next.kind == .number || next.isYear
              || EntryScanner.volumeWords.contains(next.text)
              || EntryScanner.pageWords.contains(next.text)
              || EntryScanner.issueWords.contains(next.text)
          {
            break
          }
        }
        if scalar == ":" && colon == nil { colon = index }
      }
      index += 1
    }
    let segmentEnd = index
    guard segmentEnd > cursor else { return cursor }
    let segment = CitationScalars.trimmed(text(cursor, segmentEnd))
    if let colon, colon - cursor <= 5, colon + 1 < segmentEnd {
      // `New York: Routledge`: a place, then the publisher.
      layout.placeColonPublisher = true
      publisher = CitationScalars.trimmed(text(colon + 1, segmentEnd))
    } else if looksLikePublisher(cursor, segmentEnd) || endsWithYearOnly(after: segmentEnd) {
      publisher = segment
    } else {
      container = segment
    }
    return segmentEnd
  }

  func isOrdinal(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    guard let first = scalars.first, CitationScalars.isDigit(first) else { return false }
    let suffix = String(String.UnicodeScalarView(scalars.drop { CitationScalars.isDigit($0) }))
    return ["st", "nd", "rd", "th", "e", "er", "a", "ª"].contains(suffix)
  }

  func looksLikePublisher(_ lower: Int, _ upper: Int) -> Bool {
    for index in lower..<upper where tokens[index].kind == .word {
      if EntryScanner.publisherWords.contains(CitationScalars.fold(tokens[index].text)) {
        // `Journal of … Press` is still a journal.
        return !tokens[lower..<upper].contains { $0.text == "Journal" || $0.text == "Review" }
      }
    }
    return false
  }

  /// `…, Routledge, 2009.`: nothing but a year (and punctuation) follows the segment.
  func endsWithYearOnly(after index: Int) -> Bool {
    var cursor = skip(index, [",", "."])
    guard let token = token(cursor), token.isYear else { return false }
    cursor = skip(cursor + 1, [".", ","])
    return cursor >= tokens.count
  }

  /// A publisher later in the entry: `Place: Publisher` or a segment with a publisher word.
  mutating func findPublisher(from start: Int) {
    var index = max(0, start)
    while index < tokens.count {
      if isPunct(index, [":"]), index > 0, tokens[index - 1].isCapitalized,
        let next = token(index + 1), next.isCapitalized
      {
        var end = index + 1
        while end < tokens.count, !isPunct(end, [",", ".", ";", ")"]), tokens[end].kind != .link,
          !tokens[end].isYear
        {
          end += 1
        }
        if end > index + 1, end - index <= 10 {
          publisher = CitationScalars.trimmed(text(index + 1, end))
          layout.placeColonPublisher = true
          return
        }
      }
      index += 1
    }
  }
}
