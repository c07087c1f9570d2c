import Foundation

/// Analyses a peer comment against the post it answers: relevance, localisation, feedback moves
/// and generic praise.
public enum CommentAnalyzer {
  /// When a comment counts as generic praise: it praises, brings nothing constructive other
  /// than perhaps a question, points at no part of the post, most of its words (function words
  /// aside) are in praising clauses, and it shares fewer than two content words with the post
  /// (naming the topic, as in "I agree uniforms are bad", is not engaging with it).
  /// Thresholds set by hand on comments written for this project (Tests/…/Comments).
  enum GenericPraiseRule {
    static let minimumSharedTermsForRelated = 2
    static let minimumPraiseShare = 0.5
  }
  /// A quotation needs this many words to localise a comment (one quoted word is not a place).
  static let minimumLocalizingQuoteWords = 2
  /// An unquoted run of the post's words localises a comment from this length on (a quotation
  /// without the marks); shorter shared phrases only show the topic is the same.
  static let minimumLocalizingEchoWords = 7

  /// Analyses `body` (spans of `comment`) against `postBody` (spans of `post`).
  ///
  /// For a reply, `parent` and `parentBody` are the comment it answers: quotations are looked
  /// for there too and ``CommentAnalysis/parentRelevance`` is set.
  public static func analyze(
    comment: Document, body: [Span], post: Document?, postBody: [Span], weights: TermWeights,
    parent: Document? = nil, parentBody: [Span] = []
  ) -> CommentAnalysis {
    let postContext = post.map { CommentContext(document: $0, body: postBody, weights: weights) }
    let parentContext = parent.map {
      CommentContext(document: $0, body: parentBody, weights: weights)
    }
    return analyze(
      comment: comment, body: body, post: postContext, parent: parentContext, weights: weights)
  }

  /// Analyses a comment against a prepared post (build one ``CommentContext`` per post when
  /// scoring many comments).
  public static func analyze(
    comment document: Document, body: [Span], post: CommentContext?,
    parent: CommentContext? = nil, weights: TermWeights
  ) -> CommentAnalysis {
    let tokens = CommentText.tokens(in: document, spans: body)
    let sentences = body.flatMap { SentenceSplitter.sentences(in: document, span: $0) }
    let sentenceOf = sentenceIndices(of: tokens, sentences: sentences)
    let quotationSpans = quotations(in: document, body: body)
    var quoted = [Bool](repeating: false, count: tokens.count)
    let quotedTokens = quotationSpans.map { tokenRange(of: $0, in: tokens) }
    for range in quotedTokens {
      for index in range { quoted[index] = true }
    }

    let quotes = zip(quotationSpans, quotedTokens).map { span, range in
      let runs = quotedRuns(of: span, tokens: tokens[range], document: document)
      return CommentQuote(
        start: span.start, end: span.end, text: document.text(of: span),
        foundInPost: post.map { occurs(runs, in: $0) } ?? false,
        foundInParent: parent.map { occurs(runs, in: $0) } ?? false)
    }
    let moves = moves(
      document: document, tokens: tokens, sentences: sentences, sentenceOf: sentenceOf,
      quoted: quoted, quotations: quotationSpans, inPost: { post?.vector[$0] != nil })
    let phraseReferences = partMatcher.matches(in: tokens) { _ in true }
      .filter { $0.label && !quoted[$0.tokens.lowerBound] }
      .map { passage(tokens[$0.tokens], document: document) }
    // In text order, without a place inside another.
    var partReferences: [CommentPassage] = []
    for place
      in (phraseReferences
      + placeReferences(document: document, tokens: tokens, quoted: quoted))
      .sorted(by: { ($0.start, -$0.end) < ($1.start, -$1.end) })
    where place.start >= (partReferences.last?.end ?? -1) {
      partReferences.append(place)
    }
    let echoRuns = post.map { echoes(of: $0, tokens: tokens, quoted: quoted) } ?? []
    let restated =
      post.map {
        paraphrasedSentences(
          of: $0, tokens: tokens, sentences: sentences, sentenceOf: sentenceOf, quoted: quoted,
          document: document)
      } ?? []
    let passages = echoRuns.map { passage(tokens[$0], document: document) } + restated

    // In text order, without echoes inside a paraphrased sentence.
    var paraphrases: [CommentPassage] = []
    for passage in passages.sorted(by: { ($0.start, -$0.end) < ($1.start, -$1.end) })
    where passage.end > (paraphrases.last?.end ?? -1) {
      paraphrases.append(passage)
    }
    // Sums run in sorted key order: dictionary order changes from run to run, and the JSON
    // must not.
    let vector = CommentContext.sortedVector(of: tokens, weights: weights)
    let relevance = post?.cosine(sorted: vector) ?? 0
    let isShared = vector.map { post?.vector[$0.key] != nil }
    let sharedCount = isShared.filter { $0 }.count
    // The post's key terms the comment uses, in the post's order.
    let sharedTerms =
      post.map { context in
        zip(vector, isShared).compactMap { entry, shared in
          shared ? context.keyTermRanks[entry.key] : nil
        }.sorted().map { context.spelling[context.keyTerms[$0]] ?? context.keyTerms[$0] }
      } ?? []
    let totalWeight = vector.reduce(0) { $0 + $1.value }
    let sharedWeight = zip(vector, isShared).reduce(0) { $0 + ($1.1 ? $1.0.value : 0) }
    let overlap = totalWeight > 0 ? sharedWeight / totalWeight : 0

    let localized =
      !partReferences.isEmpty || !restated.isEmpty
      || echoRuns.contains { $0.count >= minimumLocalizingEchoWords }
      || zip(quotes, quotedTokens).contains { quote, range in
        (quote.foundInPost || quote.foundInParent) && range.count >= minimumLocalizingQuoteWords
      }
    let genericPraise = isGenericPraise(
      moves: moves, tokens: tokens, localized: localized, sharedCount: sharedCount)
    let scores = scores(
      document: document, tokens: tokens, sentenceOf: sentenceOf, quoted: quoted, moves: moves,
      places: partReferences, quotes: quotes, paraphrases: paraphrases, postKnown: post != nil,
      relevance: relevance, genericPraise: genericPraise)
    var analysis = CommentAnalysis(
      relevance: rounded(relevance), overlap: rounded(overlap), sharedTerms: sharedTerms,
      localized: localized, quotes: quotes, paraphrases: paraphrases,
      partReferences: partReferences, moves: moves, genericPraise: genericPraise,
      parentRelevance: parent.map { rounded($0.cosine(sorted: vector)) })
    analysis.actionability = scores.actionability
    analysis.specificity = scores.specificity
    analysis.usefulness = scores.usefulness
    return analysis
  }

  private static func isGenericPraise(
    moves: [CommentMove], tokens: [CommentToken], localized: Bool, sharedCount: Int
  ) -> Bool {
    let praise = moves.filter { $0.kind == .praise }.map { Span($0.start, $0.end) }
    guard !praise.isEmpty, !localized else { return false }
    if moves.contains(where: { $0.kind.isConstructive && $0.kind != .question }) { return false }
    if sharedCount >= GenericPraiseRule.minimumSharedTermsForRelated { return false }
    // Questions unrelated to the post ("what made you pick this topic?") are neutral.
    var inQuestion = [Bool](repeating: false, count: tokens.count)
    for move in moves where move.kind == .question {
      for index in tokenRange(of: Span(move.start, move.end), in: tokens) {
        inQuestion[index] = true
      }
    }
    var inPraise = [Bool](repeating: false, count: tokens.count)
    for span in praise {
      for index in tokenRange(of: span, in: tokens) { inPraise[index] = true }
    }
    // Function words and numbers ("10/10") are neither praise nor substance.
    let counted = tokens.indices.filter { index in
      !inQuestion[index]
        && !CommentVocabulary.stopWords.contains(tokens[index].word, ends: tokens[index].wordEnds)
        && tokens[index].word.unicodeScalars.contains(where: \.isLetter)
    }
    let praiseWords = counted.filter { inPraise[$0] }.count
    return Double(praiseWords) >= GenericPraiseRule.minimumPraiseShare * Double(counted.count)
  }

  /// When a comment sentence restates one sentence of the post: it shares at least
  /// `minimumShared` content words with it, and they make up at least `minimumShare` of the
  /// content words of each. Set by hand on comments written for this project.
  enum ParaphraseRule {
    static let minimumShared = 3
    static let minimumShare = 0.5
  }

  /// Comment sentences whose unquoted content words closely restate one sentence of the post.
  private static func paraphrasedSentences(
    of context: CommentContext, tokens: [CommentToken], sentences: [Span], sentenceOf: [Int],
    quoted: [Bool], document: Document
  ) -> [CommentPassage] {
    var stemsBySentence = [Set<Int>](repeating: [], count: sentences.count)
    for (index, token) in tokens.enumerated() where token.isContent && !quoted[index] {
      stemsBySentence[sentenceOf[index]].insert(token.stemHash)
    }
    var result: [CommentPassage] = []
    for (index, stems) in stemsBySentence.enumerated()
    where stems.count >= ParaphraseRule.minimumShared {
      guard let closest = context.closestSentence(to: stems),
        closest.shared >= ParaphraseRule.minimumShared,
        Double(closest.shared) >= ParaphraseRule.minimumShare * Double(stems.count),
        Double(closest.shared)
          >= ParaphraseRule.minimumShare * Double(context.sentenceSizes[closest.sentence])
      else { continue }
      let span = sentences[index]
      result.append(CommentPassage(start: span.start, end: span.end, text: document.text(of: span)))
    }
    return result
  }

  /// Unquoted stretches of the comment that repeat runs of the post's words.
  private static func echoes(
    of context: CommentContext, tokens: [CommentToken], quoted: [Bool]
  ) -> [Range<Int>] {
    let length = CommentContext.shingleLength
    guard tokens.count >= length else { return [] }
    var runs: [Range<Int>] = []
    for (start, shingle) in CommentContext.shingles(of: tokens).enumerated() {
      let window = start..<start + length
      guard context.shingles.contains(shingle), !window.contains(where: { quoted[$0] }),
        window.filter({ tokens[$0].isContent }).count >= 2
      else { continue }
      if let last = runs.last, last.upperBound >= start {
        runs[runs.count - 1] = last.lowerBound..<window.upperBound
      } else {
        runs.append(window)
      }
    }
    return runs
  }

  static func passage(_ tokens: ArraySlice<CommentToken>, document: Document)
    -> CommentPassage
  {
    let start = tokens.first?.span.start ?? 0
    let end = tokens.last?.span.end ?? start
    return CommentPassage(start: start, end: end, text: document.text(of: Span(start, end)))
  }

  /// The indices of the tokens lying wholly inside `span` (tokens are in text order).
  static func tokenRange(of span: Span, in tokens: [CommentToken]) -> Range<Int> {
    func firstIndex(startingAtOrAfter offset: Int) -> Int {
      var low = 0
      var high = tokens.count
      while low < high {
        let mid = (low + high) / 2
        if tokens[mid].span.start < offset { low = mid + 1 } else { high = mid }
      }
      return low
    }
    let lower = firstIndex(startingAtOrAfter: span.start)
    var upper = max(lower, firstIndex(startingAtOrAfter: span.end))
    while upper > lower, tokens[upper - 1].span.end > span.end { upper -= 1 }
    return lower..<upper
  }

  /// The index of the sentence holding each token (the last sentence starting at or before it).
  private static func sentenceIndices(of tokens: [CommentToken], sentences: [Span]) -> [Int] {
    var result: [Int] = []
    result.reserveCapacity(tokens.count)
    var sentence = 0
    for token in tokens {
      while sentence + 1 < sentences.count, sentences[sentence + 1].start <= token.span.start {
        sentence += 1
      }
      result.append(sentence)
    }
    return result
  }

  static func rounded(_ value: Double) -> Double {
    (value * 10_000).rounded() / 10_000
  }
}
