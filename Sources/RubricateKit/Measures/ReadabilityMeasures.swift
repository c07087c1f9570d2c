/// The six classic readability formulas over the body (see `ReadabilityScores`).
enum ReadabilityMeasures {
  /// The text every example uses: 2 sentences, 9 words, 10 syllables, 27 letters, no word of
  /// three or more syllables; 29 characters for ARI (letters and the two full stops, as
  /// textstat counts them). Expected values are worked out by hand from the formulas.
  static let sample = "The cat sat on the mat. It was happy."

  static let all: [Measure] = [
    // 206.835 − 1.015 × 9/2 − 84.6 × 10/9
    readability(
      "fleschReadingEase", "Flesch reading ease: higher is easier (60–70 is plain English).",
      .score, \.fleschReadingEase, expected: 108.27),
    readability(
      "fleschKincaidGrade", "Flesch–Kincaid grade level (US school grade).", .gradeLevel,
      \.fleschKincaidGrade, expected: -0.72),
    readability(
      "gunningFog", "Gunning fog index: years of schooling to read it on first pass.",
      .gradeLevel, \.gunningFog, expected: 1.8),
    readability(
      "smogIndex", "SMOG grade, from words of three or more syllables.", .gradeLevel,
      \.smogIndex, expected: 3.13),
    readability(
      "colemanLiauIndex", "Coleman–Liau index, from letters per word and sentences per word.",
      .gradeLevel, \.colemanLiauIndex, expected: -4.74),
    readability(
      "automatedReadabilityIndex", "Automated readability index, from characters per word.",
      .gradeLevel, \.automatedReadabilityIndex, expected: -4.0),
  ]

  static func readability(
    _ name: String, _ summary: String, _ unit: Measure.Unit,
    _ score: KeyPath<ReadabilityScores, Double> & Sendable, expected: Double
  ) -> Measure {
    Measure(
      id: "readability.\(name)", summary: summary, unit: unit, appliesTo: [.post, .comment],
      computation: "The formula over the body's words, sentences, syllables and letters.",
      examples: [Measure.Example(sample, value: expected)],
      compute: { MeasureValue($0.text.statistics.readability[keyPath: score]) })
  }
}
