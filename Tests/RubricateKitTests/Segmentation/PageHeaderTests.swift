import Testing

@testable import RubricateKit

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
