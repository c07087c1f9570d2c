import Testing

@testable import RubricateKit

/// One post and comments of clearly different quality: relevance and move counts must rank them
/// the way a teacher would.
@Suite struct CommentQualityOrderTests {
  static let post = """
    Should Cities Ban Cars From Their Centres?

    Cars dominate our city centres. They take up space that could hold markets, trees and \
    playgrounds, and they fill the air with fumes that children breathe on the way to school.

    When Ghent closed its centre to through traffic in 2017, cycling rose by a quarter and \
    shopkeepers, who had feared ruin, reported steady sales. A ban is not a fantasy: it has \
    been done.

    Critics say that older people and disabled residents need cars. Exemptions and better \
    buses can answer that. I believe every city should set a date for a car-free centre.
    """

  /// Best first, as a teacher would grade them.
  static let comments = [
    // Summarises, quotes, questions, counters and suggests.
    """
    You argue that a car-free centre is realistic because Ghent managed it. But what about \
    cities with no good bus network? When you say “exemptions and better buses can answer \
    that”, I wonder who would pay for the buses. You could add the cost of Ghent's plan, and \
    maybe a source on how disabled residents there feel about it.
    """,
    // Engages with the post and makes one suggestion.
    """
    I agree that fumes near schools are a serious problem, and the Ghent example is \
    convincing. It would help to say how cycling rose.
    """,
    // Relevant agreement, nothing to act on.
    "I agree, cars take up too much space in the centre.",
    // Generic praise.
    "Great post! I really enjoyed reading it.",
    // Off topic.
    "My cousin has a dog called Biscuit and he loves long walks on the beach.",
  ]

  @Test func relevanceAndMovesRankTheCommentsLikeATeacher() {
    let post = Document(text: Self.post)
    let analyses = Self.comments.map { text in
      let comment = Document(text: text)
      return CommentAnalyzer.analyze(
        comment: comment, body: comment.paragraphs(), post: post, postBody: post.paragraphs(),
        weights: .builtIn)
    }
    #expect(analyses.map(\.constructiveMoves) == [4, 1, 0, 0, 0])
    #expect(
      analyses[0].moves.map(\.kind) == [
        .summary, .counterpoint, .question, .question, .suggestion, .mitigation,
      ])
    #expect(analyses.map(\.localized) == [true, false, false, false, false])
    #expect(analyses.map(\.genericPraise) == [false, false, false, true, false])
    #expect(analyses[0].relevance > analyses[2].relevance)
    #expect(analyses[2].relevance > analyses[4].relevance)
    #expect(analyses[3].relevance == 0)
    // The teacher's order: constructive moves first, then relevance, generic praise last.
    let ranked = analyses.indices.sorted { lhs, rhs in
      let left = analyses[lhs]
      let right = analyses[rhs]
      if left.genericPraise != right.genericPraise { return !left.genericPraise }
      if left.constructiveMoves != right.constructiveMoves {
        return left.constructiveMoves > right.constructiveMoves
      }
      return left.relevance > right.relevance
    }
    #expect(ranked == [0, 1, 2, 4, 3])
  }
}
