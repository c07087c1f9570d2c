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

@Suite struct PageHeaderTests {
  @Test func siteNameAndTaglineBeforeTheTitle() throws {
    let post = try SourceReader.read(
      bytes: Array(
        """
        Skip to content
        Room 12 Blog
        Thoughts from Ms. Park's class
        Menu
        Why Cities Should Ban Cars
        Posted on March 4, 2024 by lnguyen
        Leave a comment

        Cars take up most of the street and give little back.
        """.utf8), name: "p.txt")[0]
    #expect(post.title == "Why Cities Should Ban Cars")
    #expect(post.author == "lnguyen")
    #expect(post.texts(of: .body) == ["Cars take up most of the street and give little back."])
    #expect(post.segments.filter { $0.rule == "page.site-header" }.count == 2)
    #expect(post.kindCounts == [.title: 1, .dateline: 1, .boilerplate: 5, .body: 1])
  }
}
