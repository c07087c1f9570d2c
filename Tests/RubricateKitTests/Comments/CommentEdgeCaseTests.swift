import Testing

@testable import RubricateKit

@Suite struct CommentEdgeCaseTests {
  @Test(arguments: ["", "   \n\n  ", "!!! ???", "“”", "\"\"\"\"", "“unclosed quotation"])
  func degenerateCommentsGiveAnEmptyAnalysis(comment: String) {
    let analysis = CommentFixtures.analyze(comment)
    #expect(analysis.relevance == 0)
    #expect(analysis.sharedTerms.isEmpty)
    #expect(!analysis.localized)
    #expect(!analysis.genericPraise)
    #expect(analysis.quotes.isEmpty)
  }

  @Test func anEmptyPostRelatesToNothing() {
    let analysis = CommentFixtures.analyze("You argue that uniforms reduce bullying.", post: "")
    #expect(analysis.relevance == 0)
    #expect(analysis.overlap == 0)
    #expect(analysis.sharedTerms.isEmpty)
  }

  /// Long enough that a quadratic rule could not finish within the limit.
  @Test(.timeLimit(.minutes(1))) func adversarialRunsOfMarksStayLinear() {
    let units = ["“", "\" ", "' ", "‘", "(", "?", "... ", "you could ", "[", "]", "50,000 "]
    var text = ""
    for index in 0..<40_000 { text += units[index % units.count] }
    let analysis = CommentFixtures.analyze(text)
    #expect(analysis.relevance >= 0)
  }
}
