/// Length and shape of the writer's own prose.
enum BodyMeasures {
  static let all: [Measure] = [
    Measure(
      id: "body.words", summary: "Words in the body (the writer's own prose).", unit: .words,
      appliesTo: [.post],
      computation:
        "Word tokens of the body paragraphs; titles, references, comments, boilerplate and quoted passages are not counted.",
      examples: [
        Measure.Example(
          "The city’s plan isn't new: 3.5 km of bus lanes opened in 2019.", value: 13),
        Measure.Example("", value: 0),
      ],
      compute: { MeasureValue(Double($0.text.statistics.words)) }),
    Measure(
      id: "body.sentences", summary: "Sentences in the body.", unit: .sentences,
      appliesTo: [.post], computation: "Sentences of the body paragraphs.",
      examples: [
        Measure.Example("Cars are loud. Dr. Okafor agrees! Do you?", value: 3),
        Measure.Example("One.\n\nTwo.", value: 2),
      ],
      compute: { MeasureValue(count: $0.text.sentences) }),
    Measure(
      id: "body.paragraphs", summary: "Paragraphs in the body.", unit: .paragraphs,
      appliesTo: [.post], computation: "Blank-line separated blocks of the body that hold words.",
      examples: [
        Measure.Example("First paragraph.\n\nSecond paragraph.\n\nThird.", value: 3)
      ],
      compute: { MeasureValue(count: $0.text.paragraphs) }),
    Measure(
      id: "body.averageSentenceLength", summary: "Average words per body sentence.",
      unit: .wordsPerSentence, appliesTo: [.post],
      computation: "body.words divided by body.sentences (0 for an empty body).",
      examples: [
        Measure.Example("Cars are loud and slow. Buses are not.", value: 4)
      ],
      compute: {
        let stats = $0.text.statistics
        return MeasureValue(
          stats.sentences == 0 ? 0 : Double(stats.words) / Double(stats.sentences))
      }),
  ]
}
