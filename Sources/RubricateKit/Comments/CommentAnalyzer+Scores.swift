import Foundation

extension CommentAnalyzer {
  /// The weights of the three graded measures. Set by hand on the development half of RevUtil
  /// (review comments labelled by people; `bench/comments_labelled.py`) and on student comments
  /// written and labelled for this project (`bench/data/student-comments-labelled.jsonl`).
  enum ScoreRule {
    /// How much one move of each kind says what to do (a suggestion fully; a question or a
    /// named problem partly: the writer still has to find the change).
    static let actionStrength: [CommentMove.Kind: Double] = [
      .suggestion: 0.8, .question: 0.6, .problem: 0.3, .counterpoint: 0.2, .evidence: 0.1,
    ]
    /// The share of actionability a move keeps when the comment names nothing specific (`you
    /// should add more detail`): the rest comes with concreteness.
    static let vagueAction = 0.7
    /// Specific details (terms, names, numbers) at which concreteness reaches 1 − 1/e.
    static let detailScale = 4.0
    /// How much a place of each strength counts toward specificity.
    static let placeWeight = 0.6
    static let detailWeight = 0.55
    /// A quotation that cannot be checked (the post is not in the batch) counts this much of a
    /// place; one checked and not found counts nothing.
    static let uncheckedQuote = 0.6
    static let paraphrase = 0.7
    /// Words at which a comment's development reaches 1 − 1/e.
    static let wordScale = 45.0
    /// Usefulness: actionability, specificity, development and, when the post is known,
    /// relevance to it.
    static let usefulnessWeights = (action: 0.45, specific: 0.35, words: 0.2)
    static let relevanceShare = 0.15
    static let relevanceFull = 0.25
    /// What remains of usefulness when the comment misquotes the post.
    static let misquotePenalty = 0.6
    /// The most generic praise can score on usefulness.
    static let genericPraiseCap = 0.1
  }

  /// Actionability, specificity and usefulness of a comment from its moves, places and details.
  static func scores(
    document: Document, tokens: [CommentToken], sentenceOf: [Int], quoted: [Bool],
    moves: [CommentMove], places: [CommentPassage], quotes: [CommentQuote],
    paraphrases: [CommentPassage], postKnown: Bool, relevance: Double, genericPraise: Bool
  ) -> (actionability: CommentScore, specificity: CommentScore, usefulness: CommentScore) {
    let details = specificDetails(document: document, tokens: tokens, sentenceOf: sentenceOf)
    let concreteness = 1 - exp(-Double(details.count) / ScoreRule.detailScale)
    // An action tied to a place is concrete even in everyday words (`cut your third paragraph`).
    let actionConcreteness = places.isEmpty ? concreteness : 1

    // A quotation checked against the post and not found in it (nor in the comment answered)
    // puts words in the writer's mouth: moves about it give the writer nothing to act on.
    let misquotes = quotes.filter { quote in
      postKnown && !quote.foundInPost && !quote.foundInParent
        && quote.text.split(separator: " ").count >= minimumLocalizingQuoteWords
    }
    var missing = 1.0
    var actionEvidence: [CommentEvidence] = []
    for move in moves {
      guard let strength = ScoreRule.actionStrength[move.kind],
        !misquotes.contains(where: { $0.start < move.end && move.start < $0.end })
      else { continue }
      missing *= 1 - strength
      actionEvidence.append(
        CommentEvidence(kind: move.kind.rawValue, start: move.start, end: move.end, text: move.text)
      )
    }
    let action =
      (1 - missing) * (ScoreRule.vagueAction + (1 - ScoreRule.vagueAction) * actionConcreteness)

    var place = 0.0
    var placeEvidence: [CommentEvidence] = places.map {
      CommentEvidence(kind: "place", start: $0.start, end: $0.end, text: $0.text)
    }
    if !places.isEmpty { place = 1 }
    for quote in quotes where quote.text.split(separator: " ").count >= minimumLocalizingQuoteWords
    {
      let strength =
        quote.foundInPost || quote.foundInParent ? 1 : postKnown ? 0 : ScoreRule.uncheckedQuote
      guard strength > 0 else { continue }
      place = max(place, strength)
      placeEvidence.append(
        CommentEvidence(kind: "place", start: quote.start, end: quote.end, text: quote.text))
    }
    if !paraphrases.isEmpty {
      place = max(place, ScoreRule.paraphrase)
      placeEvidence += paraphrases.map {
        CommentEvidence(kind: "place", start: $0.start, end: $0.end, text: $0.text)
      }
    }
    let detailEvidence = details.map {
      CommentEvidence(kind: "detail", start: $0.start, end: $0.end, text: document.text(of: $0))
    }
    let specific = min(
      1, ScoreRule.placeWeight * place + ScoreRule.detailWeight * concreteness)

    let words = 1 - exp(-Double(tokens.count) / ScoreRule.wordScale)
    let weights = ScoreRule.usefulnessWeights
    var useful = weights.action * action + weights.specific * specific + weights.words * words
    if postKnown {
      let related = min(1, relevance / ScoreRule.relevanceFull)
      useful = (1 - ScoreRule.relevanceShare) * useful + ScoreRule.relevanceShare * related
    }
    if !misquotes.isEmpty { useful *= ScoreRule.misquotePenalty }
    if genericPraise { useful = min(useful, ScoreRule.genericPraiseCap) }
    let placeAndDetail = (placeEvidence + detailEvidence).sorted { $0.start < $1.start }
    return (
      CommentScore(value: rounded(action), evidence: actionEvidence),
      CommentScore(value: rounded(specific), evidence: placeAndDetail),
      CommentScore(
        value: rounded(useful),
        evidence: (actionEvidence + placeEvidence).sorted {
          ($0.start, $0.end) < ($1.start, $1.end)
        })
    )
  }

  /// What makes a comment say "what exactly": terms outside everyday English (technical words,
  /// the post's own vocabulary), names and acronyms in mid-sentence, numbers, and formulas.
  /// One span per distinct word.
  static func specificDetails(document: Document, tokens: [CommentToken], sentenceOf: [Int])
    -> [Span]
  {
    let english = TermWeights.english.perBillion
    var seen = Set<String>()
    var result: [Span] = []
    for (index, token) in tokens.enumerated() {
      let scalars = document.scalars[token.span.range]
      guard let first = scalars.first else { continue }
      let opens = index == 0 || sentenceOf[index - 1] != sentenceOf[index]
      let isNumber = ("0"..."9").contains(first)
      let isName = !opens && ("A"..."Z").contains(first) && token.word != "i"
      let isRare = token.isContent && token.word.count > 3 && english[token.stem] == nil
      let isSpecific = (isNumber && !opens && scalars.count > 0) || isName || isRare
      guard isSpecific, seen.insert(token.stem).inserted else { continue }
      result.append(token.span)
    }
    return result
  }
}
