import Testing

@testable import RubricateKit

@Suite struct HTMLEscapeTests {
  @Test func escapesTheFiveCharacters() {
    #expect(
      HTMLEscape.text("<a href=\"x\">'&'</a>")
        == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
  }

  @Test func replacesControlCharactersButKeepsLineBreaksAndTabs() {
    #expect(HTMLEscape.text("a\u{0}b\u{7}c\td\ne") == "a\u{FFFD}b\u{FFFD}c\td\ne")
  }

  @Test(arguments: [
    ("javascript:alert(1)", "javascript%3Aalert%281%29"),
    ("data:text/html,<b>", "data%3Atext/html%2C%3Cb%3E"),
    ("Ana Ruiz_42.html", "Ana%20Ruiz_42.html"),
    ("//evil.example/x", ".///evil.example/x"),
    ("reports/\"q\".html", "reports/%22q%22.html"),
  ])
  func relativeURLsNeverCarryASchemeOrHost(path: String, expected: String) {
    #expect(HTMLEscape.relativeURL(path) == expected)
  }
}
