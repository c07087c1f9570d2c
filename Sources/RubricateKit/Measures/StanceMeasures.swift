/// How strongly the writer commits: boosters and hedges per 100 words.
enum StanceMeasures {
  static let all: [Measure] = [
    Measure(
      id: "stance.boostersPer100Words",
      summary: "Boosters (clearly, obviously, no one can deny) per 100 body words.",
      unit: .per100Words, appliesTo: [.post, .comment],
      computation: "Booster phrases in the body × 100 / body.words.",
      examples: [
        Measure.Example(
          "Clearly, cars are obviously the problem in every city centre today.", value: 18.18)
      ],
      compute: { analysis in
        MeasureValue(analysis.argument.boostersPer100Words, evidence: analysis.summary.boosters)
      }),
    Measure(
      id: "stance.hedgesPer100Words",
      summary: "Hedges (may, perhaps, it seems) per 100 body words.", unit: .per100Words,
      appliesTo: [.post, .comment], computation: "Hedge phrases in the body × 100 / body.words.",
      examples: [
        Measure.Example(
          "Perhaps a ban may help some city centres, but not all of them.", value: 15.38)
      ],
      compute: { analysis in
        MeasureValue(analysis.argument.hedgesPer100Words, evidence: analysis.summary.hedges)
      }),
  ]
}
