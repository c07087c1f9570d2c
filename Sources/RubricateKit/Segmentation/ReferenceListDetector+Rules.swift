import Foundation

/// The rules: headings, entry grouping and the bibliography shape of a line.
extension ReferenceListDetector {
  /// The heading key of a short line (`6 References:` → `references`), or `nil` when the line
  /// is too long to be a heading.
  static func headingKey(_ document: Document, _ span: Span) -> String? {
    guard span.length <= 60 else { return nil }
    // Folding plain ASCII only lower-cases it (a test holds Foundation to that), and folding
    // through `NSString` was most of the cost of looking for a heading in a profile.
    let line = document.text(of: span)
    var text = line.isPlainASCII ? line.lowercased() : CitationScalars.fold(line)
    // Numbering and `Appendix III:` prefixes.
    if text.hasPrefix("appendix"), let colon = text.firstIndex(of: ":") {
      text = String(text[text.index(after: colon)...])
    }
    let scalars = Array(text.unicodeScalars)
    var start = 0
    while start < scalars.count,
      CitationScalars.isDigit(scalars[start]) || scalars[start] == "." || scalars[start] == " "
        || scalars[start] == ")"
    {
      start += 1
    }
    var end = scalars.count
    while end > start, [":", "-", ".", " ", "—", "–"].contains(scalars[end - 1]) { end -= 1 }
    guard start < end else { return nil }
    var key = Document.string(from: scalars[start..<end])
    // `#` and `*` from Markdown headings.
    key = key.trimmingCharacters(in: markdownMarks)
    return key
  }

  /// What Markdown puts around a heading, made into a set once rather than for every line.
  static let markdownMarks = CharacterSet(charactersIn: "#* ")

  /// How many heading lines are tried, from the last one up (bounds the work on texts that
  /// repeat a heading word on many lines).
  static let maximumHeadingAttempts = 4

  static func isHeading(_ document: Document, _ line: Line) -> String? {
    guard let key = headingKey(document, line.span),
      headings.contains(key) || weakHeadings.contains(key)
    else { return nil }
    return key
  }

  static func underHeading(_ document: Document, _ lines: [Line]) -> ReferenceList? {
    // The last heading wins: a table of contents may name "References" near the top.
    var index = lines.count - 1
    var attempts = 0
    while index >= 0, attempts < maximumHeadingAttempts {
      let line = lines[index]
      defer { index -= 1 }
      guard let key = isHeading(document, line) else { continue }
      attempts += 1
      let body = entryLines(document, lines, from: index + 1)
      var entries = group(document, body)
      var shapes = entries.map { shape(document, $0) }
      trimNonEntries(document, &entries, &shapes)
      let shaped = shapes.filter { $0 >= 3 }.count
      let strong = headings.contains(key)
      // A list of roman-numbered notes (`iii Robert Roberts, …`) is endnotes, not references.
      let notes = entries.filter { romanNumbered(document, $0) }.count
      guard !entries.isEmpty, notes * 2 < entries.count, strong || shaped * 2 >= entries.count
      else { continue }
      var heading = line
      // `Works Cited` then `Works Consulted`: one list under two headings.
      if let earlier = earlierList(document, lines, before: index) {
        entries = earlier.entries + entries
        heading = earlier.heading
      }
      return ReferenceList(
        heading: heading.span, entries: entries, firstParagraph: heading.paragraph,
        rule: strong ? "heading:\(key)" : "weak-heading:\(key)")
    }
    return nil
  }

  /// Drops what sits in a list but is no entry: a note to the reader written as prose, and the
  /// run of lines at the end that look like nothing a bibliography holds (an appendix).
  static func trimNonEntries(_ document: Document, _ entries: inout [Span], _ shapes: inout [Int]) {
    var kept: [Span] = []
    var keptShapes: [Int] = []
    for (entry, score) in zip(entries, shapes) {
      if score == 0, entry.length > 150, looksLikeProse(document, entry) { continue }
      kept.append(entry)
      keptShapes.append(score)
    }
    // Three or more shapeless lines at the end are what follows the list, not entries.
    var junk = 0
    while junk < kept.count, keptShapes[kept.count - 1 - junk] == 0,
      !startsWithNumbering(document, kept[kept.count - 1 - junk])
    {
      junk += 1
    }
    if junk >= 3, junk < kept.count {
      kept.removeLast(junk)
      keptShapes.removeLast(junk)
    }
    entries = kept
    shapes = keptShapes
  }

  /// A list under an earlier heading that runs right up to the heading at `index`.
  static func earlierList(_ document: Document, _ lines: [Line], before index: Int)
    -> (heading: Line, entries: [Span])?
  {
    var cursor = index - 1
    while cursor >= 0, cursor >= index - maximumTrailingLines {
      let line = lines[cursor]
      if isHeading(document, line) != nil {
        let between = Array(lines[(cursor + 1)..<index])
        guard !between.isEmpty else { return nil }
        let entries = group(document, between)
        guard entries.allSatisfy({ shape(document, $0) >= 2 }) else { return nil }
        return (line, entries)
      }
      if isStopLine(document, line.span) { return nil }
      cursor -= 1
    }
    return nil
  }

  /// The lines after a heading up to the first line that starts something else.
  static func entryLines(_ document: Document, _ lines: [Line], from start: Int) -> [Line] {
    var result: [Line] = []
    var index = start
    var firstIsNote: Bool?
    while index < lines.count {
      let line = lines[index]
      if isStopLine(document, line.span) { break }
      // Endnotes (`1 Luna and Klein, pg 1.`) after a list of entries end the list.
      let note = looksLikeNote(document, line.span) && !startsWithNumbering(document, line.span)
      if let firstIsNote, !firstIsNote, note, line.opensParagraph || !result.isEmpty { break }
      if firstIsNote == nil { firstIsNote = note }
      result.append(line)
      index += 1
    }
    return result
  }

  static func isStopLine(_ document: Document, _ span: Span) -> Bool {
    guard span.length <= 80 else { return false }
    let text = CitationScalars.fold(document.text(of: span))
    for prefix in stopPrefixes where text.hasPrefix(prefix) {
      // `Table of …` in a title is an entry; a short heading-like line is not.
      return span.length <= 40 || !text.containsText(".")
    }
    return false
  }

  /// Joins wrapped lines into entries: a line continues the previous entry when it is
  /// indented under it, starts in lower case, or follows a line that did not end an entry.
  static func group(_ document: Document, _ lines: [Line]) -> [Span] {
    var entries: [Span] = []
    var previous: Line?
    var firstIndented = false
    // Whether the current entry has a year is worked out only when a short line asks: scanning
    // every line for one was most of the cost of grouping prose, whose lines are too long to
    // be fragments. `entryYear` covers the entry's lines looked at so far, `unlooked` the rest.
    var entryYear = false
    var unlooked: [Span] = []
    func entryHasYear() -> Bool {
      if !entryYear { entryYear = unlooked.contains { containsYear(document, $0) } }
      unlooked.removeAll()
      return entryYear
    }
    for line in lines {
      defer { previous = line }
      guard let last = previous, var current = entries.last,
        last.paragraph == line.paragraph
          || isFragment(
            document, line, lineHasYear: { containsYear(document, line.span) },
            entryHasYear: entryHasYear)
      else {
        entries.append(line.span)
        firstIndented = line.indented
        (entryYear, unlooked) = (false, [line.span])
        continue
      }
      if last.paragraph != line.paragraph
        || continues(document, last: last, line: line, firstIndented: firstIndented)
      {
        current = Span(current.start, line.span.end)
        entries[entries.count - 1] = current
        unlooked.append(line.span)
      } else {
        entries.append(line.span)
        firstIndented = line.indented
        (entryYear, unlooked) = (false, [line.span])
      }
    }
    return entries
  }

  /// A piece of an entry pasted as its own paragraph: it starts with punctuation
  /// (`. Chicago Tribune, 2014.`), or it is a few words with no year after an entry that has
  /// none yet (a container name on its own line). The years are asked for last, as they take
  /// a scan of the text.
  static func isFragment(
    _ document: Document, _ line: Line, lineHasYear: () -> Bool, entryHasYear: () -> Bool
  ) -> Bool {
    let first = document.scalars[line.span.start]
    if [".", ",", ";", ":", ")"].contains(first) { return true }
    if CitationScalars.isLower(first) && !endsWithLink(document, line.span)
      && !startsWithParticleName(document, line.span)
    {
      return true
    }
    guard line.span.length < 40, !startsWithNumbering(document, line.span), !entryHasYear(),
      !lineHasYear()
    else { return false }
    var words = 1
    for offset in line.span.range where document.scalars[offset] == " " { words += 1 }
    return words <= 5
  }

  /// Whether a four-digit year (1400–2099) stands in the span.
  static func containsYear(_ document: Document, _ span: Span) -> Bool {
    let scalars = document.scalars
    var run = 0
    var value = 0
    for offset in span.range {
      let scalar = scalars[offset]
      if CitationScalars.isDigit(scalar) {
        run += 1
        value = value * 10 + Int(scalar.value - 48)
        if run > 4 { value = 99_999 }
      } else {
        if run == 4, CitationScalars.yearRange.contains(value) { return true }
        run = 0
        value = 0
      }
    }
    return run == 4 && CitationScalars.yearRange.contains(value)
  }

  static func continues(_ document: Document, last: Line, line: Line, firstIndented: Bool)
    -> Bool
  {
    let scalars = document.scalars
    let first = scalars[line.span.start]
    if startsWithNumbering(document, line.span) { return false }
    if CitationScalars.isLower(first) {
      // `van Langenhove, Luk.` after a finished entry starts the next one.
      return !(startsWithParticleName(document, line.span) && endsEntry(document, last.span))
    }
    if line.indented && !firstIndented { return true }
    if endsEntry(document, last.span) { return false }
    // An unfinished line followed by a line that starts like an entry (a name and a year)
    // is still a new entry: one-a-line lists often drop the final period.
    return shape(document, line.span) < 3
  }

  static func endsEntry(_ document: Document, _ span: Span) -> Bool {
    let ending = document.scalars[span.end - 1]
    return [".", ")", "”", "\"", "]", "’", "'", ">"].contains(ending)
      || CitationScalars.isDigit(ending) || endsWithLink(document, span)
  }

  /// `van Dijk, T.`, `de Certeau, Michel`: a particle, a capitalised name, then a comma.
  static func startsWithParticleName(_ document: Document, _ span: Span) -> Bool {
    let tokens = CitationTokenizer.tokens(
      in: document, span: Span(span.start, min(span.end, span.start + 40)))
    var index = 0
    while index < tokens.count, EntryScanner.particles.contains(tokens[index].text) { index += 1 }
    return index > 0 && index + 1 < tokens.count && tokens[index].isCapitalized
      && (tokens[index + 1].isPunct(",") || tokens[index + 1].isCapitalized)
  }

  static func endsWithLink(_ document: Document, _ span: Span) -> Bool {
    var start = span.end
    while start > span.start, !CitationScalars.isSpace(document.scalars[start - 1]) { start -= 1 }
    let word = document.text(of: Span(start, span.end)).lowercased()
    return word.hasPrefix("http") || word.hasPrefix("www.") || word.hasPrefix("doi:")
  }

  /// `[3]`, `3.`, `(3)`, `•`, `-` at the start of a line.
  static func startsWithNumbering(_ document: Document, _ span: Span) -> Bool {
    let scalars = document.scalars
    let first = scalars[span.start]
    if EntryScanner.bullets.contains(first), span.length > 1, scalars[span.start + 1] == " " {
      return true
    }
    var index = span.start
    if first == "[" || first == "(" { index += 1 }
    let digitsStart = index
    while index < span.end, index < digitsStart + 4, CitationScalars.isDigit(scalars[index]) {
      index += 1
    }
    guard index > digitsStart, index < span.end else { return false }
    return scalars[index] == "]" || scalars[index] == "." || scalars[index] == ")"
  }

  /// How much a line looks like a bibliography entry (0–7): the fields the parser finds.
  static func shape(_ document: Document, _ span: Span) -> Int {
    guard span.length >= 20, span.length <= 1_500 else { return 0 }
    if looksLikeNote(document, span) || looksLikeProse(document, span) { return 0 }
    let entry = ReferenceParser.parse(document: document, span: span)
    var score = 0
    if let year = entry.year, year != "n.d." || !entry.authors.isEmpty { score += 1 }
    if let first = entry.authors.first, !first.family.isEmpty,
      entry.authors.count > 1 || first.given != nil || entry.style != .unknown
    {
      score += 1
    }
    if let title = entry.title, title.unicodeScalars.count + 10 < span.length { score += 1 }
    if entry.container != nil || entry.publisher != nil { score += 1 }
    if entry.url != nil || entry.doi != nil { score += 1 }
    if entry.volume != nil || entry.pages != nil { score += 1 }
    if entry.style != .unknown { score += 1 }
    return score
  }

  /// `xiv Vicinus, 250.`: a roman-numbered endnote.
  static func romanNumbered(_ document: Document, _ span: Span) -> Bool {
    let scalars = document.scalars
    var index = span.start
    while index < span.end, index < span.start + 6,
      ["i", "v", "x", "l", "c"].contains(scalars[index])
    {
      index += 1
    }
    return index > span.start && index < span.end && scalars[index] == " "
  }

  /// A footnote or endnote: `4 David Tyack, …`, `iii Robert Roberts, …`, `Ibid.`, `Roberts, 88.`.
  static func looksLikeNote(_ document: Document, _ span: Span) -> Bool {
    let scalars = document.scalars
    var index = span.start
    while index < span.end, index < span.start + 6,
      CitationScalars.isDigit(scalars[index]) || ["i", "v", "x", "l", "c"].contains(scalars[index])
    {
      index += 1
    }
    if index > span.start, index < span.end, scalars[index] == " " { return true }
    if ["*", "†", "‡", "§"].contains(scalars[span.start]) { return true }
    let text = document.text(of: Span(span.start, min(span.end, span.start + 6))).lowercased()
    if text.hasPrefix("ibid") || text.hasPrefix("id.") || text.hasPrefix("see ") { return true }
    return endsWithNoteLocator(scalars, span)
  }

  /// A Chicago note ends with its page after the bracketed publication facts:
  /// `… (Mentor, 1963), p. 24.` or `…, 1974), 188.`
  static func endsWithNoteLocator(_ scalars: [Unicode.Scalar], _ span: Span) -> Bool {
    var index = span.end
    while index > span.start, index > span.end - 16, scalars[index - 1] != ")" {
      let scalar = scalars[index - 1]
      let allowed =
        CitationScalars.isDigit(scalar) || scalar == " " || scalar == "." || scalar == ","
        || scalar == "p" || CitationScalars.isDash(scalar)
      guard allowed else { return false }
      index -= 1
    }
    guard index - 5 > span.start, index < span.end - 2, scalars[index - 1] == ")",
      scalars[index] == ","
    else { return false }
    // A year closes the bracket and a page follows it: `(Mentor, 1963), p. 24.`
    guard scalars[(index - 5)..<(index - 1)].allSatisfy({ CitationScalars.isDigit($0) }),
      scalars[index..<span.end].contains(where: { CitationScalars.isDigit($0) })
    else { return false }
    // A note names its author given name first (`Augustine of Hippo, …`); an entry inverts it
    // (`Black, D. … (May, 2000), pp. 139-154.`).
    var cursor = span.start
    while cursor < span.end, CitationScalars.isLetter(scalars[cursor]) { cursor += 1 }
    return cursor < span.end && scalars[cursor] != ","
  }

  /// Words that mark running prose rather than a bibliography entry.
  static let proseWords: Set<String> = [
    "is", "are", "was", "were", "i", "we", "you", "this", "that", "these", "because", "which",
    "would", "should", "could", "will", "can", "it", "they", "he", "she", "not", "has", "have",
    "had", "be", "been", "there", "their", "my", "our", "when", "if", "than", "also", "but",
  ]

  /// The ``FNV1a`` keys of the prose words' bytes: an ASCII word is looked up by the key of
  /// its lower-cased bytes, without making a `String` of every word of the last paragraphs.
  static let proseWordKeys: Set<UInt64> = Set(
    proseWords.map { word in
      var hasher = FNV1a()
      for byte in word.utf8 { hasher.combine(byte) }
      return hasher.value
    })

  /// Whether the word at `span` lower-cased is one of ``proseWords`` (`keys` is
  /// ``proseWordKeys``); a word with letters beyond ASCII is lower-cased as a `String`.
  static func isProseWord(_ scalars: [Unicode.Scalar], _ span: Span, keys: Set<UInt64>) -> Bool {
    var hasher = FNV1a()
    for offset in span.range {
      let value = scalars[offset].value
      guard value < 0x80 else {
        return proseWords.contains(Document.string(from: scalars[span.range]).lowercased())
      }
      hasher.combine(UInt8(value &- 0x41 < 26 ? value | 0x20 : value))
    }
    return keys.contains(hasher.value)
  }

  /// The longest prose word, in scalars (lowercasing never makes a word shorter).
  static let longestProseWord = proseWords.map(\.unicodeScalars.count).max() ?? 0
  /// How many scalars are tokenised at a time before asking whether the prose is settled.
  static let proseStretch = 120

  static func looksLikeProse(_ document: Document, _ span: Span) -> Bool {
    let scalars = document.scalars
    let keys = proseWordKeys
    var words = 0
    var prose = 0
    // Tokenised a stretch at a time, each cut at white space (which no token spans, so the
    // tokens are those of the whole span): a paragraph is settled as prose once it has more
    // than 70 words, three of them prose words, without tokenising the rest. Essays end in
    // long paragraphs, and the trailing reference run asks this of the last one.
    var start = span.start
    while start < span.end {
      var end = min(start + proseStretch, span.end)
      while end < span.end, !CitationScalars.isSpace(scalars[end]) { end += 1 }
      CitationTokenizer.forEachToken(in: scalars, span: Span(start, end)) { kind, from, to, _ in
        guard kind == .word else { return }
        words += 1
        if to - from <= longestProseWord, isProseWord(scalars, Span(from, to), keys: keys) {
          prose += 1
        }
      }
      if prose >= 3 && words > 70 { return true }
      start = end
    }
    return prose >= 3 && (prose * 12 >= words || words > 70)
  }

  /// How many final lines a heading-less list may span (a long bibliography has a heading).
  static let maximumTrailingLines = 400

  /// With no heading: the run of entry-shaped lines that ends the text.
  static func trailingRun(_ document: Document, _ lines: [Line]) -> ReferenceList? {
    // Group the last paragraphs' lines into entries, then walk back while they look like
    // entries. Only the tail is grouped, so a long text costs nothing extra.
    let tailStart = max(0, lines.count - maximumTrailingLines)
    let tail = Array(lines[tailStart...])
    let entries = group(document, tail)
    var run: [Span] = []
    var strong = 0
    for entry in entries.reversed() {
      let score = shape(document, entry)
      // In a numbered list (`[3] …`) a sparse entry still belongs to the run.
      let numbered =
        startsWithNumbering(document, entry)
        && run.last.map { startsWithNumbering(document, $0) } == true
      guard score >= 3 || (numbered && score >= 1), !endsWithInTextCitation(document, entry)
      else { break }
      if score >= 4 { strong += 1 }
      run.append(entry)
    }
    run.reverse()
    guard let first = run.first, strong >= 1, run.count >= 2 || strong == run.count else {
      return nil
    }
    // One entry-shaped paragraph that is the whole text (a review point citing `[1] …`, a
    // comment) is not a reference list: a list follows the text it serves.
    if run.count == 1, lines.first.map({ first.start <= $0.span.start }) == true { return nil }
    let paragraph = lines.first { $0.span.start == first.start }?.paragraph ?? 0
    return ReferenceList(
      heading: nil, entries: run, firstParagraph: paragraph, rule: "trailing-entries")
  }

  /// `… for everyone who walks in (Okeke & Brandt, 2022).`: a paragraph that ends by citing a
  /// source in brackets is the writer's prose, however entry-like its year and names make it.
  /// Entries bracket a year alone (`(2019)`) or a note (`(Original work published 1900)`),
  /// never a name, a comma and a year.
  static func endsWithInTextCitation(_ document: Document, _ span: Span) -> Bool {
    let scalars = document.scalars
    var end = span.end
    if end > span.start, scalars[end - 1] == "." { end -= 1 }
    guard end - 1 > span.start, scalars[end - 1] == ")" else { return false }
    var open = end - 2
    while open > span.start, open > end - 80, scalars[open] != "(" {
      if scalars[open] == ")" || scalars[open] == ":" { return false }
      open -= 1
    }
    guard scalars[open] == "(", open + 1 < end - 1, CitationScalars.isUpper(scalars[open + 1])
    else { return false }
    // `…, 2022)` or `…, 2022a)`.
    var cursor = end - 2
    if CitationScalars.isLetter(scalars[cursor]), !CitationScalars.isUpper(scalars[cursor]) {
      cursor -= 1
    }
    var digits = 0
    while cursor > open, CitationScalars.isDigit(scalars[cursor]) {
      digits += 1
      cursor -= 1
    }
    return digits == 4 && cursor - 1 > open && scalars[cursor] == " " && scalars[cursor - 1] == ","
  }
}
