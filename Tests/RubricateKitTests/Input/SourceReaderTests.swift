import Testing

@testable import RubricateKit

@Suite struct SourceReaderTests {
  @Test(arguments: [
    ("a.md", "plain words", InputFormat.markdown),
    ("a.MARKDOWN", "plain words", .markdown),
    ("a.html", "plain words", .html),
    ("a.htm", "plain words", .html),
    ("a.txt", "  <!DOCTYPE html><p>x</p>", .html),
    ("a.txt", "<?xml version=\"1.0\"?><rss xmlns:wp=\"http://wordpress.org/export/1.2/\">", .wxr),
    ("a.xml", "<rss><channel><wp:author>", .wxr),
    ("a.xml", "<note/>", .auto),
    ("a.txt", "Just text.", .auto),
    ("README", "Just text.", .auto),
    ("a.txt", "---\ntitle: A post\ndate: 2024-03-12\n---\nBody.", .markdown),
    ("a.txt", "\u{FEFF}\n  \n---\ntitle: A post\n---\nBody.", .markdown),
    ("a.txt", "---\r\ntitle: A post\r\n---\r\nBody.", .markdown),
    ("a.txt", "---\nNot a key line\n---\nBody.", .auto),
    ("a.txt", "---\n---\nBody.", .auto),
    ("a.txt", "Title\n---\ntitle: x\n---", .auto),
    // Fences and key lines are read without the white space at either end, Unicode's too.
    ("a.txt", "  --- \t\n title: x \n\u{00A0}---\u{3000}\nBody.", .markdown),
    ("a.txt", "---\ntags:\n  - a\n# a comment\n\nslug: x-y\n---\nBody.", .markdown),
    ("a.txt", "---\n: no key\n---\nBody.", .auto),
    ("a.txt", "----\ntitle: x\n----\nBody.", .auto),
    ("a.txt", "---\ntitle: x\nBody text.\n---", .auto),
  ])
  func formatIsChosenByExtensionAndContent(name: String, text: String, format: InputFormat) {
    #expect(FormatSniffer.choose(name: name, text: text) == format)
  }

  @Test func blogFormatForcesPageSegmentation() throws {
    let text = "A Title\n\nSome body text here.\n"
    let page = try SourceReader.read(bytes: Array(text.utf8), name: "p.txt", format: .blog)
    #expect(page[0].title == "A Title")
    #expect(page[0].body == [Span(9, 29)])
  }

  @Test func hugeSingleLineStaysLinear() throws {
    var line = ""
    let words = ["students ", "write ", "long ", "lines ", "(", "[", "<", "&", "\u{201C}", "2024 "]
    for index in 0..<300_000 { line += words[index % words.count] }
    let bytes = Array(line.utf8)
    for format in [InputFormat.auto, .text, .blog, .markdown, .html] {
      let submissions = try SourceReader.read(bytes: bytes, name: "long.txt", format: format)
      #expect(submissions.count == 1)
      #expect(submissions[0].body.count == 1)
    }
  }

  @Test func idsAreStableAndUnique() throws {
    let first = try InputFixtures.read("scraped-page.txt", as: "class/a.txt")
    let second = try InputFixtures.read("scraped-page.txt", as: "class/a.txt")
    #expect(first.map(\.id) == second.map(\.id))
    #expect(Set(first.map(\.id)).count == first.count)
  }
}
