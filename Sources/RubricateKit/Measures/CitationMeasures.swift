/// In-text citations: how often the writer points at a source, and whether the list has it.
enum CitationMeasures {
  static let all: [Measure] = [
    Measure(
      id: "citations.inText", summary: "In-text citations (not counting bare attributions).",
      unit: .count, appliesTo: [.post, .comment],
      computation:
        "Parenthetical, narrative, numeric and link citations in the body; `according to the BBC` style attributions are not counted.",
      examples: [
        Measure.Example(
          "Traffic fell by a third (Marsh & Delgado, 2003; Brandt, 1999). Haddad (2007) argues otherwise.",
          value: 3),
        Measure.Example("In 2019 the plan covered pages 40-58 (roughly).", value: 0),
      ],
      compute: { MeasureValue(count: $0.summary.countedCitations) }),
    Measure(
      id: "citations.unmatched", summary: "In-text citations with no entry in the reference list.",
      unit: .count, appliesTo: [.post],
      computation:
        "Author-year or numeric citations that match no reference entry (counted only when there is a reference list).",
      examples: [
        Measure.Example(
          "Buses help (Wu, 2001). Trams help more (Okafor, 2019).\n\nReferences\n\nWu, L. (2001). Buses. City Press.",
          value: 1)
      ],
      compute: { MeasureValue(count: $0.summary.unmatchedCitations) }),
  ]
}
