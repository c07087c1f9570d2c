import Testing

@testable import RubricateKit

/// Lines and columns in reports are the student's file's, whatever its format (issue 13,
/// item 7): front matter, tags, entities and CDATA are counted as the file has them.
@Suite struct SourcePositionTests {
  /// The line and column of the first occurrence of `phrase` in the extracted text.
  static func position(of phrase: String, in submission: Submission) throws -> [Int] {
    let document = submission.document
    let range = try #require(document.text.range(of: phrase))
    let offset = document.text.unicodeScalars.distance(
      from: document.text.startIndex, to: range.lowerBound)
    let position = document.position(of: offset)
    return [position.line, position.column]
  }

  static let markdown = """
    ---
    title: "Cars & Cities"
    author: Ana Ruiz
    date: 2024-03-05
    ---

    # Why streets matter

    Cities *should* ban cars from the centre. Noise &amp; fumes
      harm children, as [Lee (2020)](https://example.org) shows.

    > Streets are for people.

    - First, buses get faster.
    """

  @Test func markdownLinesCountTheFrontMatter() throws {
    let post = try #require(
      try SourceReader.read(bytes: Array(Self.markdown.utf8), name: "a.md").first)
    #expect(try Self.position(of: "Cars & Cities", in: post) == [2, 9])
    #expect(try Self.position(of: "Why streets", in: post) == [7, 3])
    #expect(try Self.position(of: "Cities should", in: post) == [9, 1])
    #expect(try Self.position(of: "ban cars", in: post) == [9, 17])
    #expect(try Self.position(of: "& fumes", in: post) == [9, 49])
    #expect(try Self.position(of: "fumes", in: post) == [9, 55])
    #expect(try Self.position(of: "harm children", in: post) == [10, 3])
    #expect(try Self.position(of: "Lee (2020)", in: post) == [10, 22])
    #expect(try Self.position(of: "shows", in: post) == [10, 55])
    #expect(try Self.position(of: "Streets are", in: post) == [12, 3])
    #expect(try Self.position(of: "buses", in: post) == [14, 10])
    // Without the map, the first paragraph would be on line 5 of the extracted text.
    #expect(post.document.lineIndex(of: post.body[0].start) + 1 == 5)
  }

  static let html = """
    <!doctype html>
    <html><head><title>Cars</title></head>
    <body><article>
    <h1 class="entry-title">Cars
      &amp; Cities</h1>
    <div class="entry-content"><p
       class="intro">Cities should ban cars&nbsp;from the
    centre, as <a
      href="https://example.org">Lee (2020)</a> shows.</p>
    <p>Noise &#8211; and fumes &mdash; harm children.</p>
    </div></article></body></html>
    """

  @Test func htmlLinesCountTagsAndEntities() throws {
    let post = try #require(
      try SourceReader.read(bytes: Array(Self.html.utf8), name: "a.html").first)
    #expect(try Self.position(of: "Cars & Cities", in: post) == [4, 25])
    #expect(try Self.position(of: "& Cities", in: post) == [5, 3])
    #expect(try Self.position(of: "Cities should", in: post) == [7, 18])
    #expect(try Self.position(of: "from the", in: post) == [7, 46])
    #expect(try Self.position(of: "centre", in: post) == [8, 1])
    #expect(try Self.position(of: "Lee (2020)", in: post) == [9, 30])
    #expect(try Self.position(of: "shows", in: post) == [9, 45])
    #expect(try Self.position(of: "– and fumes", in: post) == [10, 10])
    #expect(try Self.position(of: "harm children", in: post) == [10, 36])
  }

  static let wxr = """
    <?xml version="1.0" encoding="UTF-8" ?>
    <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
      xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
    <channel>
    <item>
      <title>Cars &amp; Cities</title>
      <dc:creator><![CDATA[aruiz]]></dc:creator>
      <content:encoded><![CDATA[Cities should ban cars from the centre.

    Noise &amp; fumes harm children, as <a href="https://example.org">Lee (2020)</a> shows.]]></content:encoded>
      <wp:post_id>7</wp:post_id>
      <wp:post_date>2024-03-05 10:00:00</wp:post_date>
      <wp:status>publish</wp:status>
      <wp:post_type>post</wp:post_type>
      <wp:comment>
        <wp:comment_id>3</wp:comment_id>
        <wp:comment_author>Ben</wp:comment_author>
        <wp:comment_content>I agree that &lt;b&gt;noise&lt;/b&gt; matters.
    Your &quot;second point&quot; needs a source.</wp:comment_content>
        <wp:comment_approved>1</wp:comment_approved>
      </wp:comment>
    </item>
    </channel>
    </rss>
    """

  @Test func wxrLinesCountTheExport() throws {
    let submissions = try SourceReader.read(bytes: Array(Self.wxr.utf8), name: "blog.xml")
    #expect(submissions.count == 2)
    let post = submissions[0]
    #expect(try Self.position(of: "Cars & Cities", in: post) == [6, 10])
    #expect(try Self.position(of: "Cities should", in: post) == [8, 29])
    #expect(try Self.position(of: "ban cars", in: post) == [8, 43])
    #expect(try Self.position(of: "Noise", in: post) == [10, 1])
    #expect(try Self.position(of: "fumes", in: post) == [10, 13])
    #expect(try Self.position(of: "Lee (2020)", in: post) == [10, 67])
    let comment = submissions[1]
    #expect(try Self.position(of: "I agree", in: comment) == [18, 25])
    #expect(try Self.position(of: "matters", in: comment) == [18, 63])
    #expect(try Self.position(of: "Your", in: comment) == [19, 1])
    #expect(try Self.position(of: "needs", in: comment) == [19, 31])
    // The post and its comment share the export's lines, found once.
    let postMap = try #require(post.document.sourceMap)
    let commentMap = try #require(comment.document.sourceMap)
    #expect(postMap.lines === commentMap.lines)
  }

  /// A line starts after LF, after CR LF, and after a CR alone (also one ending the file).
  @Test func sourceLinesEndOnEveryKindOfBreak() {
    let lines = SourceLines("ab\ncd\r\nef\rg\r".unicodeScalars)
    #expect(lines.starts == [0, 3, 7, 10, 12])
    #expect(SourceLines("".unicodeScalars).starts == [0])
    // Maps are equal when their runs and lines are, shared or found again.
    let shared = SourceMap(origins: [0, 1, -1, 3], lines: lines)
    let again = SourceMap(origins: [0, 1, -1, 3], source: "ab\ncd\r\nef\rg\r".unicodeScalars)
    #expect(shared == again)
    let position = shared.position(of: 3)
    #expect(position.line == 2 && position.column == 1)
  }

  /// A plain-text file has no map: its lines are its own.
  @Test func plainTextKeepsItsOwnLines() throws {
    let post = try #require(
      try SourceReader.read(bytes: Array("Title\n\nCities should ban cars.\n".utf8), name: "a.txt")
        .first)
    #expect(post.document.sourceMap == nil)
    #expect(try Self.position(of: "ban", in: post) == [3, 15])
  }
}
