import Foundation
import Testing

@testable import RubricateKit

@Suite struct ArgumentAnalyzerTests {
  @Test func rolesOfAShortPost() {
    let marks = ArgumentMarks(
      """
      Phones are everywhere in schools today. Many teachers say that students check \
      messages during lessons. ⟦In my opinion, schools should ban phones in class.⟧

      ⟦First, phones distract students from learning.⟧ Even a silent phone on the desk \
      pulls attention away from the teacher. A classroom study found that test scores rose \
      after a ban ⟪(Okafor, 2019)⟫.

      ⟦In conclusion, schools should ban phones during lessons.⟧
      """)
    let (_, argument) = marks.analyze(title: "Phones in class")
    #expect(argument.roles == [.other, .other, .claim, .claim, .evidence, .evidence, .claim])
    #expect(argument.claims.map { Span($0.start, $0.end) } == marks.expected)
    #expect(argument.claims.map(\.sentence) == [2, 3, 6])
    #expect(argument.claims.map(\.thesis) == [true, false, true])
    #expect(argument.sentences.count == 7)
    #expect(argument.sentences[0].features.first?.name == "text.first")
    #expect(argument.claims[0].features.first == "has.opinion")
    #expect(argument.claims.allSatisfy { $0.confidence > 0.5 })
  }

  /// The claim's citation sits two sentences later in the same paragraph.
  @Test func citationTwoSentencesLaterSupportsTheClaim() throws {
    let marks = ArgumentMarks.post(
      body: """
        First, phones distract students from learning. ⟦Even a silent phone on the desk \
        pulls attention away from the teacher.⟧ ⟦A classroom study found that test scores \
        rose after a ban ⟪(Okafor, 2019)⟫.⟧
        """)
    let (_, argument) = marks.analyze()
    let claim = try #require(argument.claims.first { $0.sentence == 3 })
    #expect(claim.text == "First, phones distract students from learning.")
    #expect(claim.support == .supported)
    #expect(claim.evidence.map(\.kind) == [.reason, .citation])
    #expect(claim.evidence.map { Span($0.start, $0.end) } == marks.expected)
    // The thesis and its restatement are backed by the supported body claim.
    #expect(argument.claims.filter(\.thesis).map(\.support) == [.supported, .supported])
    #expect(
      argument.claims.filter(\.thesis).map { $0.evidence.map(\.kind) } == [[.claim], [.claim]])
  }

  @Test func becauseIThinkSoIsWeakSupport() throws {
    let marks = ArgumentMarks.post(
      body: "Second, a ban would make lessons fairer ⟦because I think so⟧.")
    let (_, argument) = marks.analyze()
    let claim = try #require(argument.claims.first { $0.sentence == 3 })
    #expect(claim.support == .weak)
    #expect(claim.evidence.map(\.kind) == [.reason])
    #expect(claim.evidence.map { Span($0.start, $0.end) } == marks.expected)
    #expect(!claim.overclaim)
  }

  /// Certainty asserted on the writer's own reasoning alone is over-claiming too.
  @Test func aBoosterOnAWeaklySupportedClaimIsAnOverclaim() throws {
    let marks = ArgumentMarks.post(
      body: """
        Second, a ban would ⟦clearly⟧ make lessons fairer. Students without expensive phones         would no longer feel left out.
        """)
    let (_, argument) = marks.analyze()
    let claim = try #require(argument.claims.first { $0.sentence == 3 })
    #expect(claim.support == .weak)
    #expect(claim.boosters == ["clearly"])
    #expect(claim.overclaim)
    #expect(argument.stanceMarkers.map { Span($0.start, $0.end) } == marks.expected)
  }

  @Test func aBoosterOnAnUnsupportedClaimIsAnOverclaim() throws {
    let marks = ArgumentMarks.post(body: "⟦Obviously, phones ruin every lesson.⟧")
    let (_, argument) = marks.analyze()
    let claim = try #require(argument.claims.first { $0.sentence == 3 })
    #expect(Span(claim.start, claim.end) == marks.expected[0])
    #expect(claim.support == .unsupported)
    #expect(claim.evidence.isEmpty)
    #expect(claim.boosters == ["Obviously"])
    #expect(claim.overclaim)
    #expect(argument.overclaims.map(\.sentence) == [3])
    // Nothing in the body supports the thesis either, but it carries no booster.
    #expect(argument.claims.filter(\.thesis).map(\.support) == [.unsupported, .unsupported])
  }

  @Test func aRhetoricalQuestionIsNotAClaim() {
    let marks = ArgumentMarks.post(
      body: "Who could possibly concentrate with a phone buzzing in their pocket? Nobody I know.")
    let (_, argument) = marks.analyze()
    #expect(argument.roles[3] == .other)
    #expect(argument.sentences[3].features.first?.name == "shape.question")
    #expect(argument.claims.map(\.sentence) == [2, 5])
  }

  /// Where the model alone would call a question a claim, the rule table overrides it.
  @Test func theQuestionRuleOverridesTheModel() {
    var features = SentenceFeatures()
    features[.positionConclusionFirst] = 1
    features[.positionOnly] = 1
    features[.opensConclusion] = 1
    features[.hasObligation] = 1
    features[.overlapThesis] = 1
    #expect(ArgumentModel.assess(features).role == .claim)
    features[.shapeQuestion] = 1
    let assessment = ArgumentModel.assess(features)
    #expect(assessment.role == .other)
    #expect(assessment.features.first?.name == "rule.question")
  }

  @Test func aQuotationUsedAsEvidence() throws {
    let marks = ArgumentMarks.post(
      body: """
        Phones also harm friendships at school. ⟦As the writer Mara Lind put it, “a phone in \
        the pocket is a door left open.”⟧
        """)
    let (_, argument) = marks.analyze()
    #expect(argument.roles[3...4] == [.claim, .evidence])
    let claim = try #require(argument.claims.first { $0.sentence == 3 })
    #expect(claim.support == .supported)
    #expect(claim.evidence.map(\.kind) == [.quotation])
    #expect(claim.evidence.map { Span($0.start, $0.end) } == marks.expected)
  }

  /// Data with no source is the writer's word: it supports only weakly.
  @Test func aStatisticWithoutASourceIsWeakSupport() throws {
    let marks = ArgumentMarks.post(
      body: """
        Schools should not add even more screen time to a teenager’s day. ⟦Teenagers spend 7 \
        hours a day on screens.⟧
        """)
    let (_, argument) = marks.analyze()
    let claim = try #require(argument.claims.first { $0.sentence == 3 })
    #expect(claim.support == .weak)
    #expect(claim.evidence.map(\.kind) == [.statistic])
    #expect(claim.evidence.map { Span($0.start, $0.end) } == marks.expected)
  }

  /// A source named without a citation or a figure gives the reader nothing to look up.
  @Test func aNamedSourceAloneIsWeakSupport() throws {
    let marks = ArgumentMarks.post(
      body: """
        Homework should be limited in primary school. According to the national teachers’ \
        union, pupils who do less homework sleep longer.
        """)
    let (_, argument) = marks.analyze()
    let claim = try #require(argument.claims.first { $0.sentence == 3 })
    #expect(claim.support == .weak)
    #expect(claim.evidence.map(\.kind) == [.source])
    #expect(claim.evidence.map(\.checkable) == [false])
  }

  /// A figure whose origin is named beside it can be checked.
  @Test func aStatisticWithItsOriginSupports() throws {
    let marks = ArgumentMarks.post(
      body: """
        Homework should be limited in primary school. ⟦According to the national teachers’ \
        union, pupils who do less homework sleep 40 minutes longer.⟧
        """)
    let (_, argument) = marks.analyze()
    let claim = try #require(argument.claims.first { $0.sentence == 3 })
    #expect(claim.support == .supported)
    #expect(claim.evidence.map(\.kind) == [.source])
    #expect(claim.evidence.map { Span($0.start, $0.end) } == marks.expected)
    #expect(claim.evidence.map(\.checkable) == [true])
  }

  /// An example is the writer's own unless it is cited: weak support.
  @Test func anUncitedExampleIsWeakSupport() throws {
    let marks = ArgumentMarks.post(
      body: """
        Phones also harm friendships at school. For example, my friends stopped talking at \
        lunch once everyone had a phone.
        """)
    let (_, argument) = marks.analyze()
    let claim = try #require(argument.claims.first { $0.sentence == 3 })
    #expect(claim.support == .weak)
    #expect(claim.evidence.map(\.kind) == [.example])
  }

  /// A body paragraph that makes no claim of its own argues for the thesis directly: its
  /// cited evidence supports the thesis.
  @Test func citedEvidenceInAParagraphWithoutAClaimSupportsTheThesis() throws {
    let marks = ArgumentMarks(
      """
      Last year I lived in Oslo. In my opinion, cities should remove parking before they ban \
      cars.

      The idea is not mine. ⟦Strand and Eide ⟪(2020)⟫ describe how Oslo removed most parking \
      spaces from its centre over three years.⟧ Cars were still allowed in, for deliveries.

      In conclusion, cities should remove parking first.
      """)
    let (_, argument) = marks.analyze()
    #expect(argument.roles[2...4].allSatisfy { $0 != .claim })
    let theses = argument.claims.filter(\.thesis)
    #expect(!theses.isEmpty)
    for thesis in theses {
      #expect(thesis.support == .supported)
      #expect(thesis.evidence.filter(\.checkable).map { Span($0.start, $0.end) } == marks.expected)
    }
  }

  @Test func aParagraphOfPureNarrativeHasNoClaims() {
    let marks = ArgumentMarks.post(
      body: """
        Last summer I visited my cousin in Porto. We walked along the river and ate grilled \
        sardines. Then we took the train home.
        """)
    let (_, argument) = marks.analyze()
    #expect(argument.roles[3...5].allSatisfy { $0 != .claim })
    #expect(argument.claims.map(\.sentence) == [2, 6])
  }

  @Test func aStoryToldAsABodyParagraphOpenerIsVetoedAsAClaim() {
    let marks = ArgumentMarks.post(body: "Last year my brother went to Lisbon and took a tram.")
    let (_, argument) = marks.analyze()
    #expect(argument.roles[3] != .claim)
  }

  @Test func emptyInputGivesAnEmptyAnalysis() {
    let document = Document(text: "")
    let argument = ArgumentAnalyzer.analyze(
      document: document, title: nil, paragraphs: [], sentences: [], words: 0, citations: [])
    #expect(argument == ArgumentAnalysis())
  }

  /// Sentences outside every paragraph still get a role (each is its own paragraph).
  @Test func sentencesOutsideParagraphsAreHandled() {
    let document = Document(text: "Schools must act now. Nobody else will.")
    let argument = ArgumentAnalyzer.analyze(
      document: document, title: nil, paragraphs: [],
      sentences: [Span(0, 21), Span(22, 39)], words: 7, citations: [])
    #expect(argument.roles.count == 2)
    #expect(argument.sentences.count == 2)
  }

  /// Long runs of quotes, digits and parentheses stay linear (no backtracking anywhere).
  @Test(.timeLimit(.minutes(1))) func adversarialTextStaysFast() {
    let unit = "“\"1,000 (2 % 3.5 \" “ ” Obviously because for example 1999 … "
    let text = String(repeating: unit, count: 4_000)
    let document = Document(text: text)
    let argument = ArgumentAnalyzer.analyze(
      document: document, title: nil, paragraphs: [document.fullSpan],
      sentences: [document.fullSpan], words: 40_000, citations: [])
    #expect(argument.roles.count == 1)
  }
}

@Suite struct ArgumentReferenceListTests {
  /// A post whose only sources sit in an uncited reference list: segmentation keeps the list
  /// out of the body and no in-text citation points at it, so it supports nothing.
  @Test func anUncitedReferenceListSupportsNoClaim() {
    let marks = ArgumentMarks(
      """
      Phones are everywhere in schools today. In my opinion, schools should ban phones.

      First, phones distract students from learning.

      In conclusion, schools should ban phones during lessons.

      Okafor, Anna. “Phones and Attention.” Journal of Schools 12.3 (2019): 40-58.
      """)
    let paragraphs = Array(marks.document.paragraphs().prefix(3))
    let text = TextAnalysis(document: marks.document, paragraphs: paragraphs)
    let argument = ArgumentAnalyzer.analyze(
      document: marks.document, title: nil, paragraphs: text.paragraphs,
      sentences: text.sentences, words: text.statistics.words, citations: [])
    #expect(argument.claims.map(\.sentence) == [1, 2, 3])
    #expect(argument.claims.allSatisfy { $0.support == .unsupported && $0.evidence.isEmpty })
  }
}

@Suite struct ArgumentShortPostTests {
  /// In a post of one or two paragraphs each paragraph's lead sentence is a point.
  @Test func eachParagraphOfAShortPostLeadsWithItsClaim() throws {
    let marks = ArgumentMarks(
      """
      ⟦Cities should ban cars from their centres.⟧ Pedestrian zones raised shop sales by 17% \
      in Oslo ⟪(Okafor, 2019)⟫.

      ⟦Everyone obviously prefers quiet streets.⟧
      """)
    let (_, argument) = marks.analyze()
    #expect(argument.roles == [.claim, .evidence, .claim])
    #expect(argument.claims.map { Span($0.start, $0.end) } == marks.expected)
    #expect(argument.claims.map(\.support) == [.supported, .unsupported])
    #expect(argument.claims.map(\.thesis) == [false, false])
    #expect(argument.claims[0].evidence.map(\.kind) == [.citation])
    #expect(argument.overclaims.map(\.boosters) == [["obviously"]])
  }
}

@Suite struct ArgumentHeadingTests {
  /// A heading left in the body (a short paragraph with no sentence punctuation) is a label.
  @Test func aHeadingIsNeitherClaimNorEvidence() {
    let marks = ArgumentMarks.post(
      body: """
        Why phones distract

        Phones distract students from learning.
        """)
    let (text, argument) = marks.analyze()
    #expect(marks.document.text(of: text.sentences[3]) == "Why phones distract")
    #expect(argument.roles[3] == .other)
    #expect(argument.sentences[3].features.contains { $0.name == "shape.heading" })
    #expect(argument.roles[4] == .claim)
  }
}

@Suite struct ArgumentThesisTests {
  /// A thesis announced mid-introduction (not in the conventional last place) is still found.
  @Test func aThesisAnnouncedMidIntroduction() {
    let marks = ArgumentMarks(
      """
      Every morning the street outside my school is full of idling cars. This week we were \
      asked whether phones belong in class. ⟦My answer is no: schools should keep phones in \
      lockers during lessons.⟧ Many parents will disagree.

      ⟦First, phones distract students from learning.⟧ Even a silent phone on the desk pulls \
      attention away from the teacher.

      ⟦In conclusion, phones belong in lockers.⟧
      """)
    let (_, argument) = marks.analyze()
    #expect(argument.claims.map { Span($0.start, $0.end) } == marks.expected)
    #expect(argument.claims[0].features.contains("has.opinion"))
  }
}
