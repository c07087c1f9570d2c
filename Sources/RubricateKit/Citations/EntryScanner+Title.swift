/// The title: quoted, or the sentence after the authors and year.
extension EntryScanner {
  /// A quoted title runs to its closing quote; an unquoted one to the end of its sentence.
  mutating func readTitle(from start: Int) -> Int {
    var cursor = skip(start, [".", ",", ":", ";"])
    guard cursor < tokens.count else { return cursor }
    let glued = !tokens[cursor].spaceBefore && token(cursor - 1)?.kind == .word
    if tokens[cursor].kind == .punct, CitationScalars.openingQuotes.contains(tokens[cursor].first),
      !(glued && ["'", "’"].contains(tokens[cursor].first))
    {
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
      // `“Like” and language ideology`: a quotation inside an unquoted title.
      if let closing, closing + 1 < tokens.count, tokens[closing + 1].isLowercaseWord,
        !isPunct(closing - 1, [",", ".", "?", "!"])
      {
        layout.quotedTitle = false
        let end = sentenceEnd(from: lower, allowComma: false)
        setTitle(lower, end)
        return skip(end, [".", ",", ":", ";", "?", "!"])
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
    // `B. P. Abbott et al. (LIGO Scientific Collaboration), Title`: a group after the names.
    if isPunct(cursor, ["("]),
      let close = (cursor + 2...cursor + 12).first(where: { isPunct($0, [")"]) }),
      isPunct(close + 1, [",", "."])
    {
      cursor = skip(close + 1, [".", ",", ":", ";"])
      guard cursor < tokens.count else { return cursor }
    }
    if isWord(cursor, in: ["In", "in"]), !isWord(cursor + 1, in: EntryScanner.titlesAfterIn) {
      return cursor
    }
    var end = sentenceEnd(from: cursor, allowComma: false)
    if authorsEndedAtComma || end >= tokens.count || tokens[end].kind == .link {
      // Comma-separated entries (`Nelson, J., The Physics of Solar Cells, Imperial …`).
      end = min(end, sentenceEnd(from: cursor, allowComma: true))
    } else if let comma = containerAfterComma(from: cursor, to: end) {
      end = comma
    }
    setTitle(cursor, end)
    return skip(end, [".", ",", ":", ";", "?", "!"])
  }

  /// Titles that start with `In` (`In Search of …`), unlike chapters (`In Proceedings …`).
  static let titlesAfterIn: Set<String> = [
    "Search", "Defense", "Defence", "Praise", "Pursuit", "Memoriam", "Situ", "Vivo", "Vitro",
    "Silico", "Other", "Our", "My", "Cold", "Between",
  ]

  /// Words after which a title's period is an abbreviation (`Vol. 1`, `Dr. House`, `St. Louis`).
  static let titleAbbreviations: Set<String> = ["Dr", "Mr", "Mrs", "Ms", "St", "vs"]
  /// The same before a number (`Vol. 1`, `No. 5`).
  static let numberAbbreviations: Set<String> = [
    "Vol", "vol", "No", "Nos", "Pt", "pt", "Ch", "Fig",
  ]

  /// Roman part numbers inside a title (`Thermochemistry. III. The role …`); never `I`, which
  /// is an initial as often.
  static let romanParts: Set<String> = [
    "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
    "XVI", "XVII", "XVIII", "XIX", "XX",
  ]

  /// Small words after which a comma goes on inside a title (`…cross sections, and their …`),
  /// unlike `…, in Proc.` or `…, vol. 3`.
  static let titleCommaContinuations: Set<String> = [
    "and", "or", "with", "without", "from", "for", "of", "the", "a", "an", "via", "but",
    "not", "its", "their", "as", "by",
  ]

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
      // `The truth about vaping retrieved from https://…`
      if token.kind == .word, index > start + 1, EntryScanner.accessWords.contains(token.text),
        isWord(index + 1, in: ["from", "at", "on"]) || isPunct(index + 1, [":"])
          || self.token(index + 1)?.kind == .link
      {
        return index
      }
      if token.kind == .punct {
        let next = self.token(index + 1)
        // `one-vs.-one` is no sentence end: a period needs a space, a quote or a bracket after it.
        let spaced =
          next.map {
            $0.spaceBefore
              || ($0.kind == .punct && !CitationScalars.isDash($0.first) && $0.first != ".")
          } ?? true
        // `Literacy.College` (no space, no closing quote) ends an unclosed quoted title.
        let tightEnd = tight && next?.isCapitalized == true && (index - start) > 1
        if token.first == "." && (spaced || tightEnd) && index > start {
          let previous = tokens[index - 1]
          // `Vol.`, `ed.` and `U.S.` inside a title do not end it.
          let abbreviation =
            previous.kind == .word && previous.text.unicodeScalars.count == 1
            && !(next?.isCapitalized ?? true) && next?.kind != .punct
          let titleAbbreviation =
            !token.spaceBefore && next?.spaceBefore == true
            && ((EntryScanner.titleAbbreviations.contains(previous.text)
              && next?.isCapitalized == true)
              || (EntryScanner.numberAbbreviations.contains(previous.text)
                && next?.kind == .number))
          // `Thermochemistry. III. The role of exact exchange`: a numbered part goes on.
          let romanPart =
            (next.map { EntryScanner.romanParts.contains($0.text) } ?? false
              && isPunct(index + 2, ["."]))
            || (EntryScanner.romanParts.contains(previous.text) && isPunct(index - 2, ["."]))
          if !abbreviation && !titleAbbreviation && !romanPart { return index }
        }
        if (token.first == "?" || token.first == "!") && spaced
          && !(next?.isLowercaseWord ?? false)
        {
          return index + 1
        }
        if allowComma && token.first == "," && spaced && index > start,
          !isWord(index + 1, in: EntryScanner.titleCommaContinuations)
        {
          return index
        }
        // `…, volume 1.`: a volume after a book title.
        if token.first == "," && index > start,
          isWord(index + 1, in: ["volume", "Volume", "vol", "Vol"])
        {
          // `Vol. 1: Fundamental Algorithms` goes on as a subtitle.
          let number = isPunct(index + 2, ["."]) ? index + 3 : index + 2
          if self.token(number)?.kind == .number, !isPunct(number + 1, [":"]) { return index }
        }
        // `The rise of esports [online] Available at:`
        if token.first == "[", index > start,
          isWord(index + 1, in: ["online", "Online", "Video", "video", "Internet"])
        {
          return index
        }
        // `…, New York: Oxford University Press`: a place and publisher after the title.
        if token.first == "," && index > start && placeColonFollows(index) { return index }
        if token.first == "(" && index > start && parenthesisEndsTitle(at: index) { return index }
      }
      index += 1
    }
    return tokens.count
  }

  /// Notes in brackets after a title (`(Unpublished doctoral dissertation)`, `(2nd ed.)`) and
  /// a bracketed place and date (`(Oxford: Clarendon, 1994)`) are not part of it.
  static let titleNoteWords: Set<String> = [
    "unpublished", "doctoral", "dissertation", "thesis", "master", "masters", "phd",
    "ed", "eds", "edition", "trans", "tr", "rev", "vol", "report", "in", "press", "online",
    "video", "film", "blog", "podcast", "motion", "picture", "tweet", "lecture", "speech",
    "discussion",
  ]

  /// One to three capitalised words, a colon and a capitalised word after the comma at `comma`.
  func placeColonFollows(_ comma: Int) -> Bool {
    var index = comma + 1
    var words = 0
    while let current = token(index), current.isCapitalized, words < 3 {
      words += 1
      index += 1
      if isPunct(index, [","]), token(index + 1)?.isCapitalized == true, words < 3 { index += 1 }
    }
    return words > 0 && isPunct(index, [":"]) && token(index + 1)?.isCapitalized == true
  }

  func parenthesisEndsTitle(at open: Int) -> Bool {
    var index = open + 1
    while index < tokens.count, index <= open + 14 {
      let token = tokens[index]
      if token.isPunct(")") { return false }
      if token.isYear { return true }
      // `(Berlin: Springer)` closing the entry: a place and a publisher, where
      // `(Heteroptera: Cimicomorpha) based on …` is part of the title.
      if token.isPunct(":"), index > open + 1, tokens[index - 1].isCapitalized,
        self.token(index + 1)?.isCapitalized == true, closesEntry(after: index)
      {
        return true
      }
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
}
