import Testing

@testable import RubricateKit

/// Feeds shuffled fragments of every shape the readers recognise through every format, to check
/// that nothing traps and every span stays inside its document.
@Suite struct InputRobustnessTests {
  static let fragments: [String] = [
    "Title", "March 4, 2024 by lnguyen", "14 Mar", "1.", "2. Tom says:", "Reply", "Share this:",
    "3 Responses to “T”", "March 5, 2024 at 3:07 pm #", "    indented", "> quoted", "“", "”",
    "Okafor, A. (2019). T. P.", "References", "<p>", "</p>", "<blockquote>", "<a href=\"x\">",
    "</a>", "<ul class=\"children\">", "<li>", "<!--", "-->", "<script>", "&amp;", "&#x",
    "[link](", ")", "[", "]", "`", "**", "_", "---", "# H", "- item", "\t", "\r\n", "\n", "\n\n",
    " ", "@Tom", "In reply to Tom.", "Leave a Reply", "Blogger said...", "\u{FEFF}", "é",
    "<?xml version=\"1.0\"?><rss xmlns:wp=\"http://wordpress.org/export/1.2/\">", "<item>",
    "<wp:comment>", "</wp:comment>", "</item>", "</rss>", "<wp:post_type>post</wp:post_type>",
  ]

  @Test func shuffledFragmentsNeverTrap() {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(truncatingIfNeeded: state >> 33)
    }
    for _ in 0..<150 {
      var text = ""
      for _ in 0..<(next() % 60) { text += Self.fragments[next() % Self.fragments.count] }
      for format in InputFormat.allCases {
        guard
          let submissions = try? SourceReader.read(
            bytes: Array(text.utf8), name: "f", format: format)
        else { continue }
        for submission in submissions {
          let count = submission.document.scalars.count
          let spans =
            submission.segments.map(\.span) + submission.body + submission.quotes
            + submission.links.map(\.span)
          #expect(spans.allSatisfy { $0.start >= 0 && $0.end <= count && $0.start <= $0.end })
        }
      }
    }
  }
}
