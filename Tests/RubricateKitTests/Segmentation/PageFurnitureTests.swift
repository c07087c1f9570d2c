import Testing

@testable import RubricateKit

@Suite struct PageFurnitureTests {
  @Test func relatedPostsAreNotComments() throws {
    let (submissions, spans) = try InputMarks.read(
      """
      Recycling Works
      Posted on 2 May 2024 by ella_k

      ⟦Our school recycled four tonnes of paper last year.⟧

      Why It Matters

      ⟦Landfills near us are almost full.⟧

      Share this:
      Click to share on Twitter (Opens in new window)
      Like this:
      Like Loading...
      Related

      Composting at Home
      April 20, 2024
      In "Science"

      One thought on “Recycling Works”

      ben_t
      May 3, 2024 at 6:00 pm
      ⟦Four tonnes is more than I expected!⟧
      Like
      Reply

      Leave a Reply
      Your email address will not be published. Required fields are marked *
      Comment *
      Name *
      Email *
      Website
      Save my name, email, and website in this browser for the next time I comment.
      Post Comment
      %d bloggers like this:
      """)
    #expect(submissions.count == 2)
    let post = submissions[0]
    #expect(post.author == "ella_k")
    #expect(post.date == "2024-05-02")
    #expect(post.body == [spans[0], spans[1]])
    #expect(post.texts(of: .heading) == ["Why It Matters"])
    #expect(post.segments.first { $0.kind == .heading }?.rule == "heading.short-line")
    #expect(submissions[1].author == "ben_t")
    #expect(submissions[1].body == [spans[2]])
    #expect(post.kindCounts[.boilerplate] == 19)
    #expect(
      post.segments.filter { $0.kind == .boilerplate }.map(\.rule).contains("like.bloggers"))
  }

  static let headings: [(String, String?)] = [
    ("one response to \"x\"", "comments.responses-to"),
    ("12 responses to \"x\"", "comments.responses-to"),
    ("5 thoughts on \"x\"", "comments.thoughts-on"),
    ("one thought on \"x\"", "comments.thoughts-on"),
    ("2 comments", "comments.count"),
    ("no comments", "comments.count"),
    ("comments (3)", "comments.count"),
    ("comments", "comments.heading"),
    ("3 replies to \"x\"", "comments.replies-to"),
    ("2 comments on \"x\"", "comments.comments-on"),
    ("3 reasons to vote", nil),
    ("two thoughts", "comments.count"),
    ("the responses were mixed", nil),
  ]

  @Test(arguments: headings) func commentHeadingTable(key: String, rule: String?) {
    #expect(CommentRules.heading(key) == rule)
  }

  @Test(arguments: [
    ("Maria Chen", true), ("lnguyen", true), ("J. R. Okafor", true), ("@tom", true),
    ("This is a sentence.", false), ("Great post!", false), ("https://x.org", false),
    ("Share this:", false), ("One two three four five six seven", false),
  ])
  func namesOfCommenters(text: String, isName: Bool) {
    #expect(CommentRules.isNameLike(text) == isName)
  }

  @Test func blogShapeNeedsMoreThanATitle() {
    #expect(!BlogPageShape.isBlogPage(Document(text: "Title\n\nBody text.\n")))
    #expect(BlogPageShape.isBlogPage(Document(text: "Title\nMarch 4, 2024\n\nBody text.\n")))
    #expect(BlogPageShape.isBlogPage(Document(text: "Body text.\n\nShare this:\nLike this:\n")))
    #expect(BlogPageShape.isBlogPage(Document(text: "Body text.\n\n2 Responses to “T”\n")))
    #expect(!BlogPageShape.isBlogPage(Document(text: "Body text.\n\nComments\n")))
    #expect(
      BlogPageShape.isBlogPage(
        Document(
          text: "Title\n\nOne.\n\nTwo.\n\nThree.\n\nAna Ruiz\nMay 2, 2024 at 9:15 am\nNice.\n")))
    #expect(
      !BlogPageShape.isBlogPage(
        Document(text: "Title\n\nOne.\n\nTwo.\n\nThree.\n\nAna Ruiz\nMay 2, 2024\nNice.\n")))
  }

  @Test func essaySalutationsAreNotTitles() throws {
    let text = "Dear Principal,\n\nPhones should be allowed at lunch.\n\nSincerely, Ana\n"
    let letter = try SourceReader.read(bytes: Array(text.utf8), name: "l.txt")[0]
    #expect(letter.title == nil)
    #expect(letter.body.count == 3)
    let dear = try SourceReader.read(
      bytes: Array("Dear Senator\n\nVote yes.\n".utf8), name: "d.txt")
    #expect(dear[0].title == nil)
  }
}
