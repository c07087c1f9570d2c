extension CommentAnalyzer {
  /// A signal of a move: its kind and the scalars that signalled it.
  struct Cue {
    var kind: CommentMove.Kind
    var span: Span
    var sentence: Int
  }

  static let moveMatcher = PhraseMatcher<CommentMove.Kind?>(CommentPhrases.moves)
  static let partMatcher = PhraseMatcher<Bool>(CommentPhrases.partReferences)
  /// Stems of the praise words whose object decides whether they praise the post.
  static let praiseWordStems = Set(
    CommentPhrases.praiseWords.map { CommentText.stemForm($0) })
  /// How far back (in words) a negator turns praise into a problem.
  static let negationWindow = 3

  /// The moves of a comment, in text order.
  ///
  /// - Parameters:
  ///   - sentenceOf: the sentence index of each token.
  ///   - quoted: whether each token is inside a quotation (the post's words, not the
  ///     commenter's moves).
  ///   - inPost: whether a stem occurs in the post.
  static func moves(
    document: Document, tokens: [CommentToken], sentences: [Span], sentenceOf: [Int],
    quoted: [Bool], quotations: [Span], inPost: (String) -> Bool
  ) -> [CommentMove] {
    var cues: [Cue] = []
    let matches = moveMatcher.matches(in: tokens) { index in
      index == 0 || sentenceOf[index - 1] != sentenceOf[index]
    }
    for match in matches {
      guard var kind = match.label, !quoted[match.tokens.lowerBound] else { continue }
      var first = match.tokens.lowerBound
      let last = match.tokens.upperBound - 1
      if kind == .praise, praiseWordStems.contains(tokens[last].stem), last + 1 < tokens.count,
        sentenceOf[last + 1] == sentenceOf[last]
      {
        // "Nice weather", "I love summer": praise is about the post only when what it
        // qualifies is the post, a part of it, or something the post talks about.
        let next = tokens[last + 1]
        if next.isContent, !inPost(next.stem),
          !CommentPhrases.praiseTargets.contains(next.stem)
        {
          continue
        }
      }
      if kind == .suggestion,
        isConsiderAsReport(match.tokens, tokens: tokens, sentenceOf: sentenceOf)
      {
        continue
      }
      if kind == .praise,
        isHedgedRequest(first: first, last: last, tokens: tokens, sentenceOf: sentenceOf)
      {
        // "It would be helpful if you provided glosses": politeness, not praise.
        kind = .suggestion
      }
      if kind == .praise {
        let window = max(0, first - negationWindow)..<first
        if let negator = window.last(where: {
          sentenceOf[$0] == sentenceOf[first] && CommentPhrases.negators.contains(tokens[$0].word)
        }) {
          // "not convincing" names a problem; "no good bus network" evaluates nothing.
          if CommentPhrases.attributiveNegators.contains(tokens[negator].word) { continue }
          kind = .problem
          first = negator
        }
      }
      cues.append(
        Cue(
          kind: kind,
          span: Span(tokens[first].span.start, tokens[match.tokens.upperBound - 1].span.end),
          sentence: sentenceOf[match.tokens.lowerBound]))
    }
    cues += evidenceCues(document: document, tokens: tokens, sentenceOf: sentenceOf, quoted: quoted)
    cues += directiveCues(
      document: document, tokens: tokens, sentenceOf: sentenceOf, quoted: quoted)
    cues += concessionCues(tokens: tokens, sentenceOf: sentenceOf, quoted: quoted, cues: cues)
    var result: [CommentMove] = []
    let cuesBySentence = Dictionary(grouping: cues, by: \.sentence)
    for (index, sentence) in sentences.enumerated() {
      // A few kinds at most: a list costs less than a set.
      var seen: [CommentMove.Kind] = []
      let inSentence = (cuesBySentence[index] ?? []).sorted { $0.span < $1.span }
        .filter { cue in
          guard !seen.contains(cue.kind) else { return false }
          seen.append(cue.kind)
          return true
        }
      let clauses = inSentence.filter { $0.kind != .question }
      var start = sentence.start
      for (position, cue) in clauses.enumerated() {
        var end = sentence.end
        var next = sentence.end
        if position + 1 < clauses.count {
          // Split at the last clause punctuation between the two cues, else before the last
          // joining conjunction, else right after this move's cue.
          let nextCue = clauses[position + 1].span.start
          let between = max(start, cue.span.end)..<max(start, cue.span.end, nextCue)
          let joining = CommentAnalyzer.tokenRange(
            of: Span(between.lowerBound, between.upperBound), in: tokens
          )
          .last { joiningWords.contains(tokens[$0].word) }
          // A comma inside a number (`50,000`) is not a clause boundary.
          if let mark = between.last(where: {
            clausePunctuation.contains(document.scalars[$0])
              && ($0 + 1 >= document.scalars.count
                || !(document.scalars[$0 + 1].isLetter || document.scalars[$0 + 1].isDigit))
          }) {
            end = trimmedEnd(before: mark, from: start, document: document)
            next = min(nextCue, clauseStart(after: mark, document: document))
          } else if let joining {
            end = trimmedEnd(before: tokens[joining].span.start, from: start, document: document)
            next = min(nextCue, clauseStart(after: tokens[joining].span.end, document: document))
          } else {
            end = cue.span.end
            next = min(nextCue, clauseStart(after: end, document: document))
          }
        }
        result.append(move(cue.kind, Span(start, end), cue: cue.span, document: document))
        start = next
      }
      let asks =
        seen.contains(.question)
        || endsWithQuestionMark(sentence, document: document, quotations: quotations)
      if asks {
        let cue =
          inSentence.first { $0.kind == .question }?.span
          ?? questionMark(in: sentence, document: document) ?? sentence
        result.append(move(.question, sentence, cue: cue, document: document))
      }
    }
    return result.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
  }

  private static func move(
    _ kind: CommentMove.Kind, _ span: Span, cue: Span, document: Document
  ) -> CommentMove {
    CommentMove(
      kind: kind, start: span.start, end: span.end, text: document.text(of: span),
      cue: document.text(of: cue))
  }

  /// Punctuation that ends a clause inside a sentence.
  static let clausePunctuation: Set<Unicode.Scalar> = [",", ";", ":", "—", "–"]
  /// Conjunctions that join a clause to the next move's and belong to neither.
  static let joiningWords: Set<String> = ["and", "but", "so", "or"]

  /// Where a clause ends when the next move's cue starts at `limit`: before the white space,
  /// joining punctuation and conjunction in front of the cue.
  private static func trimmedEnd(before limit: Int, from start: Int, document: Document) -> Int {
    let scalars = document.scalars
    func skipJoins(_ position: Int) -> Int {
      var end = position
      while end > start,
        scalars[end - 1].isSpace
          || ",;:—–-".unicodeScalars.contains(scalars[end - 1])
      {
        end -= 1
      }
      return end
    }
    var end = skipJoins(limit)
    var wordStart = end
    while wordStart > start, scalars[wordStart - 1].isLetter { wordStart -= 1 }
    if wordStart > start, wordStart < end,
      joiningWords.contains(CommentText.normalised(scalars[wordStart..<end]))
    {
      end = skipJoins(wordStart)
    }
    return end > start ? end : limit
  }

  /// Where the clause after `end` starts: past white space, joining punctuation and a joining
  /// conjunction.
  private static func clauseStart(after end: Int, document: Document) -> Int {
    let scalars = document.scalars
    func skipJoins(_ position: Int) -> Int {
      var index = position
      while index < scalars.count,
        scalars[index].isSpace
          || ",;:—–-".unicodeScalars.contains(scalars[index])
      {
        index += 1
      }
      return index
    }
    let start = skipJoins(end)
    var wordEnd = start
    while wordEnd < scalars.count, scalars[wordEnd].isLetter { wordEnd += 1 }
    if wordEnd > start, joiningWords.contains(CommentText.normalised(scalars[start..<wordEnd])) {
      return skipJoins(wordEnd)
    }
    return start
  }

  /// Whether a sentence ends with a question mark of the commenter's own (not one inside a
  /// quotation).
  private static func endsWithQuestionMark(
    _ sentence: Span, document: Document, quotations: [Span]
  ) -> Bool {
    var index = sentence.end - 1
    while index >= sentence.start {
      let scalar = document.scalars[index]
      if scalar == "?" {
        return !isQuoted(offset: index, quotations: quotations)
      }
      guard
        scalar.isSpace || "!)]”’\"'»".unicodeScalars.contains(scalar)
      else { return false }
      index -= 1
    }
    return false
  }

  /// Whether an offset lies inside one of the quotations (which are in text order).
  private static func isQuoted(offset: Int, quotations: [Span]) -> Bool {
    var low = 0
    var high = quotations.count
    while low < high {
      let mid = (low + high) / 2
      if quotations[mid].end <= offset { low = mid + 1 } else { high = mid }
    }
    return low < quotations.count && quotations[low].contains(offset: offset)
  }

  /// The last question mark of a sentence, as a span.
  private static func questionMark(in sentence: Span, document: Document) -> Span? {
    sentence.range.last { document.scalars[$0] == "?" }.map { Span($0, $0 + 1) }
  }

  /// `I agree, but …`: a concessive conjunction after praise in the same sentence, with no
  /// more specific move after it, is a counterpoint.
  private static func concessionCues(
    tokens: [CommentToken], sentenceOf: [Int], quoted: [Bool], cues: [Cue]
  ) -> [Cue] {
    var bySentence: [Int: [Cue]]?
    var result: [Cue] = []
    for index in tokens.indices
    where !quoted[index] && index > 0 && sentenceOf[index - 1] == sentenceOf[index]
      && CommentPhrases.concessiveConjunctions.contains(
        tokens[index].word, ends: tokens[index].wordEnds)
    {
      let token = tokens[index]
      if bySentence == nil { bySentence = Dictionary(grouping: cues, by: \.sentence) }
      let inSentence = bySentence?[sentenceOf[index]] ?? []
      let praisedBefore = inSentence.contains {
        $0.kind == .praise && $0.span.end <= token.span.start
      }
      let specificAfter = inSentence.contains {
        $0.span.start >= token.span.start && ($0.kind.isConstructive || $0.kind == .mitigation)
      }
      if praisedBefore && !specificAfter {
        result.append(Cue(kind: .counterpoint, span: token.span, sentence: sentenceOf[index]))
      }
    }
    return result
  }

  /// Evidence the phrase table cannot see: links, percentages and parenthetical citations
  /// with a year (`(Okafor, 2019)`).
  private static func evidenceCues(
    document: Document, tokens: [CommentToken], sentenceOf: [Int], quoted: [Bool]
  ) -> [Cue] {
    let scalars = document.scalars
    var cues: [Cue] = []
    for index in tokens.indices where !quoted[index] {
      let token = tokens[index]
      let word = token.word
      // The first and last bytes settle most words before any string comparison (a string
      // that ends with `.com` ends with the byte `m`).
      let first = token.wordEnds.first
      let last = token.wordEnds.last
      let isLink =
        (first == UInt8(ascii: "h") && word.hasPrefix("http"))
        || (first == UInt8(ascii: "w") && word.hasPrefix("www"))
        || (last == UInt8(ascii: "m") && word.hasSuffix(".com"))
        || (last == UInt8(ascii: "g") && word.hasSuffix(".org"))
        || (last == UInt8(ascii: "u") && word.hasSuffix(".edu"))
        || (last == UInt8(ascii: "v") && word.hasSuffix(".gov"))
      let after = token.span.end
      // `45%` (one token or two, depending on the tokenizer) or `45 percent`.
      let isPercentage =
        (last == UInt8(ascii: "%") && word.hasSuffix("%") && word.count > 1)
        || (after < scalars.count && scalars[after] == "%"
          && word.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || $0 == "." })
      let isCitedYear =
        token.span.length == 4 && token.word.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
        && (token.word.hasPrefix("19") || token.word.hasPrefix("20"))
        && after < scalars.count && scalars[after] == ")"
      if isLink || isPercentage || isCitedYear {
        cues.append(Cue(kind: .evidence, span: token.span, sentence: sentenceOf[index]))
      }
    }
    return cues
  }
}
