import Testing

@testable import RubricateKit

@Suite struct WXRReaderTests {
  @Test func exportWithControlCharacters() throws {
    let submissions = try InputFixtures.read("class-export.xml")
    #expect(
      submissions.map(\.id) == [
        "class-export.xml#post-41", "class-export.xml#comment-7", "class-export.xml#comment-8",
        "class-export.xml#post-43",
      ])
    let post = submissions[0]
    #expect(post.kind == .post)
    #expect(post.title == "Should Voting Be Mandatory?")
    #expect(post.author == "Ana Garcia")
    #expect(post.date == "2024-03-04T10:15:00")
    #expect(post.dateText == "2024-03-04 10:15:00")
    #expect(
      post.texts(of: .body) == [
        "Australia fines people who skip elections, and turnout there is above 90%.",
        "I think the fine is a small price for a government that everyone chose.",
        "See the electoral commission.",
      ])
    #expect(
      post.texts(of: .blockquote) == ["Compulsory voting is a civic duty, like jury service."])
    #expect(post.links.map(\.url) == ["https://example.org/aec"])
    let reply = submissions[2]
    #expect(reply.kind == .comment)
    #expect(reply.author == "Ana Garcia")
    #expect(reply.post == "class-export.xml#post-41")
    #expect(reply.parent == "class-export.xml#comment-7")
    #expect(submissions[1].parent == nil)
    #expect(submissions[1].date == "2024-03-05T15:07:00")
    #expect(submissions[3].author == "tnguyen")
    #expect(
      submissions[3].texts(of: .body) == [
        "Sixteen-year-olds pay sales tax and can work, so they should vote."
      ])
  }

  @Test func truncatedExportIsAOneLineError() throws {
    #expect(throws: InputError.self) { try InputFixtures.read("truncated-export.xml") }
    do {
      _ = try InputFixtures.read("truncated-export.xml")
    } catch {
      #expect(
        "\(error)"
          == "truncated-export.xml:37: WordPress export is not well-formed XML (it ends before </rss>); is the file truncated?"
      )
    }
  }

  @Test func anyNamespaceVersionAndForcedFormat() throws {
    let xml = """
      <?xml version="1.0"?><rss xmlns:content="http://purl.org/rss/1.0/modules/content/" \
      xmlns:wp="http://wordpress.org/export/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">\
      <channel><item><title>Old</title><dc:creator>amy</dc:creator>\
      <content:encoded>Line one.</content:encoded><wp:post_id>3</wp:post_id>\
      <wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item></channel></rss>
      """
    let submissions = try SourceReader.read(bytes: Array(xml.utf8), name: "old.txt", format: .wxr)
    #expect(submissions.map(\.title) == ["Old"])
    #expect(submissions[0].author == "amy")
    #expect(submissions[0].date == nil)
  }

  @Test func shortcodeTagsAreDroppedButCitationsStay() {
    #expect(
      WXRReader.stripShortcodes(
        "[caption id=\"a\" align=\"x\"]<img src=\"b\"> Oslo in 2019[/caption] as shown [1].")
        == "<img src=\"b\"> Oslo in 2019 as shown [1].")
    // Where each kept scalar stood: "é" is one scalar, the tag's nine are skipped.
    let stripped = WXRReader.stripShortcodesKeeping("é[/video]b")
    #expect(stripped.text == "éb")
    #expect(stripped.kept == [0, 9])
    #expect(WXRReader.stripShortcodesKeeping("no tags [here]").kept.count == 14)
  }

  @Test func controlCharactersXMLForbidsAreDroppedAndCleanTextIsKept() {
    #expect(
      WXRExport.stripControlCharacters("a\u{0B}b\u{1F}c\td\r\ne\u{FFFE}f\u{FFFF}g\u{FFFD}")
        == "abc\td\r\nefg\u{FFFD}")
    let clean = "Straße, naïve café\n\t😀"
    #expect(WXRExport.stripControlCharacters(clean) == clean)
  }

  @Test func xmlThatIsNotAnExportIsReadAsText() throws {
    let xml = "<note><to>Tove</to></note>"
    let auto = try SourceReader.read(bytes: Array(xml.utf8), name: "note.xml")
    #expect(auto.count == 1)
    #expect(throws: InputError.self) {
      try SourceReader.read(bytes: Array(xml.utf8), name: "note.xml", format: .wxr)
    }
  }
}
