import Foundation
import Testing

@testable import RubricateKit

@Suite struct CommentRelevanceTests {
  @Test(arguments: [
    ("argue", "argu"), ("argues", "argu"), ("argued", "argu"), ("arguing", "argu"),
    ("study", "studi"), ("studies", "studi"), ("studied", "studi"), ("stopped", "stop"),
    ("stopping", "stop"), ("make", "mak"), ("making", "mak"), ("agreed", "agre"),
    ("uniforms", "uniform"), ("bullying", "bulli"), ("thing", "thing"), ("process", "process"),
    ("don't", "don't"), ("argument", "argument"),
  ])
  func stemmerFoldsInflections(word: String, stem: String) {
    #expect(CommentStemmer.stem(word) == stem)
  }

  @Test func possessivesAndCurlyApostrophesMeetTheirWord() {
    let document = Document(text: "The Writer’s UNIFORMS")
    let tokens = CommentText.tokens(in: document, spans: [document.fullSpan])
    #expect(tokens.map(\.word) == ["the", "writer's", "uniforms"])
    #expect(tokens.map(\.stem) == ["the", "writer", "uniform"])
    #expect(tokens.map(\.isContent) == [false, false, true])
  }

  @Test func aRelevantCommentWithoutQuotesTakesUpThePostsKeyTerms() {
    let analysis = CommentFixtures.analyze(
      "I agree that a compulsory blazer is a burden for parents, and the Ohio pupils "
        + "seem to show bullying did not drop.")
    #expect(analysis.quotes.isEmpty)
    #expect(analysis.relevance > 0.4)
    #expect(analysis.overlap > 0.9)
    #expect(
      analysis.sharedTerms == [
        "bullying", "compulsory", "blazer", "pupils", "burden", "ohio", "drop", "parents",
      ])
    #expect(!analysis.genericPraise)
  }

  @Test func anOffTopicLongCommentIsNeitherRelevantNorGenericPraise() {
    let analysis = CommentFixtures.analyze(
      """
      Last summer my family drove to the coast and we spent two weeks camping near a lighthouse. \
      Every morning my brother and I walked along the cliffs looking for seals, and in the \
      evenings we cooked fish on a small stove while the wind tried to blow out the flame. \
      On the final day a storm rolled in and we packed the tent in the rain, laughing the \
      whole time. It is still the trip we talk about most at dinner.
      """)
    #expect(analysis.relevance < 0.05)
    #expect(analysis.sharedTerms.isEmpty)
    #expect(!analysis.localized)
    #expect(!analysis.genericPraise)
    #expect(analysis.constructiveMoves == 0)
  }

  @Test func relevanceIsZeroWithoutAPost() {
    let analysis = CommentFixtures.analyze("You argue that uniforms reduce bullying.", post: nil)
    #expect(analysis.relevance == 0)
    #expect(analysis.sharedTerms.isEmpty)
    #expect(analysis.moves.map(\.kind) == [.summary])
  }

  @Test func classWeightsAreSmoothedInverseDocumentFrequencies() {
    let weights = TermWeights(documents: [
      "Uniforms cost money.", "Phones distract pupils.", "Uniforms and phones.",
    ])
    // 3 posts + 10 English pseudo-documents + 1; a word's English document frequency is
    // 10 × (1 − e^(−600 × per-billion / 10⁹)).
    let total = 3.0 + 10 + 1
    let english = TermWeights.english
    func prior(_ stem: String) -> Double {
      10 * (1 - exp(-600 * (english.perBillion[stem] ?? english.unknown) / 1e9))
    }
    #expect(weights.idf["uniform"] == 1 + log(total / (2 + prior("uniform") + 1)))
    #expect(weights.idf["cost"] == 1 + log(total / (1 + prior("cost") + 1)))
    #expect(weights.weight(of: "and") < 1.5)
    #expect(weights.defaultIDF == 1 + log(total / (prior("lighthouse-keeping") + 1)))
    #expect(weights.weight(of: "lighthouse-keeping") == weights.defaultIDF)
    // A word common in English but absent from the class is cheap; a rare one is not.
    #expect(weights.weight(of: CommentText.stemForm("people")) < 2)
    #expect(weights.weight(of: "brandvold") > 3.6)
  }

  @Test func builtInWeightsFallWithEnglishFrequency() {
    let weights = TermWeights.builtIn
    #expect(weights.idf.count > 4_000)
    let weight = { (word: String) in weights.weight(of: CommentText.stemForm(word)) }
    #expect(weight("people") < weight("uniforms"))
    #expect(weight("uniforms") < weight("blazer"))
    #expect(weight("blazer") == weights.defaultIDF)
    #expect(weight("argues") == weight("argued"))
  }

  @Test func classWeightsChangeWhatCounts() {
    // In a class where every post is about uniforms, sharing "uniforms" says little.
    let weights = TermWeights(documents: [
      CommentFixtures.post, "Uniforms make mornings easier for parents.",
      "Uniforms hide differences in wealth.", "School uniforms are traditional in Britain.",
    ])
    let generic = CommentFixtures.analyze("Uniforms are fine.", weights: weights)
    let specific = CommentFixtures.analyze("The Ohio blazer burden.", weights: weights)
    #expect(generic.relevance < specific.relevance)
  }
}
