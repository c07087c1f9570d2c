import Testing

@testable import RubricateKit

@Suite struct ArgumentTokensTests {
  @Test(arguments: [
    ("Don’t PANIC, it's 3.5%!", ["don't", "panic", "it's", "3.5", "%"]),
    ("1,000 people, e.g. Anna.", ["1,000", "people", "e", "g", "anna"]),
    ("Café — “naïve” $20", ["café", "naïve", "$", "20"]),
  ])
  func tokens(text: String, words: [String]) {
    let document = Document(text: text)
    #expect(ArgumentTokens(document: document, span: document.fullSpan).words == words)
  }

  @Test func phraseTablePrefersTheLongestPhraseAndDoesNotOverlap() {
    let table = PhraseTable(["it is", "it is clear that", "clear"])
    let document = Document(text: "It is clear that it is clear.")
    let tokens = ArgumentTokens(document: document, span: document.fullSpan)
    #expect(table.matches(tokens) == [0..<4, 4..<6, 6..<7])
    #expect(table.opening(tokens) == 0..<4)
  }

  @Test func cuesFindStatisticsYearsReasonsAndQuotations() {
    let document = Document(
      text: "Since 2010, 40 % of pupils said “phones distract us” because they buzz?")
    let cues = SentenceFeatures.Cues(
      document: document, sentence: document.fullSpan, citations: [])
    #expect(cues.years == [1])
    #expect(cues.statistics.map { document.text(of: cues.span(of: $0)) } == ["40 %"])
    #expect(cues.reason.map { cues.tokens.words[$0.lowerBound] } == "because")
    #expect(cues.quotations.map { document.text(of: $0) } == ["“phones distract us”"])
    #expect(cues.isQuestion)
  }
}

@Suite struct LexiconIndexTests {
  /// The combined scan finds exactly what each table finds alone, for every table.
  @Test(arguments: LexiconGroup.allCases)
  func scanAgreesWithTheGroupsOwnTable(group: LexiconGroup) {
    let document = Document(
      text: """
        In conclusion, it is clear that some people may perhaps think so, but according to \
        a study of 40 % of students, I believe we should not, because it seems, for example, \
        that they were told so last year. However, this is obviously not true.
        """)
    let tokens = ArgumentTokens(document: document, span: document.fullSpan)
    #expect(LexiconIndex.shared.scan(tokens)[group] == group.table.matches(tokens))
  }

  @Test func everyGroupFitsTheBitmask() {
    #expect(LexiconGroup.allCases.count < 64)
  }
}

@Suite struct ArgumentCueTests {
  @Test func aDoubledStraightQuoteStillOpensAQuotation() {
    let document = Document(text: #"He said ""it is a good chance to rest," (Selsky 3)."#)
    #expect(
      SentenceFeatures.Cues.quotations(in: document, span: document.fullSpan).map {
        document.text(of: $0)
      } == [#""it is a good chance to rest,""#])
  }

  /// An attribution needs a source as its subject: "reasons show that" reports nobody.
  @Test(arguments: [
    ("Many reasons come to show that cars should go.", false),
    ("Studies show that cars should go.", true),
    ("According to the council, cars should go.", true),
    ("Research is my favourite subject.", false),
  ])
  func attribution(text: String, isSource: Bool) {
    let document = Document(text: text)
    let cues = SentenceFeatures.Cues(
      document: document, sentence: document.fullSpan, citations: [])
    #expect((cues.source != nil) == isSource)
  }
}
