import Foundation
import Testing

@testable import RubricateKit

@Suite struct CommentGenericPraiseTests {
  @Test(arguments: [
    "Nice!",
    "Great post, I totally agree!",
    "Great post! I really enjoyed reading it. Keep up the good work!",
    """
    This was a really interesting post and I enjoyed every part of it. You are a great writer \
    and your style is so engaging. I learned a lot from reading it and I totally agree with \
    everything you said. Thanks for sharing, I can't wait to read your next post! Well done.
    """,
    "Great job on the post! What made you pick this topic?",
    "Wow! Amazing!!! 10/10",
    // Naming the topic is not engaging with the post.
    "this was really good i agree with u uniforms are bad",
    "Good job! Very informative and well written, I learned so much about uniforms.",
  ])
  func praiseThatCouldAnswerAnyPostIsGeneric(comment: String) {
    let analysis = CommentFixtures.analyze(comment)
    #expect(analysis.genericPraise)
    #expect(!analysis.localized)
  }

  @Test(arguments: [
    // Praise that engages with what the post says.
    "Great post, I agree that a compulsory blazer is a real burden for parents.",
    // Praise with a suggestion.
    "Great post! You could add where the survey was done.",
    // Praise that points at a part of the post.
    "Great post, your conclusion is excellent.",
    // Not praise at all.
    "Uniforms are a fact of life.",
  ])
  func praiseWithSubstanceIsNotGeneric(comment: String) {
    #expect(!CommentFixtures.analyze(comment).genericPraise)
  }

  @Test func genericPraiseNeedsNoPostToBeRecognised() {
    #expect(CommentFixtures.analyze("Awesome post, well done!", post: nil).genericPraise)
  }
}

@Suite struct CommentPraiseTargetTests {
  @Test(arguments: [
    ("Nice weather today, I love summer.", 0, false),
    ("I like pizza more than salad.", 0, false),
    ("Nice post, I love your conclusion.", 1, false),
    ("Great use of evidence.", 1, true),
    ("I love the Ohio survey.", 1, false),
  ])
  func praiseCountsOnlyWhenItIsAboutThePost(comment: String, praise: Int, generic: Bool) {
    let analysis = CommentFixtures.analyze(comment)
    #expect(analysis.moveCounts.praise == praise)
    #expect(analysis.genericPraise == generic)
  }
}
