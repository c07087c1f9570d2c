extension CommentAnalyzer {
  /// Suggestions and problems found by how English makes them rather than by phrase: an
  /// imperative opening a clause (`Please define …`, `Maybe add …`, `Line 241: fix …`), a
  /// modal of advice with a writing action in any person (`The authors should report …`,
  /// `Results should be averaged …`, `you could cite …`), and a writing action reported as not
  /// done (`is never defined`, `has not been discussed`).
  static func directiveCues(
    document: Document, tokens: [CommentToken], sentenceOf: [Int], quoted: [Bool]
  ) -> [Cue] {
    var cues: [Cue] = []
    var index = 0
    while index < tokens.count {
      defer { index += 1 }
      guard !quoted[index] else { continue }
      let word = tokens[index].word
      let opens = opensClause(index, document: document, tokens: tokens, sentenceOf: sentenceOf)
      // Most words start no rule: two lookups settle them.
      guard
        opens || CommentGrammar.triggerWords.contains(word, ends: tokens[index].wordEnds)
          || CommentGrammar.triggerStems.contains(tokens[index].stem, ends: tokens[index].stemEnds)
          || (tokens[index].wordEnds.last == UInt8(ascii: "t") && word.hasSuffix("n't"))
      else { continue }
      if opens,
        let verb = imperativeVerb(after: index, tokens: tokens, sentenceOf: sentenceOf)
      {
        cues.append(cue(.suggestion, index, verb, tokens: tokens, sentenceOf: sentenceOf))
        continue
      }
      if let end = modalSuggestion(at: index, tokens: tokens, sentenceOf: sentenceOf) {
        cues.append(cue(.suggestion, index, end, tokens: tokens, sentenceOf: sentenceOf))
        continue
      }
      if CommentGrammar.negations.contains(word, ends: tokens[index].wordEnds)
        || (tokens[index].wordEnds.last == UInt8(ascii: "t") && word.hasSuffix("n't")),
        let end = undoneAction(after: index, tokens: tokens, sentenceOf: sentenceOf)
      {
        cues.append(cue(.problem, index, end, tokens: tokens, sentenceOf: sentenceOf))
        continue
      }
      if CommentGrammar.hedgedEvaluations.contains(tokens[index].stem, ends: tokens[index].stemEnds)
      {
        if let modal = hedgingModal(before: index, tokens: tokens, sentenceOf: sentenceOf) {
          cues.append(cue(.suggestion, modal, index, tokens: tokens, sentenceOf: sentenceOf))
          continue
        }
        // "it is important to show", "better to use": an evaluation of an action not yet taken.
        if index + 2 < tokens.count, sentenceOf[index + 2] == sentenceOf[index],
          tokens[index + 1].word == "to",
          CommentGrammar.actionVerbWords.contains(
            tokens[index + 2].word, ends: tokens[index + 2].wordEnds),
          !["read", "see", "find", "look", "start", "begin"].contains(tokens[index + 2].word)
        {
          cues.append(cue(.suggestion, index, index + 2, tokens: tokens, sentenceOf: sentenceOf))
          index += 2
          continue
        }
      }
      if index > 0, sentenceOf[index - 1] == sentenceOf[index],
        imperativeAfterComma(index, document: document, tokens: tokens, sentenceOf: sentenceOf)
      {
        cues.append(cue(.suggestion, index, index, tokens: tokens, sentenceOf: sentenceOf))
        continue
      }
      if CommentGrammar.problemWords.contains(tokens[index].stem, ends: tokens[index].stemEnds) {
        cues.append(cue(.problem, index, index, tokens: tokens, sentenceOf: sentenceOf))
      }
    }
    return cues
  }

  private static func cue(
    _ kind: CommentMove.Kind, _ first: Int, _ last: Int, tokens: [CommentToken],
    sentenceOf: [Int]
  ) -> Cue {
    Cue(
      kind: kind, span: Span(tokens[first].span.start, tokens[last].span.end),
      sentence: sentenceOf[first])
  }

  /// `For each model, add a baseline …`: an action verb straight after a comma, followed by
  /// what it acts on (a determiner), opens an instruction after a fronted adverbial.
  private static func imperativeAfterComma(
    _ index: Int, document: Document, tokens: [CommentToken], sentenceOf: [Int]
  ) -> Bool {
    guard CommentGrammar.actionVerbWords.contains(tokens[index].word, ends: tokens[index].wordEnds),
      index + 1 < tokens.count, sentenceOf[index + 1] == sentenceOf[index],
      ["a", "an", "the", "more", "some", "additional", "these", "this", "any", "further", "other"]
        .contains(tokens[index + 1].word),
      !["i", "we", "you", "they", "he", "she", "it"].contains(tokens[index - 1].word)
    else { return false }
    let gap = tokens[index - 1].span.end..<tokens[index].span.start
    return gap.contains { document.scalars[$0] == "," }
  }

  /// The conditional modal among the three words before an evaluation (`would be useful`,
  /// `it'd be nice`, `may be more intuitive`), if there is one.
  static func hedgingModal(before index: Int, tokens: [CommentToken], sentenceOf: [Int]) -> Int? {
    (max(0, index - 3)..<index).last { position in
      sentenceOf[position] == sentenceOf[index]
        && (["would", "could", "might", "may", "will"].contains(tokens[position].word)
          || tokens[position].word.hasSuffix("'d"))
    }
  }

  /// Whether token `index` is the first word of a clause: of its sentence, after a colon,
  /// semicolon, bracket or line break, or after a list marker (`2.`, `(b)`, `iii)`).
  static func opensClause(
    _ index: Int, document: Document, tokens: [CommentToken], sentenceOf: [Int]
  ) -> Bool {
    if index == 0 || sentenceOf[index - 1] != sentenceOf[index] { return true }
    let scalars = document.scalars
    // A list marker (`2.`, `b)`, `iii.`) is closed by punctuation.
    var closed = false
    for offset in tokens[index - 1].span.end..<tokens[index].span.start {
      switch scalars[offset] {
      case ":", ";", "(", "\n", "•", "*": return true
      case ".", ")", "]": closed = true
      default: break
      }
    }
    guard closed else { return false }
    let previous = tokens[index - 1].word
    let isMarker =
      previous.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || $0 == "." }
      || previous.count == 1 || CommentGrammar.romanNumerals.contains(previous)
    return isMarker
      && opensClause(index - 1, document: document, tokens: tokens, sentenceOf: sentenceOf)
  }

  /// The index of the imperative verb of a clause that opens at `start`, past up to three
  /// openers (`please`, `maybe`, `also`), if it has one.
  private static func imperativeVerb(after start: Int, tokens: [CommentToken], sentenceOf: [Int])
    -> Int?
  {
    var index = start
    while index < tokens.count, index - start < 3,
      CommentGrammar.imperativeOpeners.contains(tokens[index].word, ends: tokens[index].wordEnds)
    {
      index += 1
    }
    guard index < tokens.count, sentenceOf[index] == sentenceOf[start],
      CommentGrammar.actionVerbWords.contains(tokens[index].word, ends: tokens[index].wordEnds)
    else { return nil }
    if index + 1 < tokens.count, sentenceOf[index + 1] == sentenceOf[index],
      CommentGrammar.nounFollowers.contains(
        tokens[index + 1].word, ends: tokens[index + 1].wordEnds)
    {
      return nil
    }
    // A one-word sentence ("Report.") is a heading, not an instruction.
    let hasObject = index + 1 < tokens.count && sentenceOf[index + 1] == sentenceOf[index]
    return hasObject ? index : nil
  }

  /// `should add`, `must be reported`, `need to explain`, `could cite`: the index of the verb
  /// when token `index` is a modal of advice followed by a writing action (or, for `should`,
  /// `must` and `need to`, any verb addressed to the writer, or a passive).
  private static func modalSuggestion(at index: Int, tokens: [CommentToken], sentenceOf: [Int])
    -> Int?
  {
    let word = tokens[index].word
    var next = index + 1
    let obligation: Bool
    if CommentGrammar.obligationModals.contains(word, ends: tokens[index].wordEnds) {
      obligation = true
      if word == "ought", next < tokens.count, tokens[next].word == "to" { next += 1 }
    } else if CommentGrammar.semiModals.contains(word, ends: tokens[index].wordEnds),
      next < tokens.count,
      tokens[next].word == "to"
    {
      obligation = true
      next += 1
    } else if CommentGrammar.possibilityModals.contains(word, ends: tokens[index].wordEnds) {
      obligation = false
    } else {
      return nil
    }
    if index > 0, sentenceOf[index - 1] == sentenceOf[index],
      CommentGrammar.nonAdviceSubjects.contains(
        tokens[index - 1].word, ends: tokens[index - 1].wordEnds)
    {
      return nil
    }
    var passive = false
    var negated = false
    while next < tokens.count, sentenceOf[next] == sentenceOf[index], next - index < 5,
      CommentGrammar.modalFillers.contains(tokens[next].word, ends: tokens[next].wordEnds)
    {
      if tokens[next].word == "be" || tokens[next].word == "been" { passive = true }
      if tokens[next].word == "not" { negated = true }
      next += 1
    }
    guard next < tokens.count, sentenceOf[next] == sentenceOf[index] else { return nil }
    // "could not find" reports a problem; "should not claim" still advises.
    if negated && !obligation { return nil }
    let verb = tokens[next]
    let isAction = CommentGrammar.actionVerbs.contains(verb.stem, ends: verb.stemEnds)
    if passive {
      // "should be a '-' sign", "there should be results": an obligation on the text.
      if obligation { return next }
      let participle =
        verb.word.hasSuffix("ed") || verb.word.hasSuffix("en")
        || CommentGrammar.irregularParticiples.contains(verb.word, ends: verb.wordEnds)
      return participle && isAction ? next : nil
    }
    // "can be combined" advises; "can handle" only describes.
    if isAction && word != "can" { return next }
    return obligation && addressesWriter(before: index, tokens: tokens, sentenceOf: sentenceOf)
      ? next : nil
  }

  /// Whether the subject before a modal is the writer or the text (`you`, `the authors`,
  /// `your post`, `this paragraph`).
  private static func addressesWriter(before index: Int, tokens: [CommentToken], sentenceOf: [Int])
    -> Bool
  {
    var position = index - 1
    var seen = 0
    while position >= 0, sentenceOf[position] == sentenceOf[index], seen < 3 {
      let word = tokens[position].word
      if ["you", "your", "author", "authors", "writer", "paper", "post", "essay", "article"]
        .contains(word)
        || CommentText.metaStems.contains(tokens[position].stem, ends: tokens[position].stemEnds)
      {
        return true
      }
      position -= 1
      seen += 1
    }
    return false
  }

  /// `not explained`, `never defined`, `hasn't been discussed`, `didn't cite`: the index of the
  /// writing action a negation says was not done.
  private static func undoneAction(after index: Int, tokens: [CommentToken], sentenceOf: [Int])
    -> Int?
  {
    var next = index + 1
    while next < tokens.count, sentenceOf[next] == sentenceOf[index], next - index < 4,
      [
        "been", "be", "really", "clearly", "well", "properly", "adequately", "sufficiently",
        "fully", "explicitly", "even", "yet", "always", "very", "further", "being", "have",
        "has", "any",
      ].contains(
        tokens[next].word)
        && !CommentGrammar.actionVerbs.contains(tokens[next].stem, ends: tokens[next].stemEnds)
    {
      next += 1
    }
    guard next < tokens.count, sentenceOf[next] == sentenceOf[index],
      CommentGrammar.actionVerbs.contains(tokens[next].stem, ends: tokens[next].stemEnds)
    else { return nil }
    return next
  }

  /// Whether an evaluation is the hedge of a request: a conditional modal among the three words
  /// before it (`it would be helpful if`, `it would also be good to`, `more detail could be
  /// nice`). Verbs of liking and agreeing stay praise (`I would agree`).
  static func isHedgedRequest(
    first: Int, last: Int, tokens: [CommentToken], sentenceOf: [Int]
  ) -> Bool {
    guard first == last, !["love", "like", "enjoy", "agre"].contains(tokens[last].stem) else {
      return false
    }
    let window = max(0, first - 3)..<first
    return window.contains { index in
      sentenceOf[index] == sentenceOf[first]
        && (["would", "could", "might"].contains(tokens[index].word)
          || tokens[index].word.hasSuffix("'d"))
    }
  }

  /// `consider` reports rather than advises when it is inflected (`was considered`,
  /// `considering the cost`) or has a first-person or passive subject (`I consider`).
  static func isConsiderAsReport(
    _ range: Range<Int>, tokens: [CommentToken], sentenceOf: [Int]
  ) -> Bool {
    guard range.count == 1, tokens[range.lowerBound].stem == considerStem else { return false }
    let index = range.lowerBound
    if tokens[index].word != "consider" { return true }
    guard index > 0, sentenceOf[index - 1] == sentenceOf[index] else { return false }
    return ["i", "we", "is", "was", "are", "were", "be", "been", "being", "they"].contains(
      tokens[index - 1].word)
  }

  private static let considerStem = CommentText.stemForm("consider")
}
