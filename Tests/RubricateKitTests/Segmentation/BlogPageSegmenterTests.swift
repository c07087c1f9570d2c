import Testing

@testable import RubricateKit

@Suite struct BlogPageSegmenterTests {
  @Test func scrapedPageFixture() throws {
    let submissions = try InputFixtures.read("scraped-page.txt")
    #expect(
      submissions.map(\.id) == [
        "scraped-page.txt", "scraped-page.txt#c1", "scraped-page.txt#c2", "scraped-page.txt#c3",
      ])
    let post = submissions[0]
    #expect(post.kind == .post)
    #expect(post.title == "Why Our Town Should Close Main Street to Cars")
    #expect(post.author == "lnguyen")
    #expect(post.date == "2024-03-04")
    #expect(post.dateText == "March 4, 2024")
    #expect(post.body.count == 3)
    #expect(
      post.texts(of: .body).map { String($0.prefix(24)) } == [
        "Every Saturday morning t", "Cities that tried this w", "Critics say closing the ",
      ])
    #expect(post.quotes.count == 1)
    #expect(
      post.texts(of: .reference) == [
        "Okafor, Anna. \u{201C}Streets for People.\u{201D} Urban Studies Review 12.3 (2015): 40-58.",
        "Lindqvist, B. (2019). Cars and the small town. Riverside Press.",
      ])
    #expect(
      post.kindCounts == [
        .title: 1, .dateline: 1, .body: 3, .blockquote: 1, .reference: 2, .commentsHeading: 1,
        .commentHeader: 6, .comment: 3, .boilerplate: 20,
      ])
    #expect(post.spans(of: .title) == [Span(0, 45)])
    #expect(post.spans(of: .dateline) == [Span(46, 70)])
    let comments = Array(submissions.dropFirst())
    #expect(comments.map(\.kind) == [.comment, .comment, .comment])
    #expect(comments.map(\.author) == ["Maria Chen", "Tom Baker", "lnguyen"])
    #expect(comments.map(\.date) == ["2024-03-05T15:07", "2024-03-06T09:12", "2024-03-06T10:40"])
    #expect(
      comments.map(\.dateText) == [
        "March 5, 2024 at 3:07 pm", "March 6, 2024 at 9:12 am", "March 6, 2024 at 10:40 am",
      ])
    #expect(comments.map(\.post) == Array(repeating: "scraped-page.txt", count: 3))
    #expect(comments.map(\.parent) == [nil, nil, "scraped-page.txt#c2"])
    #expect(
      comments.map { $0.texts(of: .comment) } == [
        [
          "I agree with your second paragraph, but what about the bus that runs down Main "
            + "Street? Where would it stop?"
        ],
        ["Great post!"],
        ["Thanks Tom! I will add a source on shop sales."],
      ])
    #expect(comments.allSatisfy { $0.document == post.document })
  }

  @Test func noBoilerplateLeftInAnyProseSegment() throws {
    let post = try InputFixtures.read("scraped-page.txt")[0]
    let prose: Set<Segment.Kind> = [.body, .blockquote, .reference, .comment]
    for segment in post.segments where prose.contains(segment.kind) {
      let text = post.document.text(of: segment.span)
      for rule in BoilerplateRules.rules where rule.strength == .strong {
        #expect(!rule.matches(PageLine.normalise(text)), "\(rule.id) in \(text)")
      }
    }
  }

  static let commentHeadings: [(String, String)] = [
    ("One Response to \u{201C}Bikes Belong\u{201D}", "comments.responses-to"),
    ("3 Responses to \u{201C}Bikes Belong\u{201D}", "comments.responses-to"),
    ("5 thoughts on \u{201C}Bikes Belong\u{201D}", "comments.thoughts-on"),
    ("2 Comments", "comments.count"),
    ("One comment on \u{201C}Bikes Belong\u{201D}", "comments.comments-on"),
    ("4 Replies to \u{201C}Bikes Belong\u{201D}", "comments.replies-to"),
    ("4 comments:", "comments.count"),
  ]

  @Test(arguments: commentHeadings) func commentHeadingVariants(heading: String, rule: String)
    throws
  {
    let page = """
      Bikes Belong
      14 Mar

      Bike lanes make streets safer for everyone who uses them, drivers included.

      \(heading)

      Ravi Shah
      March 15, 2024 at 7:45 am
      I ride to school every day and the new lane on Elm made it much calmer.
      """
    let submissions = try SourceReader.read(bytes: Array(page.utf8), name: "bikes.txt")
    #expect(submissions.count == 2)
    let post = submissions[0]
    #expect(post.title == "Bikes Belong")
    #expect(post.dateText == "14 Mar")
    #expect(post.date == nil)
    #expect(post.segments.first { $0.kind == .commentsHeading }?.rule == rule)
    #expect(
      post.texts(of: .body) == [
        "Bike lanes make streets safer for everyone who uses them, drivers included."
      ])
    #expect(submissions[1].author == "Ravi Shah")
    #expect(submissions[1].date == "2024-03-15T07:45")
  }

  static let datelines: [(String, String?, String, String?, String)] = [
    ("14 Mar", nil, "14 Mar", nil, "dateline.date"),
    ("March 4, 2024", "2024-03-04", "March 4, 2024", nil, "dateline.date"),
    (
      "March 4, 2024 by lnguyen", "2024-03-04", "March 4, 2024", "lnguyen",
      "dateline.date-by-author"
    ),
    (
      "Posted on March 4, 2024 by Lan Nguyen", "2024-03-04", "March 4, 2024", "Lan Nguyen",
      "dateline.posted-on"
    ),
    ("Monday, 4th March 2024", "2024-03-04", "Monday, 4th March 2024", nil, "dateline.date"),
    ("2024-03-04", "2024-03-04", "2024-03-04", nil, "dateline.date"),
    ("Mar 4", nil, "Mar 4", nil, "dateline.date"),
    ("by lnguyen", nil, "", "lnguyen", "dateline.byline"),
  ]

  @Test(arguments: datelines) func datelineShapes(
    line: String, iso: String?, written: String, author: String?, rule: String
  ) throws {
    let page = """
      Homework Is Not the Enemy
      \(line)

      Homework gives students a second look at ideas they only met once in class.

      Share this:
      Like this:
      """
    let post = try SourceReader.read(bytes: Array(page.utf8), name: "hw.txt")[0]
    #expect(post.title == "Homework Is Not the Enemy")
    #expect(post.date == iso)
    #expect(post.dateText == (written.isEmpty ? nil : written))
    #expect(post.author == author)
    #expect(post.segments.first { $0.kind == .dateline }?.rule == rule)
    #expect(post.body.count == 1)
  }

  @Test func referencesUnderAHeading() throws {
    let (submissions, spans) = try InputMarks.read(
      """
      Zoos Still Matter
      June 2, 2023

      ⟦Modern zoos fund field conservation and breed species that are gone from the wild.⟧

      Works Cited

      ⟦Haddad, Omar. Saving the Arabian Oryx. Desert Press, 2007.⟧
      ⟦Wu, Mei. "Captive Breeding Today." Conservation Letters 4.2 (2011): 10-19.⟧

      2 Comments

      Ana
      June 3, 2023 at 11:00 am
      Good sources, but are they recent enough?
      """)
    let post = submissions[0]
    #expect(post.body == [spans[0]])
    #expect(
      post.spans(of: .referencesHeading).map { post.document.text(of: $0) } == ["Works Cited"])
    #expect(post.spans(of: .reference) == [spans[1], spans[2]])
    #expect(submissions.count == 2)
  }

  @Test func commentLayoutsWithoutHeading() throws {
    let (submissions, spans) = try InputMarks.read(
      """
      Phones in Class
      September 9, 2024 by mbrooks

      ⟦Phones distract, but banning them outright teaches nothing about self-control.⟧

      Leave a comment

      Jo Park on September 10, 2024 at 2:30 pm said:
      ⟦I think a ban is simpler for teachers.⟧

      Sam Wu | September 10, 2024 at 4:05 pm #
      ⟦What would self-control lessons look like?⟧

      Blogger Fan said...
      ⟦Nice.⟧
      September 11, 2024 at 9:00 AM
      """)
    #expect(submissions.count == 4)
    #expect(submissions[0].body == [spans[0]])
    #expect(submissions.dropFirst().map(\.author) == ["Jo Park", "Sam Wu", "Blogger Fan"])
    #expect(
      submissions.dropFirst().map(\.date) == [
        "2024-09-10T14:30", "2024-09-10T16:05", "2024-09-11T09:00",
      ])
    #expect(submissions.dropFirst().map(\.body) == [[spans[1]], [spans[2]], [spans[3]]])
  }

  @Test func repliesByIndentationAndMention() throws {
    let submissions = try SourceReader.read(
      bytes: Array(
        """
        School Lunches
        May 1, 2024

        Lunch should be free for every student, because hungry students cannot learn.

        3 Comments

        Kim Lee
        May 2, 2024 at 8:00 am
        Who pays for it?

            Priya
            May 2, 2024 at 9:00 am
            The state, like it pays for textbooks.

        Omar
        May 3, 2024 at 1:00 pm
        @Kim taxes, mostly.
        """.utf8), name: "lunch.txt")
    #expect(submissions.map(\.author) == [nil, "Kim Lee", "Priya", "Omar"])
    #expect(submissions.map(\.parent) == [nil, nil, "lunch.txt#c1", "lunch.txt#c1"])
  }

  @Test func emptyCommentIsKeptWithNoBody() throws {
    let submissions = try SourceReader.read(
      bytes: Array(
        """
        Recess
        April 2, 2024

        Longer recess helps younger students focus in the afternoon.

        2 Responses to “Recess”

        Lena says:
        April 3, 2024 at 10:00 am
        Reply
        Max says:
        April 3, 2024 at 11:00 am
        I agree, my little brother is calmer after recess.
        """.utf8), name: "recess.txt")
    #expect(submissions.count == 3)
    #expect(submissions[1].author == "Lena")
    #expect(submissions[1].body.isEmpty)
    #expect(submissions[2].body.count == 1)
  }

  @Test func plainEssayIsBodyParagraphsWithTitle() throws {
    let (submissions, spans) = try InputMarks.read(
      """
      ⟦The Case for Later Start Times⟧

      ⟦Teenagers' sleep cycles shift later during puberty, so an early bell fights biology.⟧

      ⟦Districts that moved to 8:30 saw attendance rise.⟧
      """)
    #expect(submissions.count == 1)
    #expect(submissions[0].title == "The Case for Later Start Times")
    #expect(submissions[0].spans(of: .title) == [spans[0]])
    #expect(submissions[0].body == [spans[1], spans[2]])
    #expect(!BlogPageShape.isBlogPage(submissions[0].document))
  }

  @Test func textFormatIsAllBody() throws {
    let text = "Title Line\nMarch 4, 2024\n\nBody one.\n\nShare this:\n"
    let submission = try SourceReader.read(bytes: Array(text.utf8), name: "e.txt", format: .text)
    #expect(submission.count == 1)
    #expect(submission[0].title == nil)
    #expect(submission[0].body == [Span(0, 24), Span(26, 35), Span(37, 48)])
    #expect(submission[0].segments.allSatisfy { $0.kind == .body && $0.rule == "text.paragraph" })
  }
}
