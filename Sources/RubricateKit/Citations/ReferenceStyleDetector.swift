/// Decides which style an entry is written in and what it lacks for that style.
enum ReferenceStyleDetector {
  /// Style by the layout cues each style guide prescribes: APA `(2019).`, Harvard `(2019)`
  /// without the period, Chicago author-date `Family, Given. 2019.`, IEEE `[1]` and `,”`,
  /// MLA `“Title.”` with the year near the end.
  static func style(of entry: ReferenceEntry, layout: EntryLayout) -> ReferenceStyle {
    if layout.bracketNumber || layout.quotedTitleComma { return .ieee }
    if layout.yearInParensAfterAuthors {
      if layout.availableAt { return .harvard }
      return layout.yearParenPeriod ? .apa : .harvard
    }
    if layout.bareYearAfterAuthors { return .chicago }
    if layout.quotedTitlePeriod || layout.mlaMedium { return .mla }
    // Numbered lists (`3. Gimlich, R. L. …`) and initials-first names with the year at the end
    // (`A. L. Yuille. Title. Journal, 3(1), 1991.`) are the numbered (IEEE / Vancouver) family.
    if entry.number != nil || layout.givenFirstInitials { return .ieee }
    if entry.authors.isEmpty && entry.title == nil { return .unknown }
    if layout.placeColonPublisher && entry.year != nil { return .chicago }
    if layout.invertedFirstAuthor && !layout.initialsOnly && entry.title != nil
      && (entry.container != nil || entry.publisher != nil)
    {
      return .mla
    }
    if layout.volumeMarker && !layout.invertedFirstAuthor { return .ieee }
    return .unknown
  }

  /// Problems in the order a student should fix them.
  static func problems(
    of entry: ReferenceEntry, layout: EntryLayout, document: Document, span: Span
  ) -> [ReferenceProblem] {
    var problems: [ReferenceProblem] = []
    if entry.authors.isEmpty && entry.style != .mla { problems.append(.noAuthor) }
    if entry.year == nil { problems.append(.noYear) }
    if entry.title == nil { problems.append(.noTitle) }
    if entry.container == nil && entry.publisher == nil { problems.append(.noContainerOrPublisher) }
    let counts = count(document: document, span: span)
    if layout.unclosedQuote || counts.curlyOpen != counts.curlyClose
      || counts.straight % 2 == 1
    {
      problems.append(.unbalancedQuotes)
    }
    if counts.openParens != counts.closeParens { problems.append(.unbalancedParentheses) }
    if counts.garbled > 0 { problems.append(.garbledCharacters) }
    return problems
  }

  struct Counts {
    var curlyOpen = 0
    var curlyClose = 0
    var straight = 0
    var openParens = 0
    var closeParens = 0
    var garbled = 0
  }

  /// Mojibake and stray symbols that appear when text is copied between encodings or from PDFs
  /// (observed in pasted bibliographies: `±` for an en dash, `â€` sequences, `Ã©`, the
  /// replacement character).
  static let garbledScalars: Set<Unicode.Scalar> = ["\u{FFFD}", "\u{00B1}", "\u{00AC}", "\u{0080}"]

  static func count(document: Document, span: Span) -> Counts {
    var counts = Counts()
    let scalars = document.scalars
    var offset = span.start
    while offset < span.end {
      let scalar = scalars[offset]
      let previous = offset > span.start ? scalars[offset - 1] : " "
      let next = offset + 1 < span.end ? scalars[offset + 1] : " "
      switch scalar {
      case "“": counts.curlyOpen += 1
      case "”": counts.curlyClose += 1
      case "\"": counts.straight += 1
      case "(": counts.openParens += 1
      case ")": counts.closeParens += 1
      case "\u{00B1}":
        // `40±58`: a plus-minus between digits or letters where a dash belongs.
        if !CitationScalars.isSpace(previous) || !CitationScalars.isSpace(next) {
          counts.garbled += 1
        }
      case "\u{FFFD}", "\u{00AC}":
        counts.garbled += 1
      case "â", "Ã", "Â":
        // `â€™`, `Ã©`, `Â `: UTF-8 read as Latin-1 or Windows-1252.
        if ("\u{0080}"..."\u{00BF}").contains(next) || next == "€" || next == "\u{201A}"
          || next == "\u{2122}" || next == "\u{0153}" || next == "\u{00A0}"
        {
          counts.garbled += 1
        }
      default:
        if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" { counts.garbled += 1 }
      }
      offset += 1
    }
    return counts
  }
}
