import Testing

@testable import RubricateKit

@Suite struct CommentMovesTests {
  /// One comment per move kind (and the combinations students write), with every move the
  /// analysis must report, in order.
  @Test(arguments: [
    (
      "You argue that uniforms do not reduce bullying.",
      ["summary: You argue that uniforms do not reduce bullying."]
    ),
    (
      "Your point about the blazer is convincing.",
      ["praise: Your point about the blazer is convincing."]
    ),
    ("I agree with you about shoes.", ["praise: I agree with you about shoes."]),
    ("The third paragraph was confusing.", ["problem: The third paragraph was confusing."]),
    ("The ending was not very convincing.", ["problem: The ending was not very convincing."]),
    (
      "You could add how big the survey was.", ["suggestion: You could add how big the survey was."]
    ),
    (
      "Consider adding the price of a blazer.",
      ["suggestion: Consider adding the price of a blazer."]
    ),
    (
      "It would really help to name the schools.",
      ["suggestion: It would really help to name the schools."]
    ),
    ("Which survey did you use?", ["question: Which survey did you use?"]),
    (
      "I wonder whether younger pupils feel the same.",
      ["question: I wonder whether younger pupils feel the same."]
    ),
    (
      "On the other hand, uniforms can save parents from buying trendy clothes.",
      ["counterpoint: On the other hand, uniforms can save parents from buying trendy clothes."]
    ),
    (
      "But what about pupils who are teased for cheap clothes?",
      [
        "counterpoint: But what about pupils who are teased for cheap clothes?",
        "question: But what about pupils who are teased for cheap clothes?",
      ]
    ),
    (
      "According to my aunt's school board, blazers cost forty dollars.",
      ["evidence: According to my aunt's school board, blazers cost forty dollars."]
    ),
    (
      "A study found that 45% of parents prefer uniforms (Reyes, 2020).",
      ["evidence: A study found that 45% of parents prefer uniforms (Reyes, 2020)."]
    ),
    (
      "Maybe you could explain the survey.",
      ["mitigation: Maybe", "suggestion: you could explain the survey."]
    ),
    (
      "Just a thought, but the title is too long.",
      ["mitigation: Just a thought", "problem: the title is too long."]
    ),
    (
      "Great post, but you could add a source.",
      ["praise: Great post", "suggestion: you could add a source."]
    ),
    (
      "I agree, but shoes cost more than blazers.",
      ["praise: I agree", "counterpoint: but shoes cost more than blazers."]
    ),
    (
      "Your title is catchy but your intro is a bit long.",
      ["praise: Your title is catchy", "problem: your intro is a bit long."]
    ),
    (
      "I think you make a strong case.", ["mitigation: I think", "praise: you make a strong case."]
    ),
    (
      "I don't think uniforms are the problem.",
      ["counterpoint: I don't think uniforms are the problem."]
    ),
    (
      "Have you thought about asking teachers?",
      [
        "suggestion: Have you thought about asking teachers?",
        "question: Have you thought about asking teachers?",
      ]
    ),
    ("I would cut the first sentence.", ["suggestion: I would cut the first sentence."]),
    ("The post says blazers are costly.", ["summary: The post says blazers are costly."]),
  ])
  func movesOfAComment(comment: String, expected: [String]) {
    #expect(CommentFixtures.moves(CommentFixtures.analyze(comment)) == expected)
  }

  @Test func moveSpansIndexTheCommentAndCarryTheirCue() {
    let (text, spans) = SpanMarks.parse(
      "⟦Nice work.⟧ ⟦I think⟧ ⟦you should cite the Ohio survey.⟧ ⟦Who ran it?⟧")
    let analysis = CommentFixtures.analyze(text)
    #expect(analysis.moves.map { Span($0.start, $0.end) } == spans)
    #expect(analysis.moves.map(\.kind) == [.praise, .mitigation, .suggestion, .question])
    #expect(analysis.moves.map(\.cue) == ["Nice", "I think", "you should", "?"])
    #expect(analysis.moveCounts.suggestion == 1)
    #expect(analysis.moveCounts[.question] == 1)
    #expect(analysis.constructiveMoves == 2)
  }

  @Test func questionsAndCuesInsideQuotationsAreThePostsNotTheCommenters() {
    let analysis = CommentFixtures.analyze(
      "You ask “why should a blazer be compulsory?” and leave it open.")
    #expect(analysis.moves(.question).isEmpty)
    let quoted = CommentFixtures.analyze("The line “the evidence is thin” stayed with me.")
    #expect(quoted.moves(.praise).isEmpty)
  }

  @Test func aSentenceHoldsOneMoveOfEachKind() {
    let analysis = CommentFixtures.analyze("This is a great, clear and convincing post.")
    #expect(
      CommentFixtures.moves(analysis) == ["praise: This is a great, clear and convincing post."])
  }

  @Test func neutralPhrasesAreNotPraise() {
    let analysis = CommentFixtures.analyze("Parents spend a great deal on shoes.")
    #expect(analysis.moves.isEmpty)
  }
}
