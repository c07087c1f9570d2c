import Testing

@testable import RubricateKit

@Suite struct InlineFurnitureTests {
  @Test func advertsBetweenParagraphsDoNotEndTheBody() throws {
    let (submissions, spans) = try InputMarks.read(
      """
      Bus Lanes
      May 5, 2024

      ⟦Bus lanes cut my commute by ten minutes.⟧
      Advertisements
      Report this ad

      ⟦They also made cycling feel safer.⟧
      Continue reading →

      Share this:
      """)
    #expect(submissions[0].body == [spans[0], spans[1]])
    #expect(submissions[0].segments.filter { $0.rule.hasPrefix("inline.") }.count == 3)
  }
}
