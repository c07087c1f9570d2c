import Testing

@testable import RubricateKit

/// References to a place in the text, in the forms students and reviewers write them.
@Suite struct CommentPlaceTests {
  /// Each comment with the place it names marked `⟦ ⟧`.
  @Test(arguments: [
    "In ⟦Table 3⟧ the totals do not add up.",
    "⟦Line 241⟧: the sign is wrong.",
    "The derivation of ⟦Equation (2⟧) skips a step.",
    "⟦Figure 6⟧: both curves overlap.",
    "Please define the dashed lines in ⟦fig. 2A-B⟧.",
    "I found ⟦your third paragraph⟧ hard to follow.",
    "⟦Where you say⟧ that buses are cheaper, give a number.",
    "⟦The part about⟧ tax was confusing.",
    "The claim in ⟦§4⟧ needs a proof.",
    "See ⟦L241⟧ for the typo.",
    "⟦Appendix A⟧ repeats the main text.",
    "In ⟦the abstract⟧ the task is never named.",
    "⟦The ending⟧ felt rushed.",
  ])
  func placeIsFound(marked: String) throws {
    let (text, span) = try #require(Self.unmark(marked))
    let analysis = CommentFixtures.analyze(text, post: nil)
    #expect(analysis.partReferences.map { Span($0.start, $0.end) } == [span])
    #expect(analysis.localized)
    #expect(analysis.specificity.evidence.contains { $0.kind == "place" })
  }

  /// Phrases that name no place in the text.
  @Test(arguments: [
    "I like the example of Oslo.",
    "My first point is that cars are loud.",
    "The title of the book is Walkable City.",
    "At the end of the day, people want parking.",
  ])
  func noPlace(comment: String) {
    let analysis = CommentFixtures.analyze(comment, post: nil)
    #expect(analysis.partReferences.isEmpty)
    #expect(!analysis.localized)
  }

  /// The text between `⟦` and `⟧`, as a span of the text without the marks.
  static func unmark(_ marked: String) -> (String, Span)? {
    let scalars = Array(marked.unicodeScalars)
    guard let open = scalars.firstIndex(of: "⟦"), let close = scalars.firstIndex(of: "⟧") else {
      return nil
    }
    let text = String(String.UnicodeScalarView(scalars.filter { $0 != "⟦" && $0 != "⟧" }))
    return (text, Span(open, close - 1))
  }
}
