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
    var interner = LexiconIndex.shared.words
    let tokens = ArgumentTokens(document: document, span: document.fullSpan, words: &interner)
    #expect(tokens.words(in: interner) == words)
  }

  @Test func tokensMarkNumbersYearsAndCurrenciesAndCountCommas() {
    let document = Document(text: "In 1999, 20100 or 1499 people paid $5, 2,010 or 3.5 €.")
    var interner = LexiconIndex.shared.words
    let tokens = ArgumentTokens(document: document, span: document.fullSpan, words: &interner)
    #expect(
      tokens.words(in: interner) == [
        "in", "1999", "20100", "or", "1499", "people", "paid", "$", "5", "2,010", "or", "3.5", "€",
      ])
    #expect(tokens.tokens.indices.filter { tokens[$0].isNumber } == [1, 2, 4, 8, 9, 11])
    #expect(tokens.tokens.indices.filter { tokens[$0].isYear } == [1])
    #expect(tokens.tokens.indices.filter { tokens[$0].isCurrency } == [7, 12])
    #expect(tokens.commas == 3)
  }

  @Test func phraseTablePrefersTheLongestPhraseAndDoesNotOverlap() {
    let table = PhraseTable(["it is", "it is clear that", "clear"])
    let document = Document(text: "It is clear that it is clear.")
    var words = LexiconIndex.shared.words
    let tokens = ArgumentTokens(document: document, span: document.fullSpan, words: &words)
    #expect(table.matches(tokens, words: words) == [0..<4, 4..<6, 6..<7])
    #expect(table.opening(tokens, words: words) == 0..<4)
  }

  @Test func cuesFindStatisticsYearsReasonsAndQuotations() {
    let document = Document(
      text: "Since 2010, 40 % of pupils said “phones distract us” because they buzz?")
    var words = LexiconIndex.shared.words
    let cues = SentenceFeatures.Cues(
      document: document, sentence: document.fullSpan, citations: [], words: &words)
    #expect(cues.years == [1])
    #expect(cues.statistics.map { document.text(of: cues.span(of: $0)) } == ["40 %"])
    #expect(cues.reason.map { words.word(cues.tokens[$0.lowerBound].word) } == "because")
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
    var words = LexiconIndex.shared.words
    let tokens = ArgumentTokens(document: document, span: document.fullSpan, words: &words)
    #expect(LexiconIndex.shared.scan(tokens)[group] == group.table.matches(tokens, words: words))
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
    var words = LexiconIndex.shared.words
    let cues = SentenceFeatures.Cues(
      document: document, sentence: document.fullSpan, citations: [], words: &words)
    #expect((cues.source != nil) == isSource)
  }
}

@Suite struct WordInternerTests {
  @Test func aWordKeepsItsIdAndNewWordsGetTheNextOnes() {
    var words = WordInterner()
    #expect(words.id(of: "claim") == 0)
    #expect(words.id(of: "clam") == 1)
    #expect(words.id(of: "claim") == 0)
    #expect(words.count == 2)
    #expect(words.word(1) == "clam")
  }

  /// Ids stay apart and findable while the table grows past its first size.
  @Test func manyWords() {
    var words = WordInterner()
    let spelt = (0..<5000).map { "w\($0)" }
    #expect(spelt.map { words.id(of: $0) } == (0..<5000).map(Int32.init))
    #expect(spelt.map { words.id(of: $0) } == (0..<5000).map(Int32.init))
    #expect(words.count == 5000)
  }

  /// Canonically equivalent spellings are one word, as they are one `Set<String>` element.
  @Test func canonicallyEquivalentSpellingsShareAnId() {
    var words = WordInterner()
    let composed = words.id(of: "\u{D55C}")
    #expect(words.id(of: "\u{1112}\u{1161}\u{11AB}") == composed)
    #expect(words.id(of: "naïve") != words.id(of: "naive"))
  }

  /// A frozen interner's words keep their ids in every copy; each copy numbers its own words
  /// after them, apart from the other copies.
  @Test func copiesOfAFrozenInternerNumberTheirOwnWords() {
    var shared = WordInterner()
    #expect(shared.id(of: "claim") == 0)
    #expect(shared.id(of: "naïve") == 1)
    shared.freeze()
    var first = shared
    var second = shared
    first.reserve(words: 100, bytes: 600)
    #expect(first.id(of: "claim") == 0)
    #expect(first.id(of: "naïve") == 1)
    #expect(first.id(of: "evidence") == 2)
    #expect(first.id(of: "café") == 3)
    #expect(second.id(of: "source") == 2)
    #expect(second.id(of: "evidence") == 3)
    #expect(first.word(2) == "evidence" && second.word(2) == "source")
    #expect(first.word(3) == "café" && first.word(1) == "naïve")
    #expect(shared.count == 2 && first.count == 4 && second.count == 4)
  }

  @Test func theLexiconNumbersItsWordsFirst() {
    let lexicon = LexiconIndex.shared
    var words = lexicon.words
    #expect(words.id(of: "because") < lexicon.vocabularySize)
    #expect(words.id(of: "phones") == lexicon.vocabularySize)
    #expect(lexicon.isStopWord(words.id(of: "the")))
    #expect(!lexicon.isStopWord(words.id(of: "evidence")))
    #expect(!lexicon.isStopWord(words.id(of: "phones")))
  }
}
