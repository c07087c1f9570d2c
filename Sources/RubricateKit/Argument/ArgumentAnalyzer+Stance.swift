extension ArgumentAnalyzer {
  /// The boosters of a sentence that really assert certainty in the writer's voice: not one
  /// inside a quotation (`“clearly”` is the source's word), not one in a question (`Is it
  /// really true?` asks), and not `prove` as a verb of becoming (`proves useful`, `proves a
  /// very useful distraction`, `proved to be`). The phrase tables still find them (the
  /// sentence features read those); only stance counts and over-claiming use this filter.
  static func assertedBoosters(_ cues: SentenceFeatures.Cues, document: Document) -> [Range<Int>] {
    if cues.isQuestion { return [] }
    return cues.boosters.filter { range in
      !isQuoted(range, cues) && !isProveOfBecoming(range, cues, document: document)
    }
  }

  /// The hedges of a sentence, except those inside a quotation.
  static func ownHedges(_ cues: SentenceFeatures.Cues) -> [Range<Int>] {
    cues.hedges.filter { !isQuoted($0, cues) }
  }

  static func isQuoted(_ range: Range<Int>, _ cues: SentenceFeatures.Cues) -> Bool {
    let span = cues.span(of: range)
    return cues.quotations.contains { $0.contains(span) }
  }

  /// Forms of `prove` read as boosters (`this proves that…`).
  static let proveForms: Set<String> = ["prove", "proves", "proved", "proven", "proving"]

  /// Words that follow `proves` when it means "turns out to be": `to (be)`, a degree adverb,
  /// or an article before one (`a very useful …`). From grammars' lists of copular verbs'
  /// complements.
  static let becomingComplements: Set<String> = [
    "to", "very", "quite", "rather", "really", "more", "less", "most", "least", "too", "so",
    "extremely", "particularly", "especially", "surprisingly", "remarkably", "highly", "fairly",
    "difficult", "hard", "easy", "useful", "useless", "helpful", "popular", "costly", "effective",
    "ineffective", "successful", "unsuccessful", "impossible", "possible", "necessary",
    "invaluable", "valuable", "fatal", "controversial", "true", "false", "wrong", "right",
    "unpopular", "expensive", "cheap", "essential", "crucial", "problematic", "worthwhile",
  ]

  /// Adjective endings: `proves successful`, `proves decisive`, `proved disastrous`.
  static let adjectiveEndings = [
    "ful", "ive", "able", "ible", "ous", "al", "ic", "ant", "ent", "less", "ing",
  ]

  static func isProveOfBecoming(
    _ range: Range<Int>, _ cues: SentenceFeatures.Cues, document: Document
  ) -> Bool {
    guard range.count == 1 else { return false }
    func word(_ index: Int) -> String? {
      index < cues.tokens.count ? document.text(of: cues.tokens[index].span).lowercased() : nil
    }
    guard let verb = word(range.lowerBound), proveForms.contains(verb),
      var next = word(range.upperBound)
    else { return false }
    if next == "a" || next == "an" {
      guard let after = word(range.upperBound + 1) else { return false }
      next = after
    }
    if becomingComplements.contains(next) { return true }
    return next.count > 4 && adjectiveEndings.contains { next.hasSuffix($0) }
  }
}
