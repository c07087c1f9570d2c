/// Claims the writer makes and whether evidence backs them.
enum ClaimMeasures {
  /// One supported claim (citation in the next sentence) and one unsupported claim.
  static let sample = """
    Cities should ban cars from their centres. Pedestrian zones raised shop sales by 17% in Oslo (Okafor, 2019).

    Everyone obviously prefers quiet streets.
    """

  static let all: [Measure] = [
    Measure(
      id: "claims.count", summary: "Claims: sentences that assert something arguable.",
      unit: .count, appliesTo: [.post],
      computation: "Body sentences classified as claims (thesis or argued points).",
      examples: [Measure.Example(sample, value: 2)],
      compute: { analysis in
        MeasureValue(count: analysis.argument.claims.map { Span($0.start, $0.end) })
      }),
    Measure(
      id: "claims.supported",
      summary: "Claims backed by evidence a reader could check.",
      unit: .count, appliesTo: [.post],
      computation:
        "Claims whose sentence, or an evidence sentence after it in the same paragraph, holds an in-text citation or link, a quotation attributed to a source, or a figure with its origin; reasoning, uncited examples and data with no origin are only weak support, and a thesis takes the support of the body claims and claimless body paragraphs that argue it.",
      examples: [Measure.Example(sample, value: 1)],
      compute: { MeasureValue(count: $0.summary.supportedClaims) }),
    Measure(
      id: "claims.supportedFraction", summary: "Share of the claims that are supported.",
      unit: .fraction, appliesTo: [.post],
      computation: "claims.supported divided by claims.count (0 with no claims).",
      examples: [Measure.Example(sample, value: 0.5)],
      compute: { analysis in
        MeasureValue.fraction(
          analysis.summary.supportedClaims.count, of: analysis.argument.claims.count,
          evidence: analysis.summary.claimsToSupport)
      }),
    Measure(
      id: "claims.unsupported", summary: "Claims with no support at all.", unit: .count,
      appliesTo: [.post],
      computation: "Claims with neither a source, data, an example nor a reason behind them.",
      examples: [Measure.Example(sample, value: 1)],
      compute: { MeasureValue(count: $0.summary.unsupportedClaims) }),
  ]
}
