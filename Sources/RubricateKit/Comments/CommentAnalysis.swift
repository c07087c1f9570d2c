/// How a peer comment engages with the post it answers.
///
/// Every span (`start`, `end`) indexes the comment's ``Document``.
public struct CommentAnalysis: Sendable, Equatable, Codable {
  /// TF-IDF cosine similarity of the comment to its post, 0 to 1 (0 when the post is unknown).
  public var relevance: Double
  /// The idf-weighted share of the comment's content words that also occur in the post, 0 to 1.
  public var overlap: Double
  /// The post's key terms that the comment takes up, most important first (as the post spells
  /// them).
  public var sharedTerms: [String]
  /// Whether the comment points at a specific part of the post: a quotation found in it, a
  /// close paraphrase, or a reference such as `your second paragraph` or `when you say`.
  public var localized: Bool
  /// Passages the comment puts in quotation marks, and whether each really occurs in the post.
  public var quotes: [CommentQuote]
  /// Unquoted stretches of the comment that repeat the post's wording closely.
  public var paraphrases: [CommentPassage]
  /// References to a part of the post (`your conclusion`, `when you say`, `the second paragraph`).
  public var partReferences: [CommentPassage]
  /// The feedback moves found, in text order.
  public var moves: [CommentMove]
  /// The number of moves of each kind.
  public var moveCounts: CommentMoveCounts
  /// Moves that give the writer something to work with: problems, suggestions, questions,
  /// counterpoints and evidence.
  public var constructiveMoves: Int
  /// Short on substance, mostly praise, and unrelated in content to the post.
  public var genericPraise: Bool
  /// For a reply: TF-IDF cosine similarity to the comment it answers.
  public var parentRelevance: Double?
  /// How clearly the comment says what to do, 0 to 1: its suggestions (in any person, as a
  /// modal, an imperative or a hedged request), questions, named problems and counterpoints,
  /// and how concrete they are.
  public var actionability = CommentScore()
  /// How exactly the comment says where and what, 0 to 1: places named (numbered parts,
  /// ordinals, headings, quotations found in the text, paraphrases) and specific details
  /// (terms, names, numbers).
  public var specificity = CommentScore()
  /// How useful the comment is to its writer, 0 to 1: actionability, specificity and
  /// development, with relevance to the post when the post is known; generic praise scores
  /// at most 0.1.
  public var usefulness = CommentScore()

  public init(
    relevance: Double = 0, overlap: Double = 0, sharedTerms: [String] = [],
    localized: Bool = false, quotes: [CommentQuote] = [], paraphrases: [CommentPassage] = [],
    partReferences: [CommentPassage] = [], moves: [CommentMove] = [], genericPraise: Bool = false,
    parentRelevance: Double? = nil
  ) {
    self.relevance = relevance
    self.overlap = overlap
    self.sharedTerms = sharedTerms
    self.localized = localized
    self.quotes = quotes
    self.paraphrases = paraphrases
    self.partReferences = partReferences
    self.moves = moves
    self.moveCounts = CommentMoveCounts(moves)
    self.constructiveMoves = moves.filter(\.kind.isConstructive).count
    self.genericPraise = genericPraise
    self.parentRelevance = parentRelevance
  }

  /// The moves of one kind.
  public func moves(_ kind: CommentMove.Kind) -> [CommentMove] {
    moves.filter { $0.kind == kind }
  }

  /// The spans of the moves, by kind name (`suggestion`, `question`, …); every kind present.
  public var moveSpans: [String: [Span]] {
    var result = Dictionary(
      uniqueKeysWithValues: CommentMove.Kind.allCases.map { ($0.rawValue, [Span]()) })
    for move in moves { result[move.kind.rawValue, default: []].append(Span(move.start, move.end)) }
    return result
  }
}
