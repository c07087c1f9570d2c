/// What a revision is compared on: one graded submission reduced to its scores, its sentences,
/// its findings, its sources and the feedback it received.
///
/// A snapshot is made from a fresh ``SubmissionResult`` or read back from a line of an earlier
/// run's `results.jsonl` (``init(record:)``), so a draft graded last week compares the same way
/// as one graded now.
public struct RevisionSnapshot: Sendable, Equatable {
  /// One criterion's outcome.
  public struct Criterion: Sendable, Equatable {
    public var id: String
    public var title: String
    public var points: Double
    public var maximumPoints: Double
    public var level: String

    public init(id: String, title: String, points: Double, maximumPoints: Double, level: String) {
      self.id = id
      self.title = title
      self.points = points
      self.maximumPoints = maximumPoints
      self.level = level
    }
  }

  /// A finding a revision can resolve: its kind and the text it quotes.
  public struct Finding: Sendable, Equatable, Hashable {
    /// `unsupportedClaim`, `weakClaim`, `overclaim`, `uncitedReference`, `unmatchedCitation`,
    /// `referenceProblem`, `misspelling`, `mechanics.<kind>` (`mechanics.repeatedWord`).
    public var kind: String
    public var text: String
    /// The body sentence the finding sits in (an index into ``sentences``), when it is one.
    public var sentence: Int?

    public init(kind: String, text: String, sentence: Int? = nil) {
      self.kind = kind
      self.text = text
      self.sentence = sentence
    }
  }

  /// A suggestion or question a peer left on the post.
  public struct Feedback: Sendable, Equatable {
    public var commentID: String
    public var author: String?
    /// `suggestion` or `question`.
    public var kind: String
    public var text: String
    /// Passages of the post the comment quoted (found in the post).
    public var quotes: [String]

    public init(commentID: String, author: String?, kind: String, text: String, quotes: [String]) {
      self.commentID = commentID
      self.author = author
      self.kind = kind
      self.text = text
      self.quotes = quotes
    }
  }

  public var id: String
  public var kind: Submission.Kind
  public var title: String?
  public var points: Double
  public var maximumPoints: Double
  public var percentage: Double
  public var criteria: [Criterion]
  /// The body's sentences, in order.
  public var sentences: [String]
  public var findings: [Finding]
  /// Reference entries and link targets.
  public var sources: [String]
  /// For a post: the suggestions and questions its comments made.
  public var feedback: [Feedback]

  public init(
    id: String, kind: Submission.Kind, title: String?, points: Double, maximumPoints: Double,
    percentage: Double, criteria: [Criterion], sentences: [String], findings: [Finding],
    sources: [String], feedback: [Feedback] = []
  ) {
    self.id = id
    self.kind = kind
    self.title = title
    self.points = points
    self.maximumPoints = maximumPoints
    self.percentage = percentage
    self.criteria = criteria
    self.sentences = sentences
    self.findings = findings
    self.sources = sources
    self.feedback = feedback
  }

  /// The snapshot of a graded submission, with the comments graded beside it (for a post).
  public init(_ result: SubmissionResult, comments: [SubmissionResult] = []) {
    self.init(result, feedback: comments.flatMap { Self.feedback(from: $0) })
  }

  /// The snapshot of a graded submission with its comments' feedback, each comment's taken
  /// (``feedback(from:)``) while its analysis was at hand (`grade` keeps no analysis).
  public init(_ result: SubmissionResult, feedback: [Feedback]) {
    let analysis = result.analysis
    let document = analysis.document
    let sentenceSpans = analysis.text.sentences
    let claims = analysis.argument.claims.map {
      ClaimFacts(
        sentence: $0.sentence, text: $0.text, support: $0.support.rawValue,
        overclaim: $0.overclaim)
    }
    let citations = analysis.citations
    self.init(
      id: result.submission.id, kind: result.submission.kind, title: result.submission.title,
      points: result.points, maximumPoints: result.maximumPoints,
      percentage: result.percentage,
      criteria: result.criteria.map {
        Criterion(
          id: $0.criterionID, title: $0.title, points: $0.points,
          maximumPoints: $0.maximumPoints, level: $0.level)
      },
      sentences: sentenceSpans.map { document.text(of: $0) },
      findings: Self.findings(
        claims: claims,
        uncited: citations.uncitedReferences.map { citations.references[$0].text },
        unmatched: citations.unmatchedCitations.map { citations.citations[$0].text },
        problems: citations.referencesWithProblems.map { citations.references[$0].text },
        misspellings: analysis.language.spelling.map(\.text),
        mechanics: analysis.language.mechanics.map { ($0.kind.rawValue, $0.text) }),
      sources: citations.references.map(\.text) + result.submission.links.map(\.url),
      feedback: feedback)
  }

  /// What the findings are made of, from a live analysis or from JSON alike.
  struct ClaimFacts {
    var sentence: Int
    var text: String
    var support: String
    var overclaim: Bool
  }

  static func findings(
    claims: [ClaimFacts], uncited: [String], unmatched: [String], problems: [String],
    misspellings: [String] = [], mechanics: [(kind: String, text: String)] = []
  ) -> [Finding] {
    var findings: [Finding] = []
    for claim in claims {
      if claim.support == ClaimSupport.unsupported.rawValue {
        findings.append(
          Finding(kind: "unsupportedClaim", text: claim.text, sentence: claim.sentence))
      } else if claim.support == ClaimSupport.weak.rawValue {
        findings.append(Finding(kind: "weakClaim", text: claim.text, sentence: claim.sentence))
      }
      if claim.overclaim {
        findings.append(Finding(kind: "overclaim", text: claim.text, sentence: claim.sentence))
      }
    }
    findings += uncited.map { Finding(kind: "uncitedReference", text: $0) }
    findings += unmatched.map { Finding(kind: "unmatchedCitation", text: $0) }
    findings += problems.map { Finding(kind: "referenceProblem", text: $0) }
    findings += misspellings.map { Finding(kind: "misspelling", text: $0) }
    findings += mechanics.map { Finding(kind: "mechanics." + $0.kind, text: $0.text) }
    return findings
  }

  /// The suggestions and questions of a graded comment, for its post's snapshot.
  public static func feedback(from comment: SubmissionResult) -> [Feedback] {
    guard let analysis = comment.analysis.comment else { return [] }
    let quotes = analysis.quotes.filter(\.foundInPost).map(\.text)
    return analysis.moves.compactMap { move in
      guard move.kind == .suggestion || move.kind == .question else { return nil }
      return Feedback(
        commentID: comment.submission.id, author: comment.submission.author,
        kind: move.kind.rawValue, text: move.text, quotes: quotes)
    }
  }
}
