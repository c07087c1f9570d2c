/// Volume, issue, pages, and the year when it is not right after the authors.
extension EntryScanner {
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
    var pageYear: Int?
    var index = authorEnd
    while index < tokens.count {
      let token = tokens[index]
      if token.isYear {
        let previous = self.token(index - 1)
        // Pages: `: 1607`, `pp. 1734`, and either end of a range (`1527-1554`, `1735–1780`).
        let pageLike =
          previous.map {
            $0.isPunct(":") || EntryScanner.pageWords.contains($0.text)
              || ($0.kind == .punct && CitationScalars.isDash($0.first)
                && self.token(index - 2)?.kind == .number)
          } ?? false
          || (isPunct(index + 1, ["-", "–", "‑"]) && self.token(index + 2)?.kind == .number)
          || (isPunct(index - 1, ["."])
            && EntryScanner.pageWords.contains(self.token(index - 2)?.text ?? ""))
        if pageLike {
          // `1974–1978` at the end is a span of years; one inside the title is the title's.
          if pageYear == nil, titleRange?.contains(index) != true { pageYear = index }
        } else {
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
    if let chosen = insideTitle ?? loose ?? pageYear { setYear(chosen) }
  }

  mutating func setYear(_ index: Int) {
    year = tokens[index].text
    yearToken = index
    layout.yearAtEnd = skip(index + 1, [".", ",", ")", "]", ";"]) >= tokens.count
    // A year swallowed by a comma-separated title ends the title there.
    if !layout.quotedTitle, let range = titleRange, range.contains(index),
      index > range.lowerBound + 1
    {
      var upper = index
      while upper > range.lowerBound, tokens[upper - 1].kind == .punct { upper -= 1 }
      setTitle(range.lowerBound, upper)
    }
  }
}
