import Testing

@testable import RubricateKit

/// Entry-footer bylines as WordPress core themes print them, saved as text (issue 13).
@Suite struct FooterBylineTests {
  static func line(_ text: String) -> PageLine {
    PageLine.make(Document(text: text), 0, text.unicodeScalars.count)
  }

  @Test(arguments: [
    // Twenty Twenty-One: the date and author spans run together.
    ("Published April 2, 2024By Noah Park", "Noah Park"),
    // Twenty Ten, Twenty Eleven, Twenty Seventeen.
    ("Posted on April 2, 2024 by Noah Park", "Noah Park"),
    // Twenty Twenty-Two to Twenty Twenty-Four (block themes' post meta).
    ("April 2, 2024 by Noah Park", "Noah Park"),
    // Twenty Nineteen: author, date and taxonomy on one line.
    ("Posted by Noah Park April 2, 2024 Posted in Week 7 Tagged phones", "Noah Park"),
    // Twenty Twelve's entry footer.
    (
      "This entry was posted in Week 7 and tagged phones on April 2, 2024 by Noah Park.",
      "Noah Park"
    ),
    // Twenty Fifteen and Twenty Sixteen: screen-reader labels run into the values.
    (
      "Posted on April 2, 2024Author Noah ParkCategories Week 7Tags phones, schools",
      "Noah Park"
    ),
    (
      "Author Noah ParkPosted on April 2, 2024Categories Week 7Tags phones, schools",
      "Noah Park"
    ),
    // Twenty Twenty: byline, date and comment link.
    ("By Noah Park April 2, 2024 No Comments", "Noah Park"),
    // Twenty Nineteen saved as HTML: the screen-reader label and the spans run together.
    ("Posted byNoah ParkApril 2, 2024Posted inWeek 7Tags: phones, schools", "Noah Park"),
  ])
  func aFooterBylineGivesTheAuthorAndDate(text: String, author: String) throws {
    let meta = try #require(Dateline.footerByline(Self.line(text)))
    #expect(meta.author == author)
    #expect(meta.date?.iso == "2024-04-02")
    #expect(meta.rule == "meta.byline")
  }

  @Test(arguments: [
    "Published research shows that phones distract pupils in class.",
    "By 2024 most schools had a rule about phones.",
    "Posted inside the classroom on April 2, 2024, the rule was clear to everyone.",
  ])
  func proseIsNoByline(text: String) {
    #expect(Dateline.footerByline(Self.line(text)) == nil)
  }

  /// Twenty Seventeen and Twenty Twenty print the categories and tags on a line of their own.
  @Test(arguments: ["CategoriesWeek 7Tagsphones, schools", "Tagsphones, schools"])
  func aTaxonomyLineIsFurniture(text: String) throws {
    let meta = try #require(Dateline.footerByline(Self.line(text)))
    #expect(meta.rule == "meta.taxonomy")
    #expect(meta.author == nil)
  }

  /// Twenty Thirteen and Twenty Fourteen print the author after the date with no `by`.
  @Test(arguments: [
    ("March 12, 2024Week 7phones, schoolsNoah Park", "Noah Park"),
    ("March 12, 2024 Noah Park", "Noah Park"),
    ("March 12, 2024 Leave a comment", nil),
    ("March 12, 2024 Week 7", nil),
    ("March 12, 2024", nil),
  ])
  func aNameAfterTheDateIsTheAuthor(text: String, author: String?) throws {
    let meta = try #require(Dateline.parse(Self.line(text)))
    #expect(meta.author == author)
    #expect(meta.date?.iso == "2024-03-12")
  }

  @Test(arguments: [
    ("Posted byNoah ParkMarch 12, 2024", "Posted by Noah Park March 12, 2024"),
    ("Post authorBy Noah Park", "By Noah Park"),
    ("Post dateMarch 12, 2024", "March 12, 2024"),
    ("CategoriesWeek 7Tagsphones, schools", "Categories Week 7 Tags phones, schools"),
    ("Post dates and Tags are kept as they are.", "Post dates and Tags are kept as they are."),
    ("Posted inside a locker", "Posted inside a locker"),
  ])
  func runTogetherLabelsGetTheirSpaceBack(text: String, expected: String) {
    #expect(Dateline.readingRunTogetherLabels(text) == expected)
  }

  /// Twenty Fourteen ends its dateline with the comment link.
  @Test(arguments: [
    ("October 3, 2023 Lena Fischer Leave a comment", "Lena Fischer"),
    ("October 3, 2023 Lena Fischer 3 Comments", "Lena Fischer"),
    ("October 3, 2023 Lena Fischer 1 Comment Edit", "Lena Fischer"),
    ("October 3, 2023 Leave a comment", nil),
  ])
  func aCommentLinkAfterTheAuthorIsDropped(text: String, author: String?) throws {
    let meta = try #require(Dateline.parse(Self.line(text)))
    #expect(meta.author == author)
    #expect(meta.date?.iso == "2023-10-03")
  }

  static func lines(_ text: String) -> [PageLine] { PageLine.lines(of: Document(text: text)) }

  /// Block themes print the post meta a block a line; under the post it ends the body.
  @Test(arguments: [
    // Twenty Twenty-Two: date, author, category, tags, no labels.
    ("February 20, 2024\n\nSam Okafor\n\nWeek 9\ncycling, transport", "Sam Okafor", "2024-02-20"),
    // Twenty Twenty-Three's post-meta part.
    ("Posted\n\nNovember 8, 2023\n\nin\n\nWeek 5\n\nby\n\nMei Tanaka", "Mei Tanaka", "2023-11-08"),
  ])
  func aBlockThemesPostMetaEndsTheBody(meta text: String, author: String, date: String) throws {
    let body =
      "Fewer cars means cleaner air for everyone who walks in.\n\nHollis, R. (2020). Lanes.\n\n"
    let lines = Self.lines(body + text)
    let meta = try #require(PostMeta.trailing(lines, in: 0..<lines.count))
    #expect(meta.author == author)
    #expect(meta.date?.iso == date)
    #expect(meta.lines.first?.index == 4)
    #expect(meta.end == lines.count)
  }

  /// Twenty Twenty-Four prints `— by Author in Category` under the dated title.
  @Test func aBlockThemesHeaderMetaGivesTheAuthor() throws {
    let lines = Self.lines(
      "—\n\nby\n\nJonas Berg\nin Week 11\n\nMost students in my year go to bed late.")
    let meta = try #require(PostMeta.read(lines, from: 0, mode: .header))
    #expect(meta.author == "Jonas Berg")
    #expect(meta.lines.map(\.rule) == ["meta.terms", "meta.terms", "meta.byline", "meta.terms"])
    #expect(meta.end == 6)
  }

  /// Twenty Fourteen and Twenty Twenty-Four print the tags as one line of links under the post.
  @Test(arguments: [
    ("Tanner, J. (2022). Screens. https://news.example/screens\n\nlibrariesreading", true),
    (
      "Park, S. (2020). Sleep. Journal of Adolescent Health, 66(3), 210–219.\n\nhomework sleep",
      true
    ),
    ("The rule was clear to everyone in the\nschool yard", false),
    ("Phones are a distraction.\n\nThe End", false),
  ])
  func aTagsLineAfterTheLastEntryIsFurniture(text: String, isTags: Bool) {
    let lines = Self.lines(text)
    let meta = PostMeta.trailing(lines, in: 0..<lines.count)
    #expect((meta?.lines.map(\.rule) == ["meta.terms"]) == isTags)
  }

  /// Prose that ends in short lines is no post meta.
  @Test func shortProseLinesAreNoPostMeta() {
    let lines = Self.lines("I asked three friends.\n\nMaya\nJonas\nLi Wei")
    #expect(PostMeta.trailing(lines, in: 0..<lines.count) == nil)
  }
}
