import Foundation
import Testing

@testable import RubricateKit

@Suite struct CommentLocalizationTests {
  @Test func aQuotationFromThePostIsFoundDespiteCaseQuotesAndSpacing() {
    let (text, spans) = SpanMarks.parse(
      "When you wrote “⟦No drop in  Reported\nbullying⟧” I was surprised.")
    let analysis = CommentFixtures.analyze(text)
    #expect(analysis.quotes.map { Span($0.start, $0.end) } == spans)
    #expect(analysis.quotes.map(\.foundInPost) == [true])
    #expect(analysis.localized)
  }

  @Test(arguments: [
    "\"uniforms also cost ... money\"", "“Uniforms also cost … money.”",
    "'Parents already struggle with the price of shoes'", "\"a compulsory [school] blazer\"",
  ])
  func quotationsWithOmissionsAndStraightQuotesAreFound(quotation: String) {
    let analysis = CommentFixtures.analyze("You say \(quotation) and I agree.")
    #expect(analysis.quotes.count == 1)
    #expect(analysis.quotes.first?.foundInPost == true)
  }

  @Test func aFakedQuotationIsReportedAsNotInThePost() {
    let (text, spans) = SpanMarks.parse(
      "I loved the line “⟦uniforms make every student a better reader⟧”.")
    let analysis = CommentFixtures.analyze(text)
    #expect(analysis.quotes.map { Span($0.start, $0.end) } == spans)
    #expect(analysis.quotes.map(\.text) == ["uniforms make every student a better reader"])
    #expect(analysis.quotes.map(\.foundInPost) == [false])
    #expect(!analysis.localized)
  }

  @Test func apostrophesAndOneWordScareQuotesDoNotLocalise() {
    let analysis = CommentFixtures.analyze(
      "The students' choice matters, and a 'free' choice isn't free when it's expensive.")
    #expect(analysis.quotes.map(\.text) == ["free"])
    #expect(!analysis.localized)
  }

  @Test(arguments: [
    ("In ⟦your second paragraph⟧ the numbers are missing.", true),
    ("⟦The conclusion⟧ needs one more example.", true),
    ("⟦When you say⟧ clothing is a choice, I agree.", true),
    ("⟦The part about⟧ lunches made me think.", true),
    ("⟦paragraph 2⟧ needs a source.", true),
    ("At the end of the day uniforms are fine.", false),
  ])
  func referencesToAPartOfThePost(marked: String, localized: Bool) {
    let (text, spans) = SpanMarks.parse(marked)
    let analysis = CommentFixtures.analyze(text, post: "A short post about something else.")
    #expect(analysis.partReferences.map { Span($0.start, $0.end) } == spans)
    #expect(analysis.localized == localized)
  }

  @Test func anUnquotedEchoOfThePostIsAParaphrase() {
    let (text, spans) = SpanMarks.parse(
      "So basically ⟦a compulsory blazer adds to that burden⟧ for poor families.")
    let analysis = CommentFixtures.analyze(text)
    #expect(analysis.paraphrases.map { Span($0.start, $0.end) } == spans)
    #expect(analysis.quotes.isEmpty)
    #expect(analysis.localized)
  }

  @Test func aSentenceRestatingOneSentenceOfThePostIsAParaphrase() {
    let (text, spans) = SpanMarks.parse(
      "⟦Families pay real money for uniforms, as you note.⟧ Still, I like them.")
    let analysis = CommentFixtures.analyze(text)
    #expect(analysis.paraphrases.map { Span($0.start, $0.end) } == spans)
    #expect(analysis.localized)
  }

  @Test func sharingAFewWordsOrAShortPhraseIsNotLocalising() {
    let analysis = CommentFixtures.analyze(
      "Uniforms are everywhere now. The price of shoes keeps going up in my town.")
    #expect(analysis.paraphrases.map(\.text) == ["The price of shoes"])
    #expect(!analysis.localized)
  }

  @Test func aReplyIsReadAgainstThePostAndTheCommentItAnswers() {
    let parent = "I think uniforms are unfair because the blazer costs too much for my family."
    let analysis = CommentFixtures.analyze(
      "Sam, when you say “the blazer costs too much”, I see it differently: the post says "
        + "families already pay for shoes and lunches, so maybe second-hand blazers help?",
      parent: parent)
    #expect(analysis.quotes.map(\.foundInParent) == [true])
    #expect(analysis.quotes.map(\.foundInPost) == [false])
    #expect(analysis.localized)
    #expect((analysis.parentRelevance ?? 0) > 0.2)
    #expect(analysis.relevance > 0.2)
    #expect(
      analysis.moves.map(\.kind) == [.counterpoint, .question, .summary, .mitigation])
    #expect(CommentFixtures.analyze("I see it differently.").parentRelevance == nil)
  }
}
