extension SentenceFeatures.Cues {
  /// Finds the cues of one sentence: one pass for tokens (and, when it has a double quotation
  /// mark, one for quotations), then phrase-table look-ups per token (linear in the sentence
  /// length).
  /// - Parameter words: numbers the sentence's words; new words are added to it.
  init(document: Document, sentence: Span, citations: [Span], words: inout WordInterner) {
    let lexicon = LexiconIndex.shared
    let tokens = ArgumentTokens(document: document, span: sentence, words: &words)
    let matches = lexicon.scan(tokens)
    self.tokens = tokens
    self.matches = matches
    self.quotations = tokens.hasOpeningQuote ? Self.quotations(in: document, span: sentence) : []
    self.citations = citations.filter { $0.overlaps(sentence) }
    var hasNumber = false
    var years: [Int] = []
    var statistics: [Range<Int>] = []
    // Unit matches in token order, walked alongside the numbers.
    var units = matches[.units][...]
    for index in 0..<tokens.count where tokens[index].isNumber {
      hasNumber = true
      if tokens[index].isYear { years.append(index) }
      while let unit = units.first, unit.lowerBound <= index { units = units.dropFirst() }
      if let unit = units.first, unit.lowerBound == index + 1 {
        statistics.append(index..<unit.upperBound)
      } else if index > 0, tokens[index - 1].isCurrency {
        statistics.append((index - 1)..<(index + 1))
      }
    }
    self.hasNumber = hasNumber
    self.years = years
    self.statistics = statistics
    // `since 2010` is a time, not a reason.
    self.reason = matches[.reason].first { range in
      !(tokens[range.lowerBound].word == lexicon.since && range.upperBound < tokens.count
        && tokens[range.upperBound].isNumber)
    }
    self.example = matches.first(.example)
    self.source = matches.first(.attribution)
    self.sourceWord = matches.first(.sourceWords)
    var last = sentence.end - 1
    while last > sentence.start,
      ["”", "\"", "’", "'", ")", " "].contains(document.scalars[last])
    {
      last -= 1
    }
    self.isQuestion = last >= sentence.start && document.scalars[last] == "?"
    self.isTerminated =
      last >= sentence.start && [".", "!", "?", "…", ":"].contains(document.scalars[last])
  }

  /// The scalar span covering a token range.
  func span(of range: Range<Int>) -> Span {
    Span(tokens[range.lowerBound].span.start, tokens[range.upperBound - 1].span.end)
  }

  /// Quoted passages of two words or more, marks included. A straight `"` opens when it
  /// is not followed by a space and closes at the next `"`; curly quotes pair `“` with `”`.
  static func quotations(in document: Document, span: Span) -> [Span] {
    let scalars = document.scalars
    var result: [Span] = []
    var open: (offset: Int, closer: Unicode.Scalar)?
    var hasSpace = false
    for offset in span.range {
      let scalar = scalars[offset]
      if let current = open {
        if scalar == "\"" && current.closer == "\"" && offset == current.offset + 1 {
          // A doubled `""` (a typing slip): the second mark opens the quotation.
          open = (offset, "\"")
        } else if scalar == current.closer {
          if hasSpace { result.append(Span(current.offset, offset + 1)) }
          open = nil
        } else if scalar == " " {
          hasSpace = true
        }
      } else if scalar == "“" {
        open = (offset, "”")
        hasSpace = false
      } else if scalar == "\"" {
        open = (offset, "\"")
        hasSpace = false
      }
    }
    return result
  }
}
