/// Named sources without a date (`according to the BBC`): weak citations.
extension InTextCitationFinder {
  /// Phrases that introduce a named source (`according to`, `as reported by`): the source's
  /// name follows. From style guides' lists of signal phrases.
  static let attributionCues: [[String]] = [
    ["according", "to"], ["as", "reported", "by"], ["reported", "by"], ["as", "stated", "by"],
    ["as", "noted", "by"], ["as", "explained", "by"], ["a", "study", "by"], ["a", "report", "by"],
    ["research", "by"], ["a", "survey", "by"], ["published", "by"], ["data", "from"],
    ["as", "cited", "in"], ["a", "study", "from"], ["a", "report", "from"],
  ]

  /// The cues as lower-case ASCII bytes with single spaces (`according to`), in one buffer,
  /// grouped by their first letter: matching on the text without tokenising it, and without
  /// walking nested arrays (whose retains were most of the matching).
  struct CueTable: Sendable {
    /// Every cue's bytes, one after another.
    let bytes: [UInt8]
    /// Where each cue's bytes start and end in ``bytes``, cues with the same first letter
    /// together.
    let starts: [Int]
    let ends: [Int]
    /// The cues (indices into ``starts``) beginning with each ASCII byte.
    let byInitial: [Range<Int>]

    init(_ phrases: [[String]]) {
      let cues = phrases.map { Array($0.joined(separator: " ").utf8) }.filter { !$0.isEmpty }
      var bytes: [UInt8] = []
      var starts: [Int] = []
      var ends: [Int] = []
      var byInitial = [Range<Int>](repeating: 0..<0, count: 128)
      for initial in 0..<128 {
        let first = starts.count
        for cue in cues where Int(cue[0]) == initial {
          starts.append(bytes.count)
          bytes.append(contentsOf: cue)
          ends.append(bytes.count)
        }
        byInitial[initial] = first..<starts.count
      }
      self.bytes = bytes
      self.starts = starts
      self.ends = ends
      self.byInitial = byInitial
    }
  }

  static let cueTable = CueTable(attributionCues)
  /// How much text after a cue is read for the source's name.
  static let attributionWindow = 200

  /// `according to the BBC`: weak citations, one per cue followed by a capitalised name.
  ///
  /// Cues are matched on the scalars; only the short stretch after a cue is tokenised.
  static func attributions(_ document: Document, _ spans: [Span], avoiding: [InTextCitation])
    -> [InTextCitation]
  {
    let scalars = document.scalars
    var result: [InTextCitation] = []
    var avoidIndex = 0
    let sortedAvoid = avoiding.sorted { $0.start < $1.start }
    let cues = cueTable
    scalars.withUnsafeBufferPointer { buffer in
      for span in spans {
        var offset = span.start
        while offset < span.end {
          let wordStart =
            CitationScalars.isLetter(buffer[offset])
            && (offset == span.start || !CitationScalars.isLetter(buffer[offset - 1]))
          guard wordStart else {
            offset += 1
            continue
          }
          guard cueMatches(buffer, at: offset, limit: span.end, in: cues) else {
            while offset < span.end, CitationScalars.isLetter(buffer[offset]) { offset += 1 }
            continue
          }
          let window = Span(offset, min(span.end, offset + attributionWindow))
          let tokens = CitationTokenizer.tokens(in: document, span: window)
          guard let (citation, resume) = attribution(document, tokens) else {
            while offset < span.end, CitationScalars.isLetter(buffer[offset]) { offset += 1 }
            continue
          }
          offset = max(resume, offset + 1)
          guard let citation else { continue }
          while avoidIndex < sortedAvoid.count, sortedAvoid[avoidIndex].end <= citation.start {
            avoidIndex += 1
          }
          let overlapsFound =
            avoidIndex < sortedAvoid.count && sortedAvoid[avoidIndex].span.overlaps(citation.span)
          if !overlapsFound { result.append(citation) }
        }
      }
    }
    return result
  }

  /// Whether one of the cue phrases starts at `offset` (ASCII, any case, single spaces). A word
  /// starting with a letter no cue starts with, as nearly every word does, is rejected at once.
  static func cueMatches(
    _ scalars: UnsafeBufferPointer<Unicode.Scalar>, at offset: Int, limit: Int, in table: CueTable
  ) -> Bool {
    let initial = scalars[offset].value
    let folded = initial &- 0x41 < 26 ? initial + 32 : initial
    guard folded < 128 else { return false }
    let cues = table.byInitial[Int(folded)]
    guard !cues.isEmpty else { return false }
    return table.bytes.withUnsafeBufferPointer { bytes in
      for cue in cues {
        var cursor = offset
        var matched = true
        for index in table.starts[cue]..<table.ends[cue] {
          guard cursor < limit else {
            matched = false
            break
          }
          let value = scalars[cursor].value
          guard (value &- 0x41 < 26 ? value + 32 : value) == UInt32(bytes[index]) else {
            matched = false
            break
          }
          cursor += 1
        }
        if matched, cursor >= limit || !CitationScalars.isLetter(scalars[cursor]) { return true }
      }
      return false
    }
  }

  /// The attribution the tokens open with: `nil` when there is none, or a `nil` citation with
  /// the offset to go on from when the cue leads to a citation found elsewhere.
  static func attribution(_ document: Document, _ tokens: [CitationToken])
    -> (InTextCitation?, Int)?
  {
    guard !tokens.isEmpty, let cueLength = cue(at: 0, tokens) else { return nil }
    var cursor = cueLength
    if cursor < tokens.count, ["the", "a", "an", "The"].contains(tokens[cursor].text) {
      cursor += 1
    }
    var words: [String] = []
    while cursor < tokens.count, words.count < 8 {
      let token = tokens[cursor]
      if token.kind == .word, token.isCapitalized {
        var word = token.text
        if word.hasSuffix("’s") || word.hasSuffix("'s") { word = String(word.dropLast(2)) }
        words.append(word)
      } else if token.kind == .word, ["of", "for", "and", "on", "&"].contains(token.text),
        cursor + 1 < tokens.count, tokens[cursor + 1].isCapitalized, !words.isEmpty
      {
        words.append(token.text)
      } else if token.isPunct("."), cursor + 1 < tokens.count, !tokens[cursor + 1].spaceBefore,
        !words.isEmpty
      {
        // `U.S.` inside a name.
      } else {
        break
      }
      cursor += 1
    }
    guard !words.isEmpty, let last = tokens[..<cursor].last(where: { $0.kind == .word }) else {
      return nil
    }
    let resume = last.end
    // `According to Wu (2001)` is a narrative citation, found elsewhere.
    if cursor < tokens.count, tokens[cursor].isPunct("(") || tokens[cursor].isPunct("[") {
      return (nil, resume)
    }
    if cursor + 1 < tokens.count, tokens[cursor].text == "et", tokens[cursor + 1].text == "al" {
      return (nil, resume)
    }
    let folded = CitationScalars.fold(words[0])
    guard !notNames.contains(folded) || words.count > 1 else { return (nil, resume) }
    let span = Span(tokens[0].start, last.end)
    return (
      InTextCitation(
        start: span.start, end: span.end, text: document.text(of: span), kind: .attribution,
        names: [words.joined(separator: " ")]), resume
    )
  }

  static func cue(at index: Int, _ tokens: [CitationToken]) -> Int? {
    for phrase in attributionCues where index + phrase.count <= tokens.count {
      var matches = true
      for (offset, word) in phrase.enumerated() {
        let token = tokens[index + offset]
        if token.kind != .word || token.text.lowercased() != word {
          matches = false
          break
        }
      }
      if matches { return phrase.count }
    }
    return nil
  }
}
