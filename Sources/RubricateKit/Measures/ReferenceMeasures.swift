/// The reference list and how much of it the text actually uses.
enum ReferenceMeasures {
  /// A short post citing one of its two entries.
  static let sample = """
    Car-free streets raise footfall (Okafor, 2019).

    References

    Okafor, A. (2019). Streets for people. Urban Press.

    Lindqvist, M. (2021). Quiet cities. Journal of Transport 12(3), 40-58.
    """

  static let all: [Measure] = [
    Measure(
      id: "references.count", summary: "Entries in the reference list.", unit: .count,
      appliesTo: [.post], computation: "Entries of the reference list, headed or not.",
      examples: [Measure.Example(sample, value: 2), Measure.Example("No sources here.", value: 0)],
      compute: { analysis in
        MeasureValue(
          count: analysis.citations.references.map { Span($0.start, $0.end) })
      }),
    Measure(
      id: "references.cited", summary: "Reference entries cited at least once in the text.",
      unit: .count, appliesTo: [.post],
      computation:
        "Entries matched by at least one in-text citation (family name and year, or number).",
      examples: [Measure.Example(sample, value: 1)],
      compute: { MeasureValue(count: $0.summary.citedReferences) }),
    Measure(
      id: "references.citedFraction",
      summary: "Share of the reference entries that the text cites.", unit: .fraction,
      appliesTo: [.post],
      computation: "references.cited divided by references.count (0 with no list).",
      examples: [Measure.Example(sample, value: 0.5)],
      compute: { analysis in
        MeasureValue.fraction(
          analysis.summary.citedReferences.count, of: analysis.citations.references.count,
          evidence: analysis.summary.uncitedReferences)
      }),
    Measure(
      id: "references.withProblems",
      summary: "Reference entries missing something their style needs.", unit: .count,
      appliesTo: [.post],
      computation:
        "Entries with at least one problem: no year, no title, no container or publisher, unbalanced quotes, garbled characters.",
      examples: [
        Measure.Example(sample, value: 0),
        Measure.Example(
          "Cars are loud (Brandt 45).\n\nWorks Cited\n\nBrandt, Karl. “Noise in the City. Urban Studies, 2015.",
          value: 1),
      ],
      compute: { MeasureValue(count: $0.summary.referenceProblems.map(\.span)) }),
  ]
}
