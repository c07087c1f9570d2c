/// Finds in-text citations in prose: parenthetical and bracketed author-year, MLA author-page,
/// narrative `Name (2007)`, numeric `[3]`, superscript-style numbers, links and attributions.
///
/// One left-to-right pass over the scalars; every bracket is examined within a fixed window
/// (``maximumBracketLength``), so the work is linear in the text whatever it contains.
public enum InTextCitationFinder {
  /// The longest bracketed citation considered, in scalars (`(Ahmed et al., 2016; …)` groups of
  /// five or six sources fit; longer brackets are asides).
  static let maximumBracketLength = 400

  /// The citations inside `spans` (paragraphs of prose), plus one per link, in text order.
  public static func find(in document: Document, spans: [Span], links: [Link] = [])
    -> [InTextCitation]
  {
    find(in: document, spans: spans, links: links, keepingNameOnly: false)
  }

  /// Like ``find(in:spans:links:)``; with `keepingNameOnly` also bracketed names with no year
  /// or page (`(Duffer)`), which only a reference list can confirm.
  static func find(in document: Document, spans: [Span], links: [Link], keepingNameOnly: Bool)
    -> [InTextCitation]
  {
    var result: [InTextCitation] = []
    var bare: [(InTextCitation, weak: Bool)] = []
    var strongBare = 0
    for span in spans {
      let clamped = Span(max(0, span.start), min(span.end, document.scalars.count))
      scanBrackets(document, clamped, into: &result)
      scanBareNumbers(document, clamped, into: &bare, strong: &strongBare)
    }
    // Superscript callouts flattened to plain digits only count in a text that uses them
    // repeatedly after sentence ends (`… cell line. 3,4 First, …`).
    // `(12)` is a callout only in a text whose numeric citations are parenthesised (several
    // `(10, 20, 21)` and no `[3]`); elsewhere it labels a compound, an equation or a list item.
    let numericParens = result.filter { $0.kind == .numeric && $0.text.hasPrefix("(") }
    let multiParens = numericParens.filter { $0.numbers.count > 1 }.count
    let squares = result.filter { $0.kind == .numeric && $0.text.hasPrefix("[") }.count
    if multiParens < 2 || squares > 0 || strongBare >= 3 {
      result.removeAll { $0.kind == .numeric && $0.text.hasPrefix("(") && $0.numbers.count == 1 }
    }
    if squares > numericParens.count {
      result.removeAll { $0.kind == .numeric && $0.text.hasPrefix("(") }
    }
    if strongBare >= 3 {
      var merged = result
      var cursor = 0
      let sorted = result.sorted { $0.start < $1.start }
      for (candidate, weak) in bare where !weak || strongBare >= 8 {
        while cursor < sorted.count, sorted[cursor].end <= candidate.start { cursor += 1 }
        if cursor < sorted.count, sorted[cursor].span.overlaps(candidate.span) { continue }
        merged.append(candidate)
      }
      result = merged
    }
    if !keepingNameOnly { result.removeAll(where: \.nameOnly) }
    result += attributions(document, spans, avoiding: result)
    result += possessiveMentions(document, spans, avoiding: result)
    for link in links {
      let linkSpan = link.span
      // A link on a citation (`[Brandvold (2019)](https://doi.org/…)`) is that citation's
      // address, not a second citation: the two count once.
      // A link on an attribution (`[Lindgren’s study](…)`) is a link citation that keeps
      // the attribution's name for matching.
      var names = possessiveNames(document, linkSpan)
      if let cited = result.firstIndex(where: {
        $0.span.overlaps(linkSpan) && $0.kind != .numeric
      }) {
        guard result[cited].kind == .attribution else {
          if result[cited].url == nil { result[cited].url = link.url }
          continue
        }
        names = result[cited].names
        result.remove(at: cited)
      }
      var citation = InTextCitation(
        start: linkSpan.start, end: linkSpan.end, text: document.text(of: linkSpan),
        kind: .link, url: link.url)
      citation.names = names
      result.append(citation)
    }
    return result.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
  }

  static func scanBrackets(_ document: Document, _ span: Span, into result: inout [InTextCitation])
  {
    let scalars = document.scalars
    var offset = span.start
    while offset < span.end {
      let scalar = scalars[offset]
      guard scalar == "(" || scalar == "[" else {
        offset += 1
        continue
      }
      let closer: Unicode.Scalar = scalar == "(" ? ")" : "]"
      var cursor = offset + 1
      var closing: Int?
      var restart: Int?
      let limit = min(span.end, offset + maximumBracketLength)
      while cursor < limit {
        let current = scalars[cursor]
        if current == closer {
          closing = cursor
          break
        }
        if current == scalar {
          restart = cursor
          break
        }
        if current == "\n", cursor + 1 < limit, scalars[cursor + 1] == "\n" { break }
        cursor += 1
      }
      if let restart {
        offset = restart
        continue
      }
      guard let closing else {
        offset += 1
        continue
      }
      let found = citations(document, open: offset, close: closing, paragraph: span)
      result += found
      offset = found.isEmpty ? offset + 1 : closing + 1
    }
  }

  /// Digits after a sentence end or a word, standing alone (`… line. 3,4 First`, `… changes 7 .`,
  /// `… balance 3) .`). Each candidate is `strong` (shaped only like a flattened superscript),
  /// plain, or `weak` (`… cross-couplings 3 including …`, kept only in texts full of them).
  static func scanBareNumbers(
    _ document: Document, _ span: Span, into result: inout [(InTextCitation, weak: Bool)],
    strong: inout Int
  ) {
    let scalars = document.scalars
    var offset = span.start
    while offset < span.end {
      guard CitationScalars.isDigit(scalars[offset]), offset > span.start,
        scalars[offset - 1] == " "
      else {
        offset += 1
        continue
      }
      var end = offset
      var digitsInNumber = 0
      var valid = true
      while end < span.end {
        let current = scalars[end]
        if CitationScalars.isDigit(current) {
          digitsInNumber += 1
          if digitsInNumber > 3 { valid = false }
        } else if current == "," || CitationScalars.isDash(current) {
          guard end + 1 < span.end, CitationScalars.isDigit(scalars[end + 1]) else { break }
          digitsInNumber = 0
        } else {
          break
        }
        end += 1
      }
      defer { offset = max(end, offset + 1) }
      guard valid else { continue }
      var leading = 0
      var cursor = offset
      while cursor < end, CitationScalars.isDigit(scalars[cursor]) {
        leading = leading * 10 + Int(scalars[cursor].value - 48)
        cursor += 1
      }
      guard leading > 0, leading <= 500 else { continue }
      // `3)`: the opening bracket of a superscript lost in extraction.
      var after = end < span.end ? scalars[end] : "\n"
      var tail = end
      if after == ")", !openBracketNearby(scalars, before: offset, lower: span.start) {
        tail = end + 1
        after = tail < span.end ? scalars[tail] : "\n"
      } else if after == ")" {
        continue
      }
      let before = offset >= 2 ? scalars[offset - 2] : " "
      let afterNext = tail + 1 < span.end ? scalars[tail + 1] : "\n"
      let afterThird = tail + 2 < span.end ? scalars[tail + 2] : "\n"
      let sentenceBefore = before == "." || before == ";" || before == ")"
      let commaBefore = before == ","
      let wordBefore =
        offset >= 4 && CitationScalars.isLower(before)
        && CitationScalars.isLower(scalars[offset - 3])
        && CitationScalars.isLetter(scalars[offset - 4])
      let etAlBefore =
        before == "." && offset >= 4 && scalars[offset - 3] == "l" && scalars[offset - 4] == "a"
      // After the digits: the end of the line, spaced punctuation (`changes 7 .`), or a new
      // sentence (`line. 3,4 First`), never a formula's next symbol (`C 19 H 17`).
      let lineEnd = after == "\n" || tail == span.end
      let spacedPunct =
        after == " " && (afterNext == "." || afterNext == "," || afterNext == ";")
        && (afterThird == " " || afterThird == "\n")
      let newSentence =
        after == " " && CitationScalars.isUpper(afterNext)
        && (CitationScalars.isLetter(afterThird)
          || ((afterNext == "A" || afterNext == "I") && afterThird == " "))
      let lowerWord =
        after == " " && CitationScalars.isLower(afterNext) && CitationScalars.isLower(afterThird)
      let labelled =
        precededByStopWord(scalars, offset, lower: span.start)
        || (sentenceBefore && precededByStopWord(scalars, offset - 2, lower: span.start))
      guard !labelled else { continue }
      var weak = false
      if etAlBefore {
        weak = false
      } else if sentenceBefore && (lineEnd || newSentence || spacedPunct) {
        strong += 1
      } else if wordBefore && (lineEnd || spacedPunct) {
        if spacedPunct || tail > end { strong += 1 }
      } else if commaBefore && (lowerWord || newSentence) {
        // `(CDCl 3 , 125 MHz)`, `(6.8 mg, 20 mol %)`: a quantity inside brackets.
        if openBracketNearby(scalars, before: offset, lower: span.start)
          || unitFollows(scalars, from: tail + 1, limit: span.end)
        {
          continue
        }
        weak = true
      } else if commaBefore && (lineEnd || spacedPunct) {
        weak = true
      } else {
        continue
      }
      let citationSpan = Span(offset, end)
      result.append(
        (
          InTextCitation(
            start: offset, end: end, text: document.text(of: citationSpan), kind: .numeric,
            numbers: numbers(in: document.text(of: citationSpan))), weak
        ))
    }
  }

  /// Units that follow a quantity (`125 MHz`, `20 mol %`, `1 equiv`): the number is a measure.
  static let units: Set<String> = [
    "mhz", "hz", "khz", "ghz", "mol", "mmol", "equiv", "eq", "mg", "g", "kg", "ml", "l", "h",
    "min", "s", "ms", "nm", "mm", "cm", "m", "km", "ppm", "k", "mm", "um", "µm", "μm", "ng",
    "μg", "µg", "ul", "μl", "µl", "days", "weeks", "years", "patients", "mice", "rats", "cells",
  ]

  static func unitFollows(_ scalars: [Unicode.Scalar], from start: Int, limit: Int) -> Bool {
    var end = start
    while end < limit, end < start + 8, CitationScalars.isLetter(scalars[end]) { end += 1 }
    guard end > start else { return start < limit && scalars[start] == "%" }
    return units.contains(CitationScalars.fold(Document.string(from: scalars[start..<end])))
  }

  /// Whether an unclosed `(` sits shortly before `before` on the same line.
  static func openBracketNearby(_ scalars: [Unicode.Scalar], before: Int, lower: Int) -> Bool {
    var cursor = before - 1
    while cursor >= lower, cursor >= before - 60 {
      let scalar = scalars[cursor]
      if scalar == ")" || scalar == "\n" { return false }
      if scalar == "(" { return true }
      cursor -= 1
    }
    return false
  }

  /// Words after which a number is a label, not a citation (`Figure 3`, `Table 2`).
  static let numberLabels: Set<String> = [
    "figure", "fig", "figs", "table", "chapter", "page", "pages", "section", "part", "step",
    "level", "grade", "type", "group", "phase", "room", "exhibit", "vol", "volume", "no",
    "number", "week", "day", "days", "year", "years", "age", "aged", "class", "unit", "lesson",
    "model", "version", "scheme", "equation", "eq", "appendix", "article", "act", "scene",
    "line", "lines", "verse", "item", "question", "exercise", "episode", "season", "psalm",
    "covid", "war", "than", "about", "mm", "cm", "km", "kg", "mg", "ml", "min", "h",
  ]

  /// Whether the word before offset `before` (skipping spaces) is in ``numberLabels``.
  static func precededByStopWord(_ scalars: [Unicode.Scalar], _ before: Int, lower: Int) -> Bool {
    var end = before
    while end > lower, end > before - 4, scalars[end - 1] == " " { end -= 1 }
    var start = end
    while start > lower, start > end - 20, CitationScalars.isLetter(scalars[start - 1]) {
      start -= 1
    }
    let word = CitationScalars.fold(Document.string(from: scalars[start..<end]))
    return numberLabels.contains(word)
  }

  /// `2, 5-7` → `[2, 5, 6, 7]` (ranges longer than 200 are kept as their ends).
  static func numbers(in text: String) -> [Int] {
    var result: [Int] = []
    var current: Int?
    var rangeStart: Int?
    func flush() {
      guard let value = current else { return }
      if let lower = rangeStart, lower < value, value - lower <= 200 {
        result += Array((lower + 1)...value)
      } else {
        result.append(value)
      }
      current = nil
      rangeStart = nil
    }
    for scalar in text.unicodeScalars {
      if CitationScalars.isDigit(scalar) {
        let digit = Int(scalar.value - 48)
        current = min(99_999, (current ?? 0) * 10 + digit)
      } else if CitationScalars.isDash(scalar) {
        if let value = current {
          result.append(value)
          rangeStart = value
          current = nil
        }
      } else {
        if current != nil { flush() }
      }
    }
    flush()
    return result
  }
}
