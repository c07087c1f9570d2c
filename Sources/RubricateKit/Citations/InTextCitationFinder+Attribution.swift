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

  /// The cues as scalars, for matching on the text without tokenising it.
  static let cueScalars: [[[Unicode.Scalar]]] = attributionCues.map { phrase in
    phrase.map { Array($0.unicodeScalars) }
  }
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
    for span in spans {
      var offset = span.start
      while offset < span.end {
        let scalar = scalars[offset]
        let wordStart =
          CitationScalars.isLetter(scalar)
          && (offset == span.start || !CitationScalars.isLetter(scalars[offset - 1]))
        guard wordStart else {
          offset += 1
          continue
        }
        guard cueMatches(scalars, at: offset, limit: span.end) else {
          while offset < span.end, CitationScalars.isLetter(scalars[offset]) { offset += 1 }
          continue
        }
        let window = Span(offset, min(span.end, offset + attributionWindow))
        let tokens = CitationTokenizer.tokens(in: document, span: window)
        guard let (citation, resume) = attribution(document, tokens) else {
          while offset < span.end, CitationScalars.isLetter(scalars[offset]) { offset += 1 }
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
    return result
  }

  /// Which ASCII letters (lower case) begin a cue: a word starting with any other letter, as
  /// nearly every word does, is rejected without trying each phrase (that loop was a third of
  /// the citation stage on essays without citations).
  static let cueInitials: [Bool] = {
    var initials = [Bool](repeating: false, count: 128)
    for phrase in cueScalars {
      if let first = phrase.first?.first, first.value < 128 { initials[Int(first.value)] = true }
    }
    return initials
  }()

  /// Whether one of the cue phrases starts at `offset` (ASCII, any case, single spaces).
  static func cueMatches(_ scalars: [Unicode.Scalar], at offset: Int, limit: Int) -> Bool {
    let initial = scalars[offset].value
    let folded = ("A"..."Z").contains(scalars[offset]) ? initial + 32 : initial
    guard folded < 128, cueInitials[Int(folded)] else { return false }
    for phrase in cueScalars {
      var cursor = offset
      var matched = true
      for (index, word) in phrase.enumerated() {
        if index > 0 {
          guard cursor < limit, scalars[cursor] == " " else {
            matched = false
            break
          }
          cursor += 1
        }
        for letter in word {
          guard cursor < limit else {
            matched = false
            break
          }
          var current = scalars[cursor]
          if ("A"..."Z").contains(current), let lower = Unicode.Scalar(current.value + 32) {
            current = lower
          }
          guard current == letter else {
            matched = false
            break
          }
          cursor += 1
        }
        if !matched { break }
      }
      if matched, cursor >= limit || !CitationScalars.isLetter(scalars[cursor]) { return true }
    }
    return false
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
