extension ArgumentAnalyzer {
  /// Builds the claims and links each to its evidence.
  ///
  /// A claim is backed by (1) evidence inside its own sentence (a citation, quotation,
  /// statistic, year, named source, example or `because …` clause), (2) the sentences that
  /// follow it in the same paragraph up to the next claim, when they are evidence or carry
  /// such cues, and (3) when the claim draws a conclusion (`therefore`, `thus`, …), the
  /// evidence before it in the paragraph back to the previous claim. A thesis (a claim in the
  /// introduction or conclusion of a text of three paragraphs or more) is further backed by
  /// the body claims that have support of their own: it is as supported as its best one.
  static func linkClaims(
    document: Document, sentences: [Span], groups: [[Int]], cues: [SentenceFeatures.Cues],
    assessments: [SentenceAssessment]
  ) -> [Claim] {
    var claims: [Claim] = []
    for (paragraph, members) in groups.enumerated() {
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
        let boosters = cues[index].boosters.map { document.text(of: cues[index].span(of: $0)) }
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
    for index in claims.indices where claims[index].thesis && !backing.isEmpty {
      var claim = claims[index]
      claim.evidence += backing.map {
        ClaimEvidence(start: $0.start, end: $0.end, text: $0.text, kind: .claim)
      }
      let best: ClaimSupport =
        backing.contains { $0.support == .supported } ? .supported : .weak
      if claim.support != .supported { claim.support = best }
      claim.overclaim = claim.support != .supported && !claim.boosters.isEmpty
      claims[index] = claim
    }
    return claims
  }

  /// Supported when any piece is external (citation, source, quotation, example) or is data
  /// whose source is cited beside it; weak when there is only reasoning or unsourced data.
  static func support(of evidence: [ClaimEvidence]) -> ClaimSupport {
    if evidence.isEmpty { return .unsupported }
    if evidence.contains(where: \.kind.isExternal) { return .supported }
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
      ClaimEvidence(start: span.start, end: span.end, text: document.text(of: span), kind: kind)
    }
  }

  /// A following (or, for a conclusion, preceding) sentence as evidence: the whole sentence,
  /// of the strongest kind it carries; an evidence sentence with no cue is a reason.
  /// A sentence with neither the role nor a cue is no evidence.
  static func sentenceEvidence(
    _ index: Int, sentences: [Span], cues: [SentenceFeatures.Cues],
    assessments: [SentenceAssessment], document: Document
  ) -> [ClaimEvidence] {
    let cue = cues[index]
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
    } else if assessments[index].role == .evidence {
      kind = .reason
    } else {
      kind = nil
    }
    guard let kind else { return [] }
    let span = sentences[index]
    return [
      ClaimEvidence(start: span.start, end: span.end, text: document.text(of: span), kind: kind)
    ]
  }
}
