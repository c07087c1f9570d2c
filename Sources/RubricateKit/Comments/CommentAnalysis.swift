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

/// A passage the comment puts in quotation marks (the marks excluded from the span).
public struct CommentQuote: Sendable, Equatable, Codable {
  public var start: Int
  public var end: Int
  public var text: String
  /// Whether the passage occurs in the post (ignoring case, quotation marks, punctuation and
  /// white space; an ellipsis may stand for omitted words).
  public var foundInPost: Bool
  /// For a reply: whether the passage occurs in the comment it answers.
  public var foundInParent: Bool

  public init(start: Int, end: Int, text: String, foundInPost: Bool, foundInParent: Bool = false) {
    self.start = start
    self.end = end
    self.text = text
    self.foundInPost = foundInPost
    self.foundInParent = foundInParent
  }
}

/// A stretch of the comment's text.
public struct CommentPassage: Sendable, Equatable, Codable {
  public var start: Int
  public var end: Int
  public var text: String

  public init(start: Int, end: Int, text: String) {
    self.start = start
    self.end = end
    self.text = text
  }
}

/// One feedback move: what the commenter does in a stretch of the comment.
public struct CommentMove: Sendable, Equatable, Codable {
  /// The kinds of feedback move, after Nelson & Schunn (2009) and describe–evaluate–suggest.
  public enum Kind: String, Sendable, Codable, CaseIterable {
    /// Describes what the post says (`you argue that …`).
    case summary
    /// Evaluates the post favourably (`convincing`, `I agree`).
    case praise
    /// Names a problem (`confusing`, `is missing`, `I didn't understand`).
    case problem
    /// Proposes a change (`you could`, `consider`, `it would help to`).
    case suggestion
    /// Asks the writer something.
    case question
    /// Brings a counter-argument or another perspective (`however`, `but what about`).
    case counterpoint
    /// Brings in evidence or a source (`according to`, `a study`, a link).
    case evidence
    /// Softens the feedback (`maybe`, `just a thought`).
    case mitigation

    /// Whether the move gives the writer something to work with.
    public var isConstructive: Bool {
      switch self {
      case .problem, .suggestion, .question, .counterpoint, .evidence: true
      case .summary, .praise, .mitigation: false
      }
    }
  }

  public var kind: Kind
  /// The clause the move covers: from its sentence's start (or the cue, when an earlier move
  /// shares the sentence) to the sentence's end (or the next move's cue).
  public var start: Int
  public var end: Int
  public var text: String
  /// The words that signalled the move, as written.
  public var cue: String

  public init(kind: Kind, start: Int, end: Int, text: String, cue: String) {
    self.kind = kind
    self.start = start
    self.end = end
    self.text = text
    self.cue = cue
  }
}

/// The number of moves of each kind (every kind present, zero included).
public struct CommentMoveCounts: Sendable, Equatable, Codable {
  public var summary = 0
  public var praise = 0
  public var problem = 0
  public var suggestion = 0
  public var question = 0
  public var counterpoint = 0
  public var evidence = 0
  public var mitigation = 0

  public init() {}

  /// Counts the moves of a list.
  public init(_ moves: [CommentMove]) {
    for move in moves { self[move.kind] += 1 }
  }

  public subscript(kind: CommentMove.Kind) -> Int {
    get {
      switch kind {
      case .summary: summary
      case .praise: praise
      case .problem: problem
      case .suggestion: suggestion
      case .question: question
      case .counterpoint: counterpoint
      case .evidence: evidence
      case .mitigation: mitigation
      }
    }
    set {
      switch kind {
      case .summary: summary = newValue
      case .praise: praise = newValue
      case .problem: problem = newValue
      case .suggestion: suggestion = newValue
      case .question: question = newValue
      case .counterpoint: counterpoint = newValue
      case .evidence: evidence = newValue
      case .mitigation: mitigation = newValue
      }
    }
  }
}
