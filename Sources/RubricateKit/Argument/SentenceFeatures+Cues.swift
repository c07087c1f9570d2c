extension SentenceFeatures.Cues {
  /// Finds the cues of one sentence: one pass for tokens (and, when it has a double quotation
  /// mark, one for quotations), then phrase-table look-ups per token (linear in the sentence
  /// length).
  /// - Parameter words: numbers the sentence's words; new words are added to it.
  init(document: Document, sentence: Span, citations: [Span], words: inout WordInterner) {
    self = document.scalars.withUnsafeBufferPointer {
      Self(scalars: $0, sentence: sentence, citations: citations, words: &words)
    }
  }

  /// The cues of `sentence` in the document's `scalars` (the analyzer opens the scalar buffer
  /// once per text).
  /// - Parameter words: numbers the sentence's words; new words are added to it.
  init(
    scalars: UnsafeBufferPointer<Unicode.Scalar>, sentence: Span, citations: [Span],
    words: inout WordInterner
  ) {
    let lexicon = LexiconIndex.shared
    let tokens = ArgumentTokens(scalars: scalars, span: sentence, words: &words)
    let matches = lexicon.scan(tokens)
    self.tokens = tokens
    self.matches = matches
    self.quotations =
      tokens.hasOpeningQuote ? Self.quotations(in: scalars, span: sentence) : []
    self.citations = citations.isEmpty ? citations : citations.filter { $0.overlaps(sentence) }
    var hasNumber = false
    var years: [Int] = []
    var statistics: [Range<Int>] = []
    // Unit matches in token order, walked alongside the numbers.
    var units = matches.ranges(.units)
    var unit = units.next()
    for index in 0..<tokens.count where tokens[index].isNumber {
      hasNumber = true
      if tokens[index].isYear { years.append(index) }
      while let current = unit, current.lowerBound <= index { unit = units.next() }
      if let unit, unit.lowerBound == index + 1 {
        statistics.append(index..<unit.upperBound)
      } else if index > 0, tokens[index - 1].isCurrency {
        statistics.append((index - 1)..<(index + 1))
      }
    }
    self.hasNumber = hasNumber
    self.years = years
    self.statistics = statistics
    // `since 2010` is a time, not a reason.
    self.reason = matches.ranges(.reason).first { range in
      !(tokens[range.lowerBound].word == lexicon.since && range.upperBound < tokens.count
        && tokens[range.upperBound].isNumber)
    }
    self.example = matches.first(.example)
    self.source = matches.first(.attribution)
    self.sourceWord = matches.first(.sourceWords)
    var last = sentence.end - 1
    while last > sentence.start, Self.isTrailing(scalars[last]) {
      last -= 1
    }
    self.isQuestion = last >= sentence.start && scalars[last] == "?"
    self.isTerminated = last >= sentence.start && Self.isTerminal(scalars[last])
  }

  /// Closing quotation marks, brackets and spaces after a sentence's last punctuation.
  @inline(__always)
  private static func isTrailing(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "”", "\"", "’", "'", ")", " ": true
    default: false
    }
  }

  /// Sentence punctuation (a heading ends without it).
  @inline(__always)
  private static func isTerminal(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case ".", "!", "?", "…", ":": true
    default: false
    }
  }

  /// The scalar span covering a token range.
  func span(of range: Range<Int>) -> Span {
    Span(tokens[range.lowerBound].span.start, tokens[range.upperBound - 1].span.end)
  }

  /// Quoted passages of two words or more, marks included. A straight `"` opens when it
  /// is not followed by a space and closes at the next `"`; curly quotes pair `“` with `”`.
  static func quotations(in document: Document, span: Span) -> [Span] {
    document.scalars.withUnsafeBufferPointer { quotations(in: $0, span: span) }
  }

  /// ``quotations(in:span:)`` over the document's scalars.
  static func quotations(in scalars: UnsafeBufferPointer<Unicode.Scalar>, span: Span) -> [Span] {
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
