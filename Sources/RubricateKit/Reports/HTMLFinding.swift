/// One thing a report points at in a submission's text: a claim, a citation, an entry.
public struct HTMLFinding: Sendable, Equatable {
  /// What was found; the order of the cases is the order of the report's side list.
  public enum Kind: String, Sendable, CaseIterable {
    case unsupportedClaim
    case overclaim
    case weakClaim
    case unmatchedCitation
    case uncitedReference
    case referenceProblem
    /// A comment's quotation that is not in the post it answers.
    case quoteNotInPost
    case misspelling
    case mechanics
    case supportedClaim
    case matchedCitation
    case citedReference
    case booster
    case hedge
    case evidence

    /// The heading of the kind's group in the side list.
    public var label: String {
      switch self {
      case .unsupportedClaim: "Unsupported claims"
      case .overclaim: "Over-claiming"
      case .weakClaim: "Weakly supported claims"
      case .unmatchedCitation: "Citations with no reference entry"
      case .uncitedReference: "Reference entries never cited"
      case .referenceProblem: "Reference entries with problems"
      case .quoteNotInPost: "Quotations not found in the post"
      case .misspelling: "Spelling"
      case .mechanics: "Mechanics"
      case .supportedClaim: "Supported claims"
      case .matchedCitation: "Citations matched to an entry"
      case .citedReference: "Cited reference entries"
      case .booster: "Boosters"
      case .hedge: "Hedges"
      case .evidence: "Evidence behind the scores"
      }
    }

    /// The CSS class of its highlight (see ``HTMLStyle``).
    public var cssClass: String {
      switch self {
      case .unsupportedClaim: "claim-unsupported"
      case .overclaim: "overclaim"
      case .weakClaim: "claim-weak"
      case .unmatchedCitation: "cite-unmatched"
      case .uncitedReference: "ref-uncited"
      case .referenceProblem: "ref-problem"
      case .quoteNotInPost: "quote-missing"
      case .misspelling: "spelling"
      case .mechanics: "mechanics"
      case .supportedClaim: "claim-supported"
      case .matchedCitation: "cite-matched"
      case .citedReference: "ref-cited"
      case .booster: "booster"
      case .hedge: "hedge"
      case .evidence: "evidence"
      }
    }

    /// Whether the kind is something to fix (counted as a class's frequent finding).
    public var isProblem: Bool {
      switch self {
      case .unsupportedClaim, .overclaim, .weakClaim, .unmatchedCitation, .uncitedReference,
        .referenceProblem, .quoteNotInPost, .misspelling, .mechanics:
        true
      default: false
      }
    }
  }

  public var kind: Kind
  public var span: Span
  /// Extra words for the side list and hover text (problems of an entry, the criterion).
  public var note: String

  public init(kind: Kind, span: Span, note: String = "") {
    self.kind = kind
    self.span = span
    self.note = note
  }

  /// Every finding of a scored submission, in text order (ties: kind order, then note).
  ///
  /// Criterion evidence is added only where no other finding already covers the same span.
  public static func collect(_ result: SubmissionResult) -> [HTMLFinding] {
    let summary = result.analysis.summary
    var found: [HTMLFinding] = []
    func add(_ kind: Kind, _ spans: [Span], note: String = "") {
      for span in spans where !span.isEmpty {
        found.append(HTMLFinding(kind: kind, span: span, note: note))
      }
    }
    add(.unsupportedClaim, summary.unsupportedClaims)
    add(.overclaim, summary.overclaims)
    add(.weakClaim, summary.weakClaims)
    add(.unmatchedCitation, summary.unmatchedCitations)
    add(.uncitedReference, summary.uncitedReferences)
    for problem in summary.referenceProblems {
      add(.referenceProblem, [problem.span], note: ReferenceProblem.messages(problem.problems))
    }
    add(.quoteNotInPost, summary.quotesNotInPost, note: "this quotation is not in the post")
    for word in result.analysis.language.spelling {
      let note =
        word.suggestions.isEmpty
        ? "not in the dictionary"
        : "did you mean " + word.suggestions.prefix(3).map { "“\($0)”" }.joined(separator: ", ")
      add(.misspelling, [word.span], note: note + "?")
    }
    for slip in result.analysis.language.mechanics {
      add(.mechanics, [slip.span], note: slip.message)
    }
    add(.supportedClaim, summary.supportedClaims)
    let unmatched = Set(summary.unmatchedCitations)
    add(.matchedCitation, summary.countedCitations.filter { !unmatched.contains($0) })
    add(.citedReference, summary.citedReferences)
    add(.booster, summary.boosters)
    add(.hedge, summary.hedges)
    var covered = Set(found.map(\.span))
    for criterion in result.criteria {
      for span in criterion.evidence where !span.isEmpty && !covered.contains(span) {
        found.append(HTMLFinding(kind: .evidence, span: span, note: criterion.title))
        covered.insert(span)
      }
    }
    let rank = Dictionary(uniqueKeysWithValues: Kind.allCases.enumerated().map { ($1, $0) })
    return found.sorted {
      if $0.span != $1.span { return $0.span < $1.span }
      if $0.kind != $1.kind { return rank[$0.kind, default: 0] < rank[$1.kind, default: 0] }
      return $0.note < $1.note
    }
  }
}
