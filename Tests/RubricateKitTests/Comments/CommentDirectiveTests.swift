import Testing

@testable import RubricateKit

/// Suggestions and problems as English makes them, whoever is addressed (issue 20): each
/// comment and the kind and cue of the move it must hold.
@Suite struct CommentDirectiveTests {
  @Test(arguments: [
    ("The authors should report variance.", "suggestion", "should report"),
    ("Results should be averaged over multiple runs.", "suggestion", "should be averaged"),
    ("Please define the dashed lines in fig. 2A-B.", "suggestion", "Please"),
    ("It would be helpful if you provided glosses in Figure 2.", "suggestion", "would be helpful"),
    (
      "It would also be good to state the maximum number of tasks.", "suggestion",
      "would also be good"
    ),
    ("Maybe add a source on deliveries.", "suggestion", "Maybe add"),
    ("I'd like to see a comparison with Ghent.", "suggestion", "I'd like to see"),
    ("2. Add a baseline without the mean teacher.", "suggestion", "Add"),
    ("Line 241: fix the typo in the caption.", "suggestion", "fix"),
    (
      "The first sentence of the abstract needs to be rewritten.", "suggestion",
      "needs to be rewritten"
    ),
    ("Section 3.2 can be eliminated.", "suggestion", "can be eliminated"),
    ("It is important to show the variance.", "suggestion", "It is important to"),
    (
      "The notation is used several times without being defined.", "problem",
      "without being defined"
    ),
    ("The authors do not further discuss this observation.", "problem", "not further discuss"),
  ])
  func directivesAreSuggestionsOrProblems(comment: String, kind: String, cue: String) {
    let analysis = CommentFixtures.analyze(comment, post: nil)
    let found = analysis.moves.filter { $0.kind.rawValue == kind }.map(\.cue)
    #expect(found == [cue])
    #expect(analysis.moves(.praise).isEmpty)
  }

  /// Reports, descriptions and opinions about the world are not suggestions.
  @Test(arguments: [
    "A combination of existing techniques was considered.",
    "I consider this the best post in the class.",
    "Great post! I really enjoyed reading it. Keep up the good work!",
    "I agree, cars take up too much space in the centre.",
    "I should say that I drive to school every day.",
    "Our model can handle long inputs.",
  ])
  func reportsAreNotSuggestions(comment: String) {
    let analysis = CommentFixtures.analyze(comment, post: nil)
    #expect(analysis.moves(.suggestion).isEmpty)
  }
}
