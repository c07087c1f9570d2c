extension CommentAnalyzer {
  /// A signal of a move: its kind and the scalars that signalled it.
  struct Cue {
    var kind: CommentMove.Kind
    var span: Span
    var sentence: Int
  }

  static let moveMatcher = PhraseMatcher<CommentMove.Kind?>(CommentPhrases.moves)
  static let partMatcher = PhraseMatcher<Bool>([(true, CommentPhrases.partReferences)])
  /// How far back (in words) a negator turns praise into a problem.
  static let negationWindow = 3

  /// The moves of a comment, in text order.
  ///
  /// - Parameters:
  ///   - sentenceOf: the sentence index of each token.
  ///   - quoted: whether each token is inside a quotation (the post's words, not the
  ///     commenter's moves).
  static func moves(
    document: Document, tokens: [CommentToken], sentences: [Span], sentenceOf: [Int],
    quoted: [Bool], quotations: [Span]
  ) -> [CommentMove] {
    var cues: [Cue] = []
    let matches = moveMatcher.matches(in: tokens) { index in
      index == 0 || sentenceOf[index - 1] != sentenceOf[index]
    }
    for match in matches {
      guard var kind = match.label, !quoted[match.tokens.lowerBound] else { continue }
      let first = match.tokens.lowerBound
      if kind == .praise {
        let window = max(0, first - negationWindow)..<first
        if window.contains(where: {
          sentenceOf[$0] == sentenceOf[first] && CommentPhrases.negators.contains(tokens[$0].word)
        }) {
          kind = .problem
        }
      }
      cues.append(
        Cue(
          kind: kind,
          span: Span(tokens[first].span.start, tokens[match.tokens.upperBound - 1].span.end),
          sentence: sentenceOf[first]))
    }
    cues += evidenceCues(document: document, tokens: tokens, sentenceOf: sentenceOf, quoted: quoted)
    var result: [CommentMove] = []
    for (index, sentence) in sentences.enumerated() {
      var seen = Set<CommentMove.Kind>()
      let inSentence = cues.filter { $0.sentence == index }.sorted { $0.span < $1.span }
        .filter { seen.insert($0.kind).inserted }
      let clauses = inSentence.filter { $0.kind != .question }
      for (position, cue) in clauses.enumerated() {
        let start = position == 0 ? sentence.start : cue.span.start
        let end =
          position + 1 < clauses.count
          ? trimmedEnd(before: clauses[position + 1].span.start, from: start, document: document)
          : sentence.end
        result.append(move(cue.kind, Span(start, end), cue: cue.span, document: document))
      }
      let asks =
        seen.contains(.question)
        || endsWithQuestionMark(sentence, document: document, quotations: quotations)
      if asks {
        let cue = inSentence.first { $0.kind == .question }?.span ?? sentence
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

  /// Where a clause ends when the next move's cue starts at `limit`: before the white space and
  /// joining punctuation in front of the cue.
  private static func trimmedEnd(before limit: Int, from start: Int, document: Document) -> Int {
    var end = limit
    while end > start {
      let scalar = document.scalars[end - 1]
      if scalar.properties.isWhitespace || ",;:—–-".unicodeScalars.contains(scalar) {
        end -= 1
      } else {
        break
      }
    }
    return end > start ? end : limit
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
        return !quotations.contains { $0.contains(offset: index) }
      }
      guard
        scalar.properties.isWhitespace || "!)]”’\"'»".unicodeScalars.contains(scalar)
      else { return false }
      index -= 1
    }
    return false
  }

  /// Evidence the phrase table cannot see: links, percentages and parenthetical citations
  /// with a year (`(Okafor, 2019)`).
  private static func evidenceCues(
    document: Document, tokens: [CommentToken], sentenceOf: [Int], quoted: [Bool]
  ) -> [Cue] {
    let scalars = document.scalars
    var cues: [Cue] = []
    for (index, token) in tokens.enumerated() where !quoted[index] {
      let word = token.word
      let isLink =
        word.hasPrefix("http") || word.hasPrefix("www") || word.hasSuffix(".com")
        || word.hasSuffix(".org") || word.hasSuffix(".edu") || word.hasSuffix(".gov")
      let after = token.span.end
      let isPercentage =
        after < scalars.count && scalars[after] == "%"
        && token.word.unicodeScalars.allSatisfy { $0.properties.numericType != nil || $0 == "." }
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
