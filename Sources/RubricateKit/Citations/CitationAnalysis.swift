/// The reference list, the in-text citations and how they match.
public struct CitationAnalysis: Sendable, Equatable {
  /// The parsed reference entries, in list order.
  public var references: [ReferenceEntry]
  /// The in-text citations, in text order.
  public var citations: [InTextCitation]
  /// The heading above the reference list, when there is one.
  public var referencesHeading: Span?

  /// An analysis from parsed entries and found citations.
  public init(
    references: [ReferenceEntry] = [], citations: [InTextCitation] = [],
    referencesHeading: Span? = nil
  ) {
    self.references = references
    self.citations = citations
    self.referencesHeading = referencesHeading
  }

  /// Indices of the entries no citation points at (nor could point at, when ambiguous).
  public var uncitedReferences: [Int] {
    var cited = Set<Int>()
    for citation in citations {
      if let reference = citation.reference { cited.insert(reference) }
      cited.formUnion(citation.candidates)
    }
    return references.indices.filter { !cited.contains($0) }
  }

  /// Indices of the citations that name a source the reference list does not hold.
  ///
  /// Links and attributions are left out: a link is its own source and an attribution is
  /// already reported as weak. With no reference list at all nothing is reported here (the
  /// missing list is the finding, see ``references``).
  public var unmatchedCitations: [Int] {
    guard !references.isEmpty else { return [] }
    return citations.indices.filter { index in
      let citation = citations[index]
      guard citation.kind != .link && citation.kind != .attribution else { return false }
      return citation.reference == nil && citation.candidates.isEmpty
    }
  }

  /// Indices of the citations that fit more than one entry.
  public var ambiguousCitations: [Int] {
    citations.indices.filter {
      citations[$0].reference == nil && citations[$0].candidates.count > 1
    }
  }

  /// The citations that count as citing a source (everything but weak attributions).
  public var citationsInText: Int {
    citations.filter { $0.kind != .attribution }.count
  }

  /// Indices of the entries with at least one problem.
  public var referencesWithProblems: [Int] {
    references.indices.filter { !references[$0].problems.isEmpty }
  }

  /// Indices of the entries at least one citation points at.
  public var citedReferences: [Int] {
    let uncited = Set(uncitedReferences)
    return references.indices.filter { !uncited.contains($0) }
  }
}

/// The same findings as spans into the document, the shape measures and reports quote.
extension CitationAnalysis {
  /// The citations `citations.inText` counts (everything but weak attributions).
  public var countedCitationSpans: [Span] {
    citations.filter { $0.kind != .attribution }.map(\.span)
  }

  /// The entries no citation points at.
  public var uncitedReferenceSpans: [Span] {
    uncitedReferences.map { Span(references[$0].start, references[$0].end) }
  }

  /// The entries at least one citation points at.
  public var citedReferenceSpans: [Span] {
    citedReferences.map { Span(references[$0].start, references[$0].end) }
  }

  /// The citations whose source is missing from the list.
  public var unmatchedCitationSpans: [Span] { unmatchedCitations.map { citations[$0].span } }

  /// The citations that fit more than one entry.
  public var ambiguousCitationSpans: [Span] { ambiguousCitations.map { citations[$0].span } }

  /// Entries with problems, with the problems' codes (`no-year`, `unbalanced-quotes`, …).
  public var referenceProblemSpans: [(span: Span, problems: [String])] {
    referencesWithProblems.map { index in
      let entry = references[index]
      return (Span(entry.start, entry.end), entry.problems.map(\.rawValue))
    }
  }
}
