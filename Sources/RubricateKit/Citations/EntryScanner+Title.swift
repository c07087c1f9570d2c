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
          if !abbreviation { return index }
        }
        if (token.first == "?" || token.first == "!") && spaced
          && !(next?.isLowercaseWord ?? false)
        {
          return index + 1
        }
        if allowComma && token.first == "," && spaced && index > start { return index }
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
