import Testing

@testable import RubricateKit

/// The registry documents itself: every measure has a description, a computation and examples,
/// and every example gives the value it promises.
@Suite struct MeasureRegistryTests {
  @Test func everyMeasureIsDocumented() {
    #expect(MeasureRegistry.all.count == Set(MeasureRegistry.ids).count)
    for measure in MeasureRegistry.all {
      #expect(!measure.summary.isEmpty, "\(measure.id) has no description")
      #expect(!measure.computation.isEmpty, "\(measure.id) does not say how it is computed")
      #expect(!measure.examples.isEmpty, "\(measure.id) has no examples")
      #expect(!measure.appliesTo.isEmpty, "\(measure.id) applies to nothing")
    }
  }

  @Test func theIssueListIsRegistered() {
    let required = [
      "body.words", "body.sentences", "body.paragraphs", "body.averageSentenceLength",
      "readability.fleschReadingEase", "readability.fleschKincaidGrade", "readability.gunningFog",
      "readability.smogIndex", "readability.colemanLiauIndex",
      "readability.automatedReadabilityIndex", "references.count", "references.cited",
      "references.citedFraction", "references.withProblems", "citations.inText",
      "citations.unmatched", "claims.count", "claims.supported", "claims.supportedFraction",
      "claims.unsupported", "stance.boostersPer100Words", "stance.hedgesPer100Words",
      "comment.words", "comment.relevance", "comment.localized", "comment.suggestions",
      "comment.questions", "comment.counterpoints", "comment.genericPraise", "quotes.words",
      "quotes.fraction",
    ]
    #expect(Set(required).subtracting(MeasureRegistry.ids).isEmpty)
  }

  static let examples: [(String, Int)] = MeasureRegistry.all.flatMap { measure in
    measure.examples.indices.map { (measure.id, $0) }
  }

  @Test(arguments: examples)
  func exampleGivesItsValue(_ id: String, _ index: Int) throws {
    let measure = try #require(MeasureRegistry.measure(id))
    let example = measure.examples[index]
    let value = measure.evaluate(example.analysis()).value
    #expect(abs(value - example.value) < 0.01, "\(id) example \(index): got \(value)")
  }

  @Test func valuesAreFormattedByUnit() {
    #expect(MeasureValue.format(1020, unit: .words) == "1,020")
    #expect(MeasureValue.format(0.456, unit: .fraction) == "46%")
    #expect(MeasureValue.format(1, unit: .flag) == "yes")
    #expect(MeasureValue.format(12.345, unit: .gradeLevel) == "12.3")
    #expect(MeasureValue.format(-0.72, unit: .gradeLevel) == "-0.7")
    #expect(MeasureValue.plain(2.5) == "2.5")
    #expect(MeasureValue.plain(10) == "10")
  }

  @Test func quotesFlattenWhiteSpaceAndShortenLongPassages() {
    #expect(FeedbackItem.quote("Cars\n\n  are\tloud.") == "“Cars are loud.”")
    let ascii = String(repeating: "abcdefghij", count: 17)
    #expect(FeedbackItem.quote(ascii) == "“" + ascii.prefix(157) + "…”")
    #expect(FeedbackItem.quote(String(ascii.prefix(160))) == "“" + ascii.prefix(160) + "”")
    // Past 160 bytes but not 160 characters: kept whole; past 160 characters: cut at 157.
    let accented = String(repeating: "é", count: 100)
    #expect(FeedbackItem.quote(accented) == "“" + accented + "”")
    let long = String(repeating: "é", count: 170)
    #expect(FeedbackItem.quote(long) == "“" + String(repeating: "é", count: 157) + "…”")
  }
}
