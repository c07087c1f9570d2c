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

  /// `according to the BBC`: weak citations, one per cue followed by a capitalised name.
  static func attributions(_ document: Document, _ spans: [Span], avoiding: [InTextCitation])
    -> [InTextCitation]
  {
    var result: [InTextCitation] = []
    var avoidIndex = 0
    let sortedAvoid = avoiding.sorted { $0.start < $1.start }
    for span in spans {
      let tokens = CitationTokenizer.tokens(in: document, span: span)
      var index = 0
      while index < tokens.count {
        guard tokens[index].kind == .word, let cueLength = cue(at: index, tokens) else {
          index += 1
          continue
        }
        var cursor = index + cueLength
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
          index = max(cursor, index + 1)
          continue
        }
        // `According to Wu (2001)` is a narrative citation, found elsewhere.
        if cursor < tokens.count, tokens[cursor].isPunct("(") || tokens[cursor].isPunct("[") {
          index = cursor
          continue
        }
        if cursor + 1 < tokens.count, tokens[cursor].text == "et", tokens[cursor + 1].text == "al" {
          index = cursor
          continue
        }
        let citationSpan = Span(tokens[index].start, last.end)
        while avoidIndex < sortedAvoid.count, sortedAvoid[avoidIndex].end <= citationSpan.start {
          avoidIndex += 1
        }
        let overlapsFound =
          avoidIndex < sortedAvoid.count && sortedAvoid[avoidIndex].span.overlaps(citationSpan)
        if !overlapsFound {
          let folded = CitationScalars.fold(words[0])
          if !notNames.contains(folded) || words.count > 1 {
            result.append(
              InTextCitation(
                start: citationSpan.start, end: citationSpan.end,
                text: document.text(of: citationSpan), kind: .attribution,
                names: [words.joined(separator: " ")]))
          }
        }
        index = cursor
      }
    }
    return result
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
