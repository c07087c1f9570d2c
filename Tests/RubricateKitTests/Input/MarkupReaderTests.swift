import Testing

@testable import RubricateKit

@Suite struct MarkupReaderTests {
  @Test func markdownPostWithFrontMatter() throws {
    let submissions = try InputFixtures.read("post.md")
    #expect(submissions.count == 1)
    let post = submissions[0]
    #expect(post.kind == .post)
    #expect(post.title == "Four-Day School Weeks Deserve a Trial")
    #expect(post.author == "Priya Raman")
    #expect(post.date == "2024-02-19")
    #expect(post.dateText == "2024-02-19")
    #expect(
      post.kindCounts == [
        .title: 1, .body: 2, .heading: 1, .blockquote: 1, .listItem: 2, .referencesHeading: 1,
        .reference: 1,
      ])
    #expect(post.body.count == 4)
    #expect(
      post.texts(of: .blockquote) == [
        "Teachers told us the Monday off was the first thing they would defend."
      ])
    #expect(
      post.texts(of: .listItem) == [
        "Families saved on childcare only when both parents had flexible jobs.",
        "Districts saved about 2% of spending, see https://example.org/budget.",
      ])
    #expect(
      post.texts(of: .reference) == [
        "Morton, Emily. (2021). Effects of four-day school weeks. Education Finance and Policy."
      ])
    #expect(
      post.links.map(\.url) == [
        "https://www.rand.org/pubs/research_reports/RRA373-1.html", "https://example.org/budget",
      ])
    #expect(
      post.links.map { post.document.text(of: $0.span) } == [
        "RAND report", "https://example.org/budget",
      ])
    #expect(!post.document.text.contains("**"))
    #expect(!post.document.text.contains("---"))
  }

  @Test func markdownCommentNamesItsPost() throws {
    let submissions = try InputFixtures.read(
      "comment-on-post.md", as: "week5/comments/comment-on-post.md")
    let comment = submissions[0]
    #expect(comment.kind == .comment)
    #expect(comment.author == "Sam Ortiz")
    #expect(comment.date == "2024-02-21")
    #expect(comment.dateText == "February 21, 2024")
    #expect(comment.post == "week5/comments/post.md")
    #expect(comment.body.count == 1)
    #expect(comment.segments.map(\.kind) == [.comment])
    #expect(comment.links.map(\.url) == ["https://www.rand.org"])
  }

  @Test func commentsAreLinkedToPostsByTitleOrFileName() throws {
    let post = try InputFixtures.read("post.md", as: "posts/priya.md")[0]
    let byTitle = Submission(
      id: "c1.md", kind: .comment, document: Document(text: ""),
      post: "four-day school weeks deserve a trial")
    let byStem = Submission(
      id: "c2.md", kind: .comment, document: Document(text: ""), post: "priya")
    let unknown = Submission(
      id: "c3.md", kind: .comment, document: Document(text: ""), post: "nope")
    let linked = SubmissionLinker.link([post, byTitle, byStem, unknown])
    #expect(linked.map(\.post) == [nil, "posts/priya.md", "posts/priya.md", "nope"])
  }

  @Test func markdownInlineForms() throws {
    let text = """
      See [the *report*][rand] and <https://a.example/x>, plus ![chart](c.png) and `code_span`.
      Snake_case stays, _emphasis_ goes, \\*stars\\* stay, AT&amp;T decodes.

      [rand]: https://rand.example/r "RAND"
      """
    let post = try SourceReader.read(bytes: Array(text.utf8), name: "n.md")[0]
    #expect(
      post.texts(of: .body) == [
        "See the report and https://a.example/x, plus and code_span.\n"
          + "Snake_case stays, emphasis goes, *stars* stay, AT&T decodes."
      ])
    #expect(post.links.map(\.url) == ["https://rand.example/r", "https://a.example/x"])
  }

  @Test func savedWordPressPage() throws {
    let submissions = try InputFixtures.read("saved-post.html")
    #expect(submissions.count == 3)
    let post = submissions[0]
    #expect(post.title == "Homework Should Be Optional")
    #expect(post.author == "jkim")
    #expect(post.date == "2024-01-09")
    #expect(post.texts(of: .blockquote) == ["Practice makes permanent, not perfect."])
    #expect(post.body.count == 2)
    #expect(
      post.texts(of: .body)[1]
        == "A study by Cooper and colleagues found the link between homework and achievement is weak before high school & stronger after."
    )
    #expect(post.links.map(\.url) == ["https://example.edu/cooper"])
    #expect(!post.document.text.contains("not text"))
    #expect(!post.document.text.contains("font-family"))
    #expect(!post.document.text.contains("About"))
    #expect(submissions[1].author == "Dana Lee")
    #expect(submissions[1].date == "2024-01-10T08:15")
    #expect(submissions[2].author == "jkim")
    #expect(submissions[2].parent == "saved-post.html#c1")
    #expect(submissions[2].texts(of: .comment) == ["Fair point, maths may be the exception."])
  }

  @Test(arguments: [
    "<html><head><style>p{}</style><script>x()</script></head><body><div><img src=a.png></div></body></html>",
    "<br><br/><hr><!-- nothing -->",
    "<<<<>>>>",
  ])
  func markupOnlyHTMLIsAnEmptyPost(html: String) throws {
    let submissions = try SourceReader.read(bytes: Array(html.utf8), name: "x.html")
    #expect(submissions.count == 1)
    #expect(submissions[0].body.isEmpty || html == "<<<<>>>>")
    #expect(submissions[0].quotes.isEmpty)
  }

  @Test func leadingHeadingThatOutranksTheRestIsTheTitle() throws {
    let html = "<h2>Not Every Town Is Big</h2><p>Small towns differ.</p><h3>Why</h3><p>Buses.</p>"
    let post = try SourceReader.read(bytes: Array(html.utf8), name: "k_48226_text.html")[0]
    #expect(post.title == "Not Every Town Is Big")
    #expect(post.segments.first?.rule == "html.top-heading")
    #expect(post.texts(of: .heading) == ["Why"])
    let sections = "## One\n\nText.\n\n## Two\n\nMore text.\n"
    let notes = try SourceReader.read(bytes: Array(sections.utf8), name: "n.md")[0]
    #expect(notes.title == nil)
    #expect(notes.texts(of: .heading) == ["One", "Two"])
  }

  @Test func htmlHeadingsListsAndEntities() throws {
    let html = """
      <h1>Sleep &amp; School</h1><h2>Why</h2><p>Teens need&nbsp;nine hours&#8212;most get seven.</p>
      <ul><li>Later bells</li><li>Less homework</li></ul><pre>keep   this</pre>
      """
    let post = try SourceReader.read(bytes: Array(html.utf8), name: "s.htm")[0]
    #expect(post.title == "Sleep & School")
    #expect(post.texts(of: .heading) == ["Why"])
    #expect(post.texts(of: .body) == ["Teens need nine hours\u{2014}most get seven."])
    #expect(post.texts(of: .listItem) == ["Later bells", "Less homework"])
    #expect(post.texts(of: .boilerplate) == ["keep   this"])
  }
}
