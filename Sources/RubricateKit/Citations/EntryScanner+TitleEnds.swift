/// Where an unquoted title ends when no period ends it: a trailing container after a comma
/// (`Fast fashion and its cost, Vogue.`) and a closing `(Place: Publisher)`.
extension EntryScanner {
  /// `Fast fashion and its cost, Vogue.`: a title whose sentence runs on through a comma into a
  /// short capitalised name (a journal, paper or publisher) that ends the entry or comes before
  /// its year, a number or a link. Returns that comma.
  func containerAfterComma(from start: Int, to end: Int) -> Int? {
    var index = start + 2
    while index < end {
      if isPunct(index, [","]), let next = token(index + 1), next.isCapitalized {
        var probe = index + 1
        var words = 0
        while probe < end, words <= 6, let word = token(probe), word.kind == .word, !word.isYear,
          word.isCapitalized || EntryScanner.corporateGlue.contains(word.text)
            || word.text == "and" || word.text == "&"
        {
          words += 1
          probe += 1
        }
        if words >= 1, words <= 6, runEndsEntry(at: probe, sentenceEnd: end) { return index }
      }
      index += 1
    }
    return nil
  }

  func runEndsEntry(at index: Int, sentenceEnd end: Int) -> Bool {
    guard let token = token(index) else { return true }
    if token.isYear || token.kind == .number { return !rangeStarts(at: index) }
    if token.kind == .link { return true }
    let next = skip(index + 1, [".", ",", ";"])
    if let after = self.token(next), after.isYear || after.kind == .number,
      rangeStarts(at: next)
    {
      return false
    }
    let after = self.token(next)
    if index == end {
      // The title's own period: only a date, a number or a link may follow.
      guard let after else { return true }
      return after.isYear || after.kind == .number || after.kind == .link
    }
    guard token.isPunct(",") else { return false }
    guard let after else { return true }
    return after.isYear || after.kind == .number || after.kind == .link
      || EntryScanner.accessWords.contains(after.text)
  }

  /// `1850–1920`, `1991-December 1996`: a span of dates inside a title.
  func rangeStarts(at index: Int) -> Bool {
    guard let dash = token(index + 1), dash.kind == .punct, !dash.spaceBefore else { return false }
    return CitationScalars.isDash(dash.first)
  }

  /// Words that start an access note after a web source (`viewed 12 March`, `retrieved from`).
  static let accessWords: Set<String> = [
    "viewed", "Viewed", "retrieved", "Retrieved", "accessed", "Accessed", "available",
    "Available",
  ]

  /// Whether the bracket open at `index` closes within a few tokens and only a year, a number
  /// or nothing follows it.
  func closesEntry(after index: Int) -> Bool {
    var close = index
    while close < tokens.count, close <= index + 8, !isPunct(close, [")"]) { close += 1 }
    guard isPunct(close, [")"]) else { return false }
    guard let after = token(skip(close + 1, [".", ",", ";"])) else { return true }
    return after.isYear || after.kind == .number
  }
}
