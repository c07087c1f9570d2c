extension SentenceFeatures.Cues {
  /// Finds the cues of one sentence: one pass for tokens, one for quotation marks, then
  /// phrase-table look-ups per token (linear in the sentence length).
  init(document: Document, sentence: Span, citations: [Span]) {
    let tokens = ArgumentTokens(document: document, span: sentence)
    let matches = LexiconIndex.shared.scan(tokens)
    self.tokens = tokens
    self.matches = matches
    let unitStarts = Dictionary(
      matches[.units].map { ($0.lowerBound, $0) }, uniquingKeysWith: { first, _ in first })
    self.quotations = Self.quotations(in: document, span: sentence)
    self.citations = citations.filter { $0.overlaps(sentence) }
    var numbers: [Int] = []
    var years: [Int] = []
    var statistics: [Range<Int>] = []
    for index in 0..<tokens.count where tokens.isNumber(index) {
      numbers.append(index)
      let word = tokens.words[index]
      if word.count == 4, let value = Int(word), (1500...2099).contains(value) {
        years.append(index)
      }
      if let unit = unitStarts[index + 1] {
        statistics.append(index..<unit.upperBound)
      } else if index > 0, ["$", "£", "€"].contains(tokens.words[index - 1]) {
        statistics.append((index - 1)..<(index + 1))
      }
    }
    self.numbers = numbers
    self.years = years
    self.statistics = statistics
    // `since 2010` is a time, not a reason.
    self.reason = matches[.reason].first { range in
      !(tokens.words[range.lowerBound] == "since" && range.upperBound < tokens.count
        && tokens.isNumber(range.upperBound))
    }
    self.example = matches[.example].first
    self.source = matches[.attribution].first
    self.sourceWord = matches[.sourceWords].first
    self.boosters = matches[.boosters]
    self.hedges = matches[.hedges]
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
    Span(tokens.spans[range.lowerBound].start, tokens.spans[range.upperBound - 1].end)
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
