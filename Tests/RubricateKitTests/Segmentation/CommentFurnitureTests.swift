import Testing

@testable import RubricateKit

@Suite struct CommentFurnitureTests {
  @Test func badgesEditAndLikeLinesStayInsideAComment() throws {
    let (submissions, spans) = try InputMarks.read(
      """
      Longer Lunch Breaks
      October 1, 2024

      ⟦Forty minutes would let everyone eat and still get outside.⟧

      2 Comments

      Maria Chen's avatar
      Maria Chen
      October 2, 2024 at 12:10 pm
      Edit
      ⟦Would the school day get longer, then?⟧
      Like
      ⟦Or would a class get shorter?⟧
      Log in to Reply

      lnguyen
      Post author
      October 2, 2024 at 1:00 pm
      ⟦Shorter passing times would cover it.⟧
      Liked by 1 person
      Reply
      """)
    #expect(submissions.count == 3)
    #expect(submissions[1].author == "Maria Chen")
    #expect(submissions[1].body == [spans[1], spans[2]])
    #expect(submissions[2].author == "lnguyen")
    #expect(submissions[2].date == "2024-10-02T13:00")
    #expect(submissions[2].body == [spans[3]])
    #expect(
      submissions[2].segments.map(\.kind) == [
        .commentHeader, .commentHeader, .commentHeader, .comment, .boilerplate,
      ])
    #expect(submissions[0].segments.filter { $0.rule == "comment.reply" }.count == 2)
  }
}
