/// Spelling, mechanics and vocabulary of the body (see ``LanguageAnalyzer``).
enum LanguageMeasures {
  static let all: [Measure] = [
    Measure(
      id: "language.spellingErrorsPer100Words",
      summary: "Misspelled words per 100 body words.", unit: .per100Words,
      appliesTo: [.post, .comment],
      computation:
        "Body words the SCOWL-based dictionary lacks (names, acronyms, numbers, addresses, citation callouts, quotations, code and allow-listed words never count), per 100 body words.",
      examples: [
        // 1 of 6 words: 100 / 6.
        Measure.Example("Teh cat sat on the mat.", value: 16.67),
        Measure.Example("Dr. Okafor visited Reykjavik and the NHS in 2019.", value: 0),
        Measure.Example("The colour and the color both pass.", value: 0),
      ],
      compute: { per100(count: $0.language.spelling.map(\.span), words: $0) }),
    Measure(
      id: "language.mechanicsErrorsPer100Words",
      summary: "Mechanics slips per 100 body words.", unit: .per100Words,
      appliesTo: [.post, .comment],
      computation:
        "Lower-case sentence starts and \"i\", repeated words, missing spaces after sentence punctuation, a/an before the wrong sound, doubled punctuation, unbalanced quotation marks and brackets, run-on sentences and Because/Which fragments, per 100 body words.",
      examples: [
        // "i", "the the" and "an red": 3 of 11 words.
        Measure.Example("Then i saw the the car. It was an red car.", value: 27.27),
        Measure.Example("I saw an hour pass. It was a university town.", value: 0),
      ],
      compute: { per100(count: $0.language.mechanics.map(\.span), words: $0) }),
    Measure(
      id: "language.conventionsErrorsPer100Words",
      summary: "Spelling and mechanics slips together, per 100 body words.", unit: .per100Words,
      appliesTo: [.post, .comment],
      computation:
        "language.spellingErrorsPer100Words plus language.mechanicsErrorsPer100Words: what a rubric's conventions row counts.",
      examples: [
        // "Teh" and "i": 2 of 6 words.
        Measure.Example("Teh car, i think, works.", value: 40),
        Measure.Example("The car works.", value: 0),
      ],
      compute: {
        per100(
          count: ($0.language.spelling.map(\.span) + $0.language.mechanics.map(\.span)).sorted(),
          words: $0)
      }),
    Measure(
      id: "vocabulary.mattr",
      summary: "Vocabulary diversity: moving-average type-token ratio (window of 50 words).",
      unit: .fraction, appliesTo: [.post, .comment],
      computation:
        "The mean share of distinct words in every window of 50 consecutive body words (case-insensitive; the plain type-token ratio for a shorter body).",
      examples: [
        // 5 distinct (the, cat, and, dog, bird) of 8.
        Measure.Example("The cat and the dog and the bird.", value: 0.625),
        Measure.Example("One two three four.", value: 1),
      ],
      compute: { MeasureValue($0.language.vocabulary.mattr) }),
    Measure(
      id: "vocabulary.rareWordShare",
      summary: "Share of correctly spelled body words that are rare in general English.",
      unit: .fraction, appliesTo: [.post, .comment],
      computation:
        "Words outside the frequency table's band (Zipf frequency below 4, about 10 uses per million words) over the body's correctly spelled words.",
      examples: [
        // Only "ubiquitous" is below the band: 1 of 4.
        Measure.Example("Ubiquitous cars are loud.", value: 0.25),
        Measure.Example("The people are here.", value: 0),
      ],
      compute: { MeasureValue($0.language.vocabulary.rareWordShare) }),
    Measure(
      id: "vocabulary.meanWordLength", summary: "Mean letters per body word.",
      unit: .lettersPerWord, appliesTo: [.post, .comment],
      computation: "Letters of the body's words (numbers left out) over their number.",
      examples: [
        // 3 + 3 + 3 + 2 + 3 + 3 = 17 letters, 6 words.
        Measure.Example("The cat sat on the mat.", value: 2.83)
      ],
      compute: { MeasureValue($0.language.vocabulary.meanWordLength) }),
  ]

  static func per100(count spans: [Span], words analysis: SubmissionAnalysis) -> MeasureValue {
    let words = analysis.text.statistics.words
    return MeasureValue(
      words == 0 ? 0 : 100 * Double(spans.count) / Double(words), evidence: spans)
  }
}
