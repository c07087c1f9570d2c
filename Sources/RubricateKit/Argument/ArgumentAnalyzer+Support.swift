extension ArgumentAnalyzer {
  /// Builds the claims and links each to its evidence.
  ///
  /// A claim is backed by (1) evidence inside its own sentence (a citation, quotation,
  /// statistic, year, named source, example or `because …` clause), (2) the sentences that
  /// follow it in the same paragraph up to the next claim, when they are evidence or carry
  /// such cues, and (3) when the claim draws a conclusion (`therefore`, `thus`, …), the
  /// evidence before it in the paragraph back to the previous claim. A thesis (a claim in the
  /// introduction or conclusion of a text of three paragraphs or more) is further backed by
  /// the body claims that have support of their own (it is as supported as its best one) and
  /// by the evidence of body paragraphs that make no claim of their own: such a paragraph
  /// argues for the thesis directly.
  static func linkClaims(
    document: Document, sentences: [Span], groups: [[Int]], cues: [SentenceFeatures.Cues],
    assessments: [SentenceAssessment]
  ) -> [Claim] {
    var claims: [Claim] = []
    var direct: [ClaimEvidence] = []
    for (paragraph, members) in groups.enumerated() {
      let isBody = groups.count >= 3 && paragraph > 0 && paragraph < groups.count - 1
      if isBody, !members.contains(where: { assessments[$0].role == .claim }) {
        for index in members {
          direct += sentenceEvidence(
            index, sentences: sentences, cues: cues, assessments: assessments,
            document: document)
        }
      }
      for (position, index) in members.enumerated() where assessments[index].role == .claim {
        var evidence = ownEvidence(cues[index], document: document)
        var next = position + 1
        while next < members.count, assessments[members[next]].role != .claim {
          evidence += sentenceEvidence(
            members[next], sentences: sentences, cues: cues, assessments: assessments,
            document: document)
          next += 1
        }
        if cues[index].matches.opens(.conclusive)
          || cues[index].matches.opens(.conclusionOpeners)
        {
          var previous = position - 1
          var before: [ClaimEvidence] = []
          while previous >= 0, assessments[members[previous]].role != .claim {
            before =
              sentenceEvidence(
                members[previous], sentences: sentences, cues: cues, assessments: assessments,
                document: document) + before
            previous -= 1
          }
          evidence = before + evidence
        }
        let support = support(of: evidence)
        let boosters = assertedBoosters(cues[index], document: document).map {
          document.text(of: cues[index].span(of: $0))
        }
        let sentence = sentences[index]
        claims.append(
          Claim(
            sentence: index, start: sentence.start, end: sentence.end,
            text: document.text(of: sentence), support: support, evidence: evidence,
            features: assessments[index].features.map(\.name),
            confidence: assessments[index].confidence, boosters: boosters,
            overclaim: support != .supported && !boosters.isEmpty,
            thesis: groups.count >= 3 && (paragraph == 0 || paragraph == groups.count - 1)))
      }
    }
    let backing = claims.filter { !$0.thesis && $0.support != .unsupported }
    let backingEvidence =
      backing.map {
        ClaimEvidence(
          start: $0.start, end: $0.end, text: $0.text, kind: .claim,
          checkable: $0.support == .supported)
      } + direct
    for index in claims.indices where claims[index].thesis && !backingEvidence.isEmpty {
      var claim = claims[index]
      claim.evidence += backingEvidence.sorted { $0.start < $1.start }
      claim.support = support(of: claim.evidence)
      claim.overclaim = claim.support != .supported && !claim.boosters.isEmpty
      claims[index] = claim
    }
    return claims
  }

  /// Supported when a reader could check some piece of the evidence (a citation or link, a
  /// quotation or figure with its origin named); weak when there is evidence but none of it
  /// checkable (the writer's reasoning, an uncited example, a source named vaguely, data with
  /// no origin); unsupported with no evidence at all.
  static func support(of evidence: [ClaimEvidence]) -> ClaimSupport {
    if evidence.isEmpty { return .unsupported }
    if evidence.contains(where: \.checkable) { return .supported }
    return .weak
  }

  /// The evidence inside a claim's own sentence.
  static func ownEvidence(
    _ cues: SentenceFeatures.Cues, document: Document
  ) -> [ClaimEvidence] {
    var found: [(Span, ClaimEvidence.Kind)] = cues.citations.map { ($0, .citation) }
    found += cues.quotations.map { ($0, .quotation) }
    found += cues.statistics.map { (cues.span(of: $0), .statistic) }
    let inStatistics = Set(cues.statistics.map(\.lowerBound))
    found += cues.years.filter { !inStatistics.contains($0) }.map {
      (cues.tokens[$0].span, .number)
    }
    let end = cues.tokens.tokens.last?.span.end ?? 0
    if let source = cues.source {
      found.append((Span(cues.span(of: source).start, end), .source))
    }
    if let example = cues.example {
      found.append((Span(cues.span(of: example).start, end), .example))
    }
    if let reason = cues.reason {
      found.append((Span(cues.span(of: reason).start, end), .reason))
    }
    return found.sorted { $0.0 < $1.0 }.map { span, kind in
      ClaimEvidence(
        start: span.start, end: span.end, text: document.text(of: span), kind: kind,
        checkable: checkable(kind, cues: cues, document: document))
    }
  }

  /// A following (or, for a conclusion, preceding) sentence as evidence: the whole sentence,
  /// of the strongest kind it carries; an evidence sentence with no cue is a reason.
  /// A sentence with neither the role nor a cue is no evidence.
  static func sentenceEvidence(
    _ index: Int, sentences: [Span], cues: [SentenceFeatures.Cues],
    assessments: [SentenceAssessment], document: Document
  ) -> [ClaimEvidence] {
    guard let kind = evidenceKind(cues[index], role: assessments[index].role) else { return [] }
    let span = sentences[index]
    return [
      ClaimEvidence(
        start: span.start, end: span.end, text: document.text(of: span), kind: kind,
        checkable: checkable(kind, cues: cues[index], document: document))
    ]
  }

  /// The strongest kind of evidence a sentence with `cue` and `role` offers, if any (the cues
  /// are read in place, not copied).
  private static func evidenceKind(
    _ cue: SentenceFeatures.Cues, role: SentenceRole
  ) -> ClaimEvidence.Kind? {
    let kind: ClaimEvidence.Kind?
    if !cue.citations.isEmpty {
      kind = .citation
    } else if cue.source != nil {
      kind = .source
    } else if !cue.quotations.isEmpty {
      kind = .quotation
    } else if cue.example != nil {
      kind = .example
    } else if !cue.statistics.isEmpty {
      kind = .statistic
    } else if !cue.years.isEmpty {
      kind = .number
    } else if role == .evidence {
      kind = .reason
    } else {
      kind = nil
    }
    return kind
  }

  /// Whether evidence of `kind` found in a sentence with `cues` is something a reader could
  /// check: a citation or link always; a quotation or a figure when the same sentence names
  /// where it comes from (a citation, an attribution such as `according to`, a source word
  /// such as `survey`, or, for a quotation, a name outside the quoted words).
  static func checkable(
    _ kind: ClaimEvidence.Kind, cues: SentenceFeatures.Cues, document: Document
  ) -> Bool {
    if !cues.citations.isEmpty { return true }
    let origin = cues.source != nil || cues.sourceWord != nil
    let attributedQuotation =
      !cues.quotations.isEmpty && (origin || namesSomeone(cues, document: document))
    let figureWithOrigin = !cues.statistics.isEmpty && origin
    switch kind {
    case .citation: return true
    case .quotation, .statistic, .source, .example: return attributedQuotation || figureWithOrigin
    case .number, .reason, .claim: return false
    }
  }

  /// A capitalised word outside the quotations, past the sentence's first word and not `I`:
  /// the speaker a quotation is attributed to (`As the writer Mara Lind put it, “…”`).
  static func namesSomeone(_ cues: SentenceFeatures.Cues, document: Document) -> Bool {
    let scalars = document.scalars
    for token in cues.tokens.tokens.dropFirst() {
      let span = token.span
      if cues.quotations.contains(where: { $0.contains(offset: span.start) }) { continue }
      let first = scalars[span.start]
      guard first.properties.isUppercase else { continue }
      if span.end - span.start == 1 && first == "I" { continue }
      return true
    }
    return false
  }
}
