/// How much of a post is other people's words in block quotes.
enum QuoteMeasures {
  static let sample = """
    Streets belong to people.

    > Cities that removed cars saw more walking and more trade.

    I agree with this.
    """

  static let all: [Measure] = [
    Measure(
      id: "quotes.words", summary: "Words in quoted passages (block quotes), not in the body.",
      unit: .words, appliesTo: [.post],
      computation: "Word tokens of the block quotes.",
      examples: [Measure.Example(sample, format: .markdown, value: 10)],
      compute: { analysis in
        MeasureValue(Double(analysis.quotes.statistics.words), evidence: analysis.submission.quotes)
      }),
    Measure(
      id: "quotes.fraction", summary: "Share of all words that are quoted.", unit: .fraction,
      appliesTo: [.post],
      computation: "quotes.words divided by quotes.words + body.words.",
      examples: [Measure.Example(sample, format: .markdown, value: 10.0 / 18.0)],
      compute: { analysis in
        MeasureValue.fraction(
          analysis.quotes.statistics.words,
          of: analysis.quotes.statistics.words + analysis.text.statistics.words,
          evidence: analysis.submission.quotes)
      }),
  ]
}
