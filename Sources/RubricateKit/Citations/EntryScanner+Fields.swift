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

  /// A quoted title runs to its closing quote; an unquoted one to the end of its sentence.
  mutating func readTitle(from start: Int) -> Int {
    var cursor = skip(start, [".", ",", ":", ";"])
    guard cursor < tokens.count else { return cursor }
    if tokens[cursor].kind == .punct, CitationScalars.openingQuotes.contains(tokens[cursor].first) {
      layout.quotedTitle = true
      let opener = tokens[cursor].first
      let lower = cursor + 1
      var index = lower
      var closing: Int?
      while index < tokens.count {
        if isClosingQuote(at: index, opener: opener) {
          closing = index
          break
        }
        index += 1
      }
      if let closing {
        setTitle(lower, closing)
        layout.quotedTitleComma = isPunct(closing - 1, [","]) || isPunct(closing + 1, [","])
        layout.quotedTitlePeriod = isPunct(closing - 1, [".", "?", "!"])
        cursor = closing + 1
      } else {
        layout.unclosedQuote = true
        let end = sentenceEnd(from: lower, allowComma: true, tight: true)
        setTitle(lower, end)
        cursor = end + 1
      }
      return skip(cursor, [".", ",", ":", ";"])
    }
    if isWord(cursor, in: ["In", "in"]) { return cursor }
    var end = sentenceEnd(from: cursor, allowComma: false)
    if authorsEndedAtComma || end >= tokens.count || tokens[end].kind == .link {
      // Comma-separated entries (`Nelson, J., The Physics of Solar Cells, Imperial …`).
      end = min(end, sentenceEnd(from: cursor, allowComma: true))
    }
    setTitle(cursor, end)
    return skip(end, [".", ",", ":", ";", "?", "!"])
  }

  mutating func setTitle(_ lower: Int, _ upper: Int) {
    guard lower < upper else { return }
    let candidate = CitationScalars.trimmed(text(lower, upper), trailing: [".", ",", ";", ":"])
    guard !candidate.isEmpty else { return }
    // A lone year is never a title.
    if upper - lower == 1, tokens[lower].isYear { return }
    titleRange = lower..<upper
    title = candidate
  }

  func isClosingQuote(at index: Int, opener: Unicode.Scalar) -> Bool {
    guard let token = token(index), token.kind == .punct else { return false }
    switch token.first {
    case "”", "»", "“":
      return opener != "‘" && opener != "‚"
    case "\"":
      return true
    case "’":
      // An apostrophe inside a word (`Paulson’s`) is not a closing quote.
      guard opener == "‘" || opener == "‚" || opener == "'" else { return false }
      return self.token(index + 1).map { $0.spaceBefore || $0.kind == .punct } ?? true
    case "'":
      guard opener == "'" || opener == "‘" || opener == "`" else { return false }
      return self.token(index + 1).map { $0.spaceBefore || $0.kind == .punct } ?? true
    default:
      return false
    }
  }

  /// The index of the token that ends the sentence starting at `start` (a period, `?` or `!`
  /// followed by a space, or a comma when `allowComma`), or the end of the entry.
  func sentenceEnd(from start: Int, allowComma: Bool, tight: Bool = false) -> Int {
    var index = start
    while index < tokens.count {
      let token = tokens[index]
      if token.kind == .link { return index }
      if token.kind == .punct {
        let next = self.token(index + 1)
        let spaced = next.map { $0.spaceBefore || $0.kind == .punct } ?? true
        // `Literacy.College` (no space, no closing quote) ends an unclosed quoted title.
        let tightEnd = tight && next?.isCapitalized == true && (index - start) > 1
        if token.first == "." && (spaced || tightEnd) && index > start {
          let previous = tokens[index - 1]
          // `Vol.`, `ed.` and `U.S.` inside a title do not end it.
          let abbreviation =
            previous.kind == .word && previous.text.unicodeScalars.count == 1
            && !(next?.isCapitalized ?? true) && next?.kind != .punct
          if !abbreviation { return index }
        }
        if (token.first == "?" || token.first == "!") && spaced
          && !(next?.isLowercaseWord ?? false)
        {
          return index + 1
        }
        if allowComma && token.first == "," && spaced && index > start { return index }
        if token.first == "(" && index > start && parenthesisEndsTitle(at: index) { return index }
      }
      index += 1
    }
    return tokens.count
  }

  /// Notes in brackets after a title (`(Unpublished doctoral dissertation)`, `(2nd ed.)`) and
  /// a bracketed place and date (`(Oxford: Clarendon, 1994)`) are not part of it.
  static let titleNoteWords: Set<String> = [
    "unpublished", "doctoral", "dissertation", "thesis", "master", "masters", "phd", "abstract",
    "ed", "eds", "edition", "trans", "tr", "rev", "vol", "report", "in", "press", "online",
    "video", "film", "blog", "podcast", "motion", "picture", "tweet", "lecture", "speech",
  ]

  func parenthesisEndsTitle(at open: Int) -> Bool {
    var index = open + 1
    while index < tokens.count, index <= open + 14 {
      let token = tokens[index]
      if token.isPunct(")") {
        return index > open + 1 && self.token(index + 1).map { $0.kind == .punct } ?? true
      }
      if token.isYear || token.isPunct(":") { return true }
      if token.kind == .word, EntryScanner.titleNoteWords.contains(CitationScalars.fold(token.text))
      {
        return true
      }
      if token.kind == .number, index == open + 1, isWord(index + 1, in: ["nd", "rd", "th", "st"]) {
        return true
      }
      index += 1
    }
    return false
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
          let previous = tokens[index - 1]
          let abbreviation =
            previous.kind == .word && previous.text.unicodeScalars.count <= 3
            && CitationScalars.isUpper(previous.first)
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

  /// Volume, issue and pages from the tokens after the container.
  mutating func readNumbers(from start: Int) {
    var index = max(0, start)
    while index < tokens.count {
      let token = tokens[index]
      if token.kind == .word, !token.isYear {
        let after = isPunct(index + 1, ["."]) ? index + 2 : index + 1
        if let value = self.token(after), value.kind == .number {
          if EntryScanner.volumeWords.contains(token.text) {
            if volume == nil { volume = value.text }
            layout.volumeMarker = true
          } else if EntryScanner.issueWords.contains(token.text) {
            if issue == nil { issue = value.text }
            layout.volumeMarker = true
          } else if EntryScanner.pageWords.contains(token.text) {
            if pages == nil { pages = range(at: after) }
            layout.volumeMarker = true
          }
          index = after + 1
          continue
        }
        if EntryScanner.mediumWords.contains(token.text) { layout.mlaMedium = true }
        if token.text == "Retrieved" || token.text == "retrieved" { layout.retrievedFrom = true }
        if token.text == "Available" { layout.availableAt = true }
      }
      if token.kind == .number, !token.isYear || isPunct(index + 1, ["("]) {
        if isPunct(index + 1, ["("]), let inner = self.token(index + 2), inner.kind != .punct,
          !inner.isYear, isPunct(index + 3, [")"])
        {
          if volume == nil { volume = token.text }
          if issue == nil { issue = inner.text }
          index += 4
          continue
        }
        if isPunct(index + 1, ["."]), let inner = self.token(index + 2), inner.kind == .number,
          !inner.spaceBefore, !tokens[index + 1].spaceBefore
        {
          if volume == nil { volume = token.text }
          if issue == nil { issue = inner.text }
          index += 3
          continue
        }
        if let dash = self.token(index + 1), dash.kind == .punct,
          CitationScalars.isDash(dash.first), let upper = self.token(index + 2),
          upper.kind == .number
        {
          if pages == nil, !(token.isYear && upper.isYear) { pages = range(at: index) }
          index += 3
          continue
        }
        if isPunct(index + 1, [":"]), let after = self.token(index + 2), after.kind == .number {
          if volume == nil { volume = token.text }
          if pages == nil { pages = range(at: index + 2) }
          index += 3
          continue
        }
        // `14 Mar. 2019` is a date.
        if let next = self.token(index + 1), next.kind == .word,
          InTextCitationFinder.months.contains(CitationScalars.fold(next.text))
        {
          index += 2
          continue
        }
        if !token.isYear, volume == nil, pages == nil, token.text.unicodeScalars.count <= 4 {
          volume = token.text
        } else if !token.isYear, volume != nil, pages == nil, isPunct(index - 1, [","]) {
          pages = token.text
        }
      }
      index += 1
    }
  }

  /// `40-58`, `40–58` or a single page number starting at `index`.
  func range(at index: Int) -> String {
    guard let lower = token(index) else { return "" }
    if let dash = token(index + 1), dash.kind == .punct, CitationScalars.isDash(dash.first),
      let upper = token(index + 2), upper.kind == .number || upper.kind == .word
    {
      return text(index, index + 3)
    }
    return lower.text
  }

  /// When no year sat right after the authors: the first year-shaped number after the authors
  /// that is not a page (`: 1607`, `pp. 1734-1739`), outside the title if possible, else `n.d.`.
  mutating func findYearAnywhere() {
    var insideTitle: Int?
    var loose: Int?
    var index = authorEnd
    while index < tokens.count {
      let token = tokens[index]
      if token.isYear {
        let previous = self.token(index - 1)
        let pageLike =
          previous.map {
            $0.isPunct(":") || EntryScanner.pageWords.contains($0.text)
              || ($0.kind == .punct && CitationScalars.isDash($0.first)
                && self.token(index - 2)?.kind == .number && self.token(index - 2)?.isYear == false)
          } ?? false
          || (isPunct(index + 1, ["-", "–", "‑"]) && self.token(index + 2)?.kind == .number
            && self.token(index + 2)?.isYear == false)
          || (isPunct(index - 1, ["."])
            && EntryScanner.pageWords.contains(self.token(index - 2)?.text ?? ""))
        if !pageLike {
          let delimited =
            self.token(index + 1) == nil
            || isPunct(index + 1, [".", ",", ")", ";", ":", "]", "/"])
          if delimited {
            if let range = titleRange, range.contains(index) {
              if insideTitle == nil { insideTitle = index }
            } else {
              setYear(index)
              return
            }
          } else if loose == nil {
            loose = index
          }
        }
      } else if undated(at: index) != nil {
        year = "n.d."
        return
      }
      index += 1
    }
    if let chosen = insideTitle ?? loose { setYear(chosen) }
  }

  mutating func setYear(_ index: Int) {
    year = tokens[index].text
    yearToken = index
    layout.yearAtEnd = skip(index + 1, [".", ",", ")", "]", ";"]) >= tokens.count
    // A year swallowed by a comma-separated title ends the title there.
    if let range = titleRange, range.contains(index), index > range.lowerBound + 1 {
      var upper = index
      while upper > range.lowerBound, tokens[upper - 1].kind == .punct { upper -= 1 }
      setTitle(range.lowerBound, upper)
    }
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
