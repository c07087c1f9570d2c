extension SubmissionAnalysis {
  /// The findings that `stats`, measures, feedback items and reports share, derived once from
  /// the stages' results. Each list holds spans into the submission's document.
  public struct Summary: Sendable, Equatable {
    /// The citations `citations.inText` counts (not bare attributions).
    public var countedCitations: [Span] = []
    /// Reference entries never cited in the text.
    public var uncitedReferences: [Span] = []
    /// Reference entries cited at least once.
    public var citedReferences: [Span] = []
    /// Reference entries with at least one problem, with the problems.
    public var referenceProblems: [(span: Span, problems: [String])] = []
    /// In-text citations that match no reference entry.
    public var unmatchedCitations: [Span] = []
    public var supportedClaims: [Span] = []
    public var weakClaims: [Span] = []
    public var unsupportedClaims: [Span] = []
    /// Boosters on unsupported claims (over-claiming).
    public var overclaims: [Span] = []
    public var boosters: [Span] = []
    public var hedges: [Span] = []
    /// For a comment read against its post: the quotations that occur neither in the post nor
    /// in the comment it answers.
    public var quotesNotInPost: [Span] = []
    /// Comment moves by kind (`suggestion`, `question`, `counterpoint`, …).
    public var moves: [String: [Span]] = [:]

    /// In-text citations, not counting bare attributions.
    public var citationsInText: Int { countedCitations.count }
    public var referencesUncited: Int { uncitedReferences.count }
    public var claimsSupported: Int { supportedClaims.count }
    /// The claims that still need evidence a reader could check: the weak and the
    /// unsupported ones, in text order.
    public var claimsToSupport: [Span] { (weakClaims + unsupportedClaims).sorted() }

    public static func == (lhs: Summary, rhs: Summary) -> Bool {
      lhs.countedCitations == rhs.countedCitations
        && lhs.uncitedReferences == rhs.uncitedReferences
        && lhs.citedReferences == rhs.citedReferences
        && lhs.referenceProblems.map(\.span) == rhs.referenceProblems.map(\.span)
        && lhs.unmatchedCitations == rhs.unmatchedCitations
        && lhs.supportedClaims == rhs.supportedClaims && lhs.weakClaims == rhs.weakClaims
        && lhs.unsupportedClaims == rhs.unsupportedClaims && lhs.overclaims == rhs.overclaims
        && lhs.boosters == rhs.boosters && lhs.hedges == rhs.hedges && lhs.moves == rhs.moves
        && lhs.quotesNotInPost == rhs.quotesNotInPost
    }
  }

  /// Derives the headline findings from the stages' results.
  static func summarize(
    citations: CitationAnalysis, argument: ArgumentAnalysis, comment: CommentAnalysis?
  ) -> Summary {
    var summary = Summary()
    summary.countedCitations = citations.countedCitationSpans
    summary.uncitedReferences = citations.uncitedReferenceSpans
    summary.citedReferences = citations.citedReferenceSpans
    summary.referenceProblems = citations.referenceProblemSpans
    summary.unmatchedCitations = citations.unmatchedCitationSpans
    // In a peer comment, praise ("Otherwise nice writing.") is a pleasantry to the writer,
    // not a claim that needs support.
    let praise = (comment?.moves ?? []).filter { $0.kind == .praise }.map {
      Span($0.start, $0.end)
    }
    for claim in argument.claims {
      let span = Span(claim.start, claim.end)
      if praise.contains(where: { $0.contains(span) }) { continue }
      switch claim.support {
      case .supported: summary.supportedClaims.append(span)
      case .weak: summary.weakClaims.append(span)
      case .unsupported: summary.unsupportedClaims.append(span)
      }
      if claim.overclaim { summary.overclaims.append(span) }
    }
    for marker in argument.stanceMarkers {
      let span = Span(marker.start, marker.end)
      switch marker.kind {
      case .booster: summary.boosters.append(span)
      case .hedge: summary.hedges.append(span)
      }
    }
    summary.moves = comment?.moveSpans ?? [:]
    // With no post to read against (relevance and overlap both 0), nothing was looked up.
    if let comment, comment.relevance > 0 || comment.overlap > 0 {
      summary.quotesNotInPost = comment.quotes.filter { !$0.foundInPost && !$0.foundInParent }
        .map { Span($0.start, $0.end) }
    }
    return summary
  }
}
