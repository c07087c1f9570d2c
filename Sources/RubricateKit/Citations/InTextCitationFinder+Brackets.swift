/// What a bracket holds: author-year parts, MLA author-page, numbers, or a year after a name.
extension InTextCitationFinder {
  /// Words that may open a citation part before the names (`see`, `e.g.`, `cited in`).
  static let cueWords: Set<String> = [
    "see", "also", "e", "g", "eg", "cf", "i", "ie", "for", "example", "instance", "as", "cited",
    "quoted", "in", "reviewed", "by", "discussed", "compare", "contra", "but", "and", "after",
    "following", "adapted", "from", "data", "source", "sources", "reported",
  ]
  /// Capitalised words that are not authors when they stand before a number (`(Figure 3)`).
  static let labelWords: Set<String> = [
    "figure", "fig", "figs", "table", "chapter", "ch", "page", "section", "sec", "part", "step",
    "level", "grade", "type", "group", "phase", "room", "exhibit", "appendix", "equation", "eq",
    "scheme", "model", "version", "article", "act", "scene", "line", "verse", "item",
    "question", "unit", "lesson", "week", "day", "year", "age", "class", "book", "psalm",
    "covid", "sars", "war", "mark", "matthew", "luke", "john", "genesis", "exodus",
    "vol", "volume", "no", "number", "n", "p", "pp", "para", "box", "plate", "map", "image",
    "slide", "video", "episode", "season", "track", "study", "experiment", "trial", "sample",
    "grades", "ages", "pages", "figures", "tables", "schemes", "sections", "chapters", "steps",
    "compounds", "compound", "entries", "entry", "eqs", "refs", "ref", "lanes", "lane", "panels",
    "tab", "tabs", "eqn", "suppl", "supplementary", "supplemental", "sup", "ext", "extended",
    "panel", "i", "ii", "iii", "iv", "v", "us",
  ]
  /// Months: `in March (2020)` is a date, not a citation.
  static let months: Set<String> = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "spring", "summer", "fall", "autumn", "winter",
  ]
  /// Capitalised words that start sentences and are never authors before `(2007)`.
  static let notNames: Set<String> = [
    "the", "a", "an", "in", "on", "at", "this", "that", "these", "those", "it", "he", "she",
    "they", "we", "i", "you", "his", "her", "their", "our", "my", "however", "according", "as",
    "by", "for", "from", "since", "until", "after", "before", "during", "when", "while", "if",
    "and", "but", "or", "so", "then", "also", "here", "there", "today", "now", "later", "both",
    "each", "all", "some", "many", "most", "one", "two", "three", "first", "second", "third",
    "finally", "next", "last", "figure", "table", "chapter", "section", "page", "appendix",
  ]

  /// A family name or organisation word: `Brandt`, `McCarthy`, `O’Neil`, `BBC`, `van` (not
  /// `CDCl`, `A`, `Å`).
  static func looksLikeName(_ word: String) -> Bool {
    let scalars = Array(word.unicodeScalars)
    guard scalars.count >= 2 else { return false }
    if scalars.allSatisfy({ CitationScalars.isUpper($0) }) { return scalars.count >= 2 }
    var upperInside = 0
    for (index, scalar) in scalars.enumerated() where index > 0 && CitationScalars.isUpper(scalar) {
      let previous = scalars[index - 1]
      if previous == "’" || previous == "'" || previous == "-" { continue }
      upperInside += 1
    }
    let prefix = String(String.UnicodeScalarView(scalars.prefix(3)))
    return upperInside == 0
      || (upperInside == 1
        && (prefix.hasPrefix("Mc") || prefix == "Mac"
          || prefix.hasPrefix("De") || prefix.hasPrefix("La") || prefix.hasPrefix("Le")
          || prefix.hasPrefix("Di") || prefix.hasPrefix("Du") || prefix.hasPrefix("Va")))
  }

  static func isLocatorWord(_ text: String) -> Bool {
    ["p", "pp", "pg", "para", "paras", "ch", "chap", "sec", "n", "line", "lines", "fig", "vol"]
      .contains(CitationScalars.fold(text))
  }

  /// The citations a bracket from `open` to `close` (inclusive) holds; empty for an aside.
  static func citations(_ document: Document, open: Int, close: Int, paragraph: Span)
    -> [InTextCitation]
  {
    let inner = Span(open + 1, close)
    let tokens = CitationTokenizer.tokens(in: document, span: inner)
    guard !tokens.isEmpty else { return [] }
    let square = document.scalars[open] == "["
    if let numeric = numericCitation(
      document, open: open, close: close, tokens: tokens, square: square,
      paragraph: paragraph)
    {
      return [numeric]
    }
    // Split at semicolons into parts, each one source.
    var parts: [ArraySlice<CitationToken>] = []
    var partStart = 0
    for (index, token) in tokens.enumerated() where token.isPunct(";") {
      parts.append(tokens[partStart..<index])
      partStart = index + 1
    }
    parts.append(tokens[partStart...])
    var parsed:
      [(
        part: ArraySlice<CitationToken>, names: [String], year: String?, locator: String?,
        nameOnly: Bool
      )] = []
    // `(OCH 3 )`: a space before the closing bracket is a formula's subscript, not a page.
    let spacedClose = close > open + 1 && CitationScalars.isSpace(document.scalars[close - 1])
    for part in parts {
      guard let reading = readPart(part) else { continue }
      if spacedClose && reading.year == nil { continue }
      parsed.append((part, reading.names, reading.year, reading.locator, reading.nameOnly))
    }
    if parsed.isEmpty {
      // `(2007)` after a name: a narrative citation.
      if let narrative = narrativeCitation(
        document, open: open, close: close, tokens: tokens,
        paragraph: paragraph)
      {
        return [narrative]
      }
      return []
    }
    // A part that reads as a citation among parts that do not is still an aside
    // (`(see chapter 2; Smith 45)` is kept, `(in 2010; we moved)` is not).
    guard parsed.count * 2 >= parts.count else { return [] }
    var result: [InTextCitation] = []
    for (index, item) in parsed.enumerated() {
      let first = index == 0
      let last = index == parsed.count - 1
      let lower = first ? open : (item.part.first?.start ?? open)
      let upper = last ? close + 1 : (item.part.last?.end ?? close)
      let span = Span(lower, upper)
      var citation = InTextCitation(
        start: span.start, end: span.end, text: document.text(of: span), kind: .parenthetical,
        names: item.names, year: item.year, locator: item.locator)
      citation.nameOnly = item.nameOnly
      result.append(citation)
    }
    return result
  }

  /// One part of a bracket: names then a year (`Wu, 2001, p. 390`) or names then a page
  /// (`Brandt 45`).
  static func readPart(_ part: ArraySlice<CitationToken>) -> (
    names: [String], year: String?, locator: String?, nameOnly: Bool
  )? {
    var tokens = Array(part)
    // Leading cue words (`see also`, `e.g.,`) and punctuation.
    var start = 0
    while start < tokens.count {
      let token = tokens[start]
      if token.kind == .word, token.isLowercaseWord, cueWords.contains(token.text) {
        start += 1
      } else if token.kind == .word, token.text == "See" || token.text == "Cf" || token.text == "E"
      {
        start += 1
      } else if token.kind == .punct, [".", ",", ":"].contains(token.first), start > 0 {
        start += 1
      } else {
        break
      }
    }
    tokens = Array(tokens[start...])
    guard let firstToken = tokens.first,
      firstToken.kind == .word || firstToken.isPunct("“")
        || firstToken.isPunct("\"")
    else { return nil }
    // Find the year (the first year-shaped token, or `n.d.`, `in press`).
    var yearIndex: Int?
    var yearText: String?
    var afterYear = 0
    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      if token.isYear {
        yearIndex = index
        yearText = token.text
        afterYear = index + 1
        break
      }
      if token.text == "n" || token.text == "N", index + 2 < tokens.count,
        tokens[index + 1].isPunct("."),
        tokens[index + 2].text == "d" || tokens[index + 2].text == "D"
      {
        yearIndex = index
        yearText = "n.d."
        afterYear = min(
          tokens.count, index + (index + 3 < tokens.count && tokens[index + 3].isPunct(".") ? 4 : 3)
        )
        break
      }
      if token.text == "in", index + 1 < tokens.count, tokens[index + 1].text == "press" {
        yearIndex = index
        yearText = "in press"
        afterYear = index + 2
        break
      }
      if token.text == "forthcoming" {
        yearIndex = index
        yearText = "forthcoming"
        afterYear = index + 1
        break
      }
      index += 1
    }
    if let yearIndex {
      // A year range (`1998–2004`) is a period of time, not a citation.
      if afterYear + 1 < tokens.count, tokens[afterYear].kind == .punct,
        CitationScalars.isDash(tokens[afterYear].first) || tokens[afterYear].isPunct("/"),
        tokens[afterYear + 1].kind == .number
      {
        return nil
      }
      guard let names = names(tokens[0..<yearIndex]) ?? namesAfterLabel(tokens[0..<yearIndex]),
        !names.isEmpty
      else { return nil }
      let nameWords = names.flatMap { $0.split(separator: " ").map(String.init) }
      if nameWords.contains(where: {
        months.contains(CitationScalars.fold($0)) || labelWords.contains(CitationScalars.fold($0))
      }) {
        return nil
      }
      guard let locator = locator(tokens[afterYear...]) else { return nil }
      return (names, yearText, locator.isEmpty ? nil : locator, false)
    }
    // MLA author-page: names then a page number or range at the end.
    var numberStart = tokens.count
    while numberStart > 0 {
      let token = tokens[numberStart - 1]
      if token.kind == .number
        || (token.kind == .punct
          && (CitationScalars.isDash(token.first) || token.first == ","))
      {
        numberStart -= 1
      } else {
        break
      }
    }
    if numberStart == tokens.count {
      // `(Duffer)`: a name alone, kept only when the reference list has that name.
      guard tokens.count <= 8, let names = names(tokens[...]), names.count <= 3 else { return nil }
      let words = names.flatMap { $0.split(separator: " ").map(String.init) }
      guard words.count <= 4, words.allSatisfy(looksLikeName),
        !words.contains(where: {
          labelWords.contains(CitationScalars.fold($0)) || months.contains(CitationScalars.fold($0))
            || notNames.contains(CitationScalars.fold($0))
        })
      else { return nil }
      return (names, nil, nil, true)
    }
    guard numberStart > 0,
      tokens[numberStart..<tokens.count].contains(where: { $0.kind == .number })
    else { return nil }
    var nameEnd = numberStart
    var pageStart = numberStart
    // `(Brandt, p. 45)`
    if nameEnd >= 2, tokens[nameEnd - 1].isPunct("."), isLocatorWord(tokens[nameEnd - 2].text) {
      nameEnd -= 2
      pageStart = nameEnd
    } else if nameEnd >= 1, isLocatorWord(tokens[nameEnd - 1].text) {
      nameEnd -= 1
      pageStart = nameEnd
    }
    while nameEnd > 0, tokens[nameEnd - 1].isPunct(",") { nameEnd -= 1 }
    guard nameEnd > 0, let names = names(tokens[0..<nameEnd]), !names.isEmpty else { return nil }
    // An author-page citation names people or organisations: no labels (`Table 3`), no
    // formula-like words (`CDCl 3`, `CAP-07`), and the page stands apart from the name.
    let nameWords = names.flatMap { $0.split(separator: " ").map(String.init) }
    if nameWords.contains(where: {
      labelWords.contains(CitationScalars.fold($0)) || months.contains(CitationScalars.fold($0))
    }) {
      return nil
    }
    // `(SIM of 10)`, `(OCH 3 )`: a label or a formula, not an author and a page.
    if let lastName = nameWords.last, EntryScanner.corporateGlue.contains(lastName) { return nil }
    guard nameWords.allSatisfy(looksLikeName), tokens[numberStart].spaceBefore,
      !(numberStart > 0 && tokens[numberStart - 1].kind == .punct
        && CitationScalars.isDash(tokens[numberStart - 1].first))
    else { return nil }
    guard let first = tokens[numberStart...].first(where: { $0.kind == .number }),
      first.text.unicodeScalars.count <= 4
    else { return nil }
    let locator = Document.string(
      from: ArraySlice(tokens[pageStart...].map(\.text).joined(separator: " ").unicodeScalars))
    return (names, nil, locator, false)
  }

  /// `RTE-1 – Dagan et al.,` or `Paper V of this series, Gavazzi et al.`: names after a label
  /// that ends with a dash, a colon or a comma (never the comma right before the year).
  static func namesAfterLabel(_ tokens: ArraySlice<CitationToken>) -> [String]? {
    var end = tokens.endIndex
    while end > tokens.startIndex, tokens[end - 1].isPunct(",") { end -= 1 }
    var index = end - 1
    while index > tokens.startIndex {
      let token = tokens[index]
      if token.kind == .punct,
        token.first == "," || token.first == ":"
          || (CitationScalars.isDash(token.first) && token.spaceBefore)
      {
        let tail = tokens[(index + 1)..<end]
        guard let names = names(tail), let first = tail.first, first.isCapitalized,
          !notNames.contains(CitationScalars.fold(first.text))
        else { return nil }
        return names
      }
      index -= 1
    }
    return nil
  }

  /// What may follow the year: `a`/`b` is in the year token; `, p. 390`, `: 45`, `, para. 4`.
  /// Returns the locator ("" when none), or `nil` when prose follows (an aside).
  static func locator(_ tokens: ArraySlice<CitationToken>) -> String? {
    var words: [String] = []
    for token in tokens {
      switch token.kind {
      case .number: words.append(token.text)
      case .punct:
        if token.first == "," || token.first == ":" || token.first == "." { continue }
        if CitationScalars.isDash(token.first) { words.append("-") } else { return nil }
      case .word:
        // `2011a, b`: a second work of the same year.
        if token.text.unicodeScalars.count == 1, let letter = token.text.unicodeScalars.first,
          ("a"..."h").contains(letter)
        {
          continue
        }
        if isLocatorWord(token.text)
          || [
            "chapter", "table", "figure", "paragraph", "section",
            "emphasis", "added", "original", "italics", "mine", "ff", "f",
          ].contains(
            CitationScalars.fold(token.text))
        {
          words.append(token.text)
        } else {
          return nil
        }
      case .link: return nil
      }
    }
    return words.joined(separator: " ")
  }

  /// The family names in a citation's author part (`Okafor and Lindqvist`, `Kim et al.`,
  /// `World Health Organization [WHO]`), or `nil` when the part is prose.
  static func names(_ tokens: ArraySlice<CitationToken>) -> [String]? {
    var names: [String] = []
    var current: [String] = []
    var nameWords = 0
    func flush() {
      if !current.isEmpty { names.append(current.joined(separator: " ")) }
      current = []
    }
    var index = tokens.startIndex
    var quoted = false
    while index < tokens.endIndex {
      let token = tokens[index]
      switch token.kind {
      case .word:
        if token.text == "et", index + 1 < tokens.endIndex, tokens[index + 1].text == "al" {
          flush()
          index += 2
          continue
        }
        if ["and", "&", "And", "und", "y"].contains(token.text) {
          flush()
        } else if token.isCapitalized || quoted
          || EntryScanner.particles.contains(token.text)
          || (EntryScanner.corporateGlue.contains(token.text) && !current.isEmpty)
        {
          var word = token.text
          if word.hasSuffix("’s") || word.hasSuffix("'s") {
            word = String(word.dropLast(2))
          }
          current.append(word)
          nameWords += 1
        } else {
          return nil
        }
      case .punct:
        switch token.first {
        case ",", ";", "&": flush()
        case ".", "’", "'", "-", "–", "[", "]": break
        case "“", "\"", "”", "‘":
          quoted.toggle()
        default: return nil
        }
      case .number, .link:
        return nil
      }
      index += 1
    }
    flush()
    guard nameWords <= 9, !names.isEmpty else { return nil }
    return names
  }
}
