import Testing

@testable import RubricateKit

/// Each mechanics kind on a marked text: `⟦ ⟧` around every span it must report.
struct MechanicsTests {
  static func findings(_ text: String) -> [MechanicsFinding] {
    let document = Document(text: text)
    let analysis = TextAnalysis(document: document, paragraphs: document.paragraphs())
    return LanguageAnalyzer.analyze(
      LanguageAnalyzer.Input(
        document: document, paragraphs: analysis.paragraphs, sentences: analysis.sentences,
        words: analysis.words)
    ).mechanics
  }

  @Test(arguments: [
    (MechanicsKind.lowercaseSentenceStart, "Cars are loud. ⟦buses⟧ are quieter than cars."),
    (.lowercaseI, "Then ⟦i⟧ saw it and ⟦i⟧'m sure."),
    (.repeatedWord, "We saw ⟦the the⟧ car."),
    (.missingSpace, "Cars are loud⟦.B⟧uses are not."),
    (.article, "It was ⟦a apple⟧ and ⟦an car⟧, not an hour or a university."),
    (.doubledPunctuation, "Cars⟦,,⟧ buses... and trains⟦!!⟧"),
    (.unbalancedBracket, "Cars ⟦(⟧loud are fine."),
    (.unbalancedQuote, "He said ⟦“⟧stop now."),
    (.fragment, "We stayed home. ⟦Because it rained⟧."),
    (
      .runOnSentence,
      "⟦We went to the shop and then we went to the park and then we went home and then we ate and then we slept and then we woke up and then we went to school and then we came home again and then we slept⟧."
    ),
  ])
  func reportsTheMarkedSpans(_ kind: MechanicsKind, _ marked: String) {
    let (text, spans) = SpanMarks.parse(marked)
    let found = Self.findings(text)
    #expect(found.filter { $0.kind == kind }.map(\.span) == spans)
    #expect(found.allSatisfy { $0.kind == kind }, "\(found)")
  }

  /// `article(before:_:)` asks the sound lists only of words starting with their letters.
  @Test func theSoundListsStartWithTheLettersTheArticleCheckAsksAbout() {
    #expect(MechanicsChecker.vowelSoundPrefixes.allSatisfy { $0.hasPrefix("h") })
    #expect(
      MechanicsChecker.consonantSoundPrefixes.allSatisfy {
        $0.hasPrefix("u") || $0.hasPrefix("e") || $0.hasPrefix("o")
      })
  }

  @Test func nothingFiresInsideQuotations() {
    #expect(Self.findings("She wrote “the the car ,, was a apple” yesterday.") == [])
  }

  @Test func listItemsAndSmileysAreNotSlips() {
    #expect(Self.findings("The plan has:\n\n- filters at two junctions;\n- wider pavements.") == [])
    #expect(Self.findings("Love this post, well done :)") == [])
  }

  @Test func cleanProseHasNoFinding() {
    #expect(
      Self.findings("I think the U.S. plan (2019) works. Which plan? The one we chose.") == [])
  }
}
