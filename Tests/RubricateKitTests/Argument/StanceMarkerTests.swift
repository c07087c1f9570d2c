import Foundation
import Testing

@testable import RubricateKit

@Suite struct StanceMarkerTests {
  @Test func boostersAndHedgesPer100Words() {
    let marks = ArgumentMarks(
      """
      ⟦Clearly⟧ the plan works. ⟦No one can deny⟧ that it is cheap. It ⟦may⟧ fail, but \
      ⟦perhaps⟧ not. ⟦It seems⟧ fine.
      """)
    let text = TextAnalysis(document: marks.document, paragraphs: marks.document.paragraphs())
    // The denominator is the body word count the caller passes.
    let argument = ArgumentAnalyzer.analyze(
      document: marks.document, title: nil, paragraphs: text.paragraphs,
      sentences: text.sentences, words: 20, citations: [])
    #expect(argument.stanceMarkers.map { Span($0.start, $0.end) } == marks.expected)
    #expect(
      argument.stanceMarkers.map(\.kind) == [.booster, .booster, .hedge, .hedge, .hedge])
    #expect(
      argument.stanceMarkers.map(\.text) == [
        "Clearly", "No one can deny", "may", "perhaps", "It seems",
      ])
    #expect(argument.boostersPer100Words == 10)
    #expect(argument.hedgesPer100Words == 15)
  }

  @Test func ratesAreZeroWithoutWords() {
    #expect(ArgumentAnalyzer.rate(3, 0) == 0)
    #expect(ArgumentAnalyzer.rate(1, 3) == 33.33)
  }
}

@Suite struct ArgumentSummarySpanTests {
  @Test func spansForSummaries() {
    let marks = ArgumentMarks.post(body: "⟦Obviously, phones ruin every lesson.⟧")
    let (_, argument) = marks.analyze()
    #expect(argument.claimSpans(.unsupported).count == 3)
    #expect(argument.claimSpans(.supported).isEmpty)
    #expect(argument.markerSpans(.booster).map { marks.document.text(of: $0) } == ["Obviously"])
    #expect(argument.overclaimBoosterSpans.map { marks.document.text(of: $0) } == ["Obviously"])
  }
}
