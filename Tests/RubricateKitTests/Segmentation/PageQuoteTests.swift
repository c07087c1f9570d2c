import Testing

@testable import RubricateKit

@Suite struct PageQuoteTests {
  @Test func quotationsInAScrapedBody() throws {
    let (submissions, spans) = try InputMarks.read(
      """
      March 4, 2024
      Quiet Streets

      ⟦Noise is the cost of traffic we notice least.⟧

      ⟦> Cities are for people, not for parking.
      > Everyone says so until they need to park.⟧

      ⟦“Traffic noise raises stress hormones even while we sleep, and children near busy roads read later than their peers.”
      — A city health report⟧

      ⟦“Fine,” she said.⟧

      Share this:
      """)
    let post = submissions[0]
    #expect(post.title == "Quiet Streets")
    #expect(post.dateText == "March 4, 2024")
    #expect(post.quotes == [spans[1], spans[2]])
    #expect(
      post.segments.filter { $0.kind == .blockquote }.map(\.rule) == [
        "quote.marker", "quote.quoted-paragraph",
      ])
    #expect(post.body == [spans[0], spans[3]])
  }
}
