import Testing

@testable import RubricateKit

/// The helpers that make per-submission reports cheap must write exactly what the plain
/// versions wrote: quotes from a document's scalars, feedback blocks split on bytes, the
/// terminal-safety scan on a buffer.
@Suite struct ReportRenderingTests {
  static let long = String(repeating: "abcdefghij", count: 16)  // 160 ASCII characters

  @Test(arguments: [
    ("say ⟦a  b\t\tc\n\n d⟧ end", "“a b c d”"),
    ("⟦ lead and trail \n⟧", "“ lead and trail ”"),
    ("⟦tab\u{0B}vt\u{0C}ff⟧", "“tab vt ff”"),
    ("⟦Novák’s café — 東京 😀⟧", "“Novák’s café — 東京 😀”"),
    ("⟦⟧empty", "“”"),
    ("⟦\(long)⟧", "“\(long)”"),
    ("⟦\(long)x⟧", "“\(long.prefix(157))…”"),
  ])
  func quotesMatchTheQuoteOfTheText(marked: String, expected: String) {
    let (document, spans) = SpanMarks.document(marked)
    #expect(document.quote(spans[0]) == expected)
    #expect(document.quote(spans[0]) == FeedbackItem.quote(document.text(of: spans[0])))
  }

  @Test func longQuotesInOtherScriptsCountCharacters() {
    // 170 bytes but 85 characters: not cut.
    let twoByte = String(repeating: "é", count: 85)
    #expect(Document(text: twoByte).quote(Span(0, 85)) == "“\(twoByte)”")
    // 161 characters, one of them two bytes: cut after 157 characters.
    let mixed = "é" + String(repeating: "a", count: 160)
    #expect(
      Document(text: mixed).quote(Span(0, 161)) == "“é\(String(repeating: "a", count: 156))…”")
    // A combining accent joins its letter: 160 characters in 161 scalars are not cut.
    let combining = "e\u{301}" + String(repeating: "a", count: 159)
    #expect(Document(text: combining).quote(Span(0, 161)) == "“\(combining)”")
  }

  @Test func quotesClampTheirSpan() {
    let document = Document(text: "short")
    #expect(document.quote(Span(2, 99)) == "“ort”")
    #expect(document.quote(Span(7, 9)) == "“”")
  }

  @Test(arguments: [
    ("", [FeedbackBlocks.Block]()),
    ("  \t ", []),
    ("One\ntwo", [.paragraph("One two")]),
    ("\u{A0}Non-breaking\u{3000}\n\u{2003}em space", [.paragraph("Non-breaking em space")]),
    (
      "Intro:\n- “a”\n  - b  \n\nAfter",
      [.paragraph("Intro:"), .list(["“a”", "b"]), .paragraph("After")]
    ),
    ("-x\n- ", [.paragraph("-x -")]),
    ("- \u{301}accent\n- é", [.paragraph("- \u{301}accent"), .list(["é"])]),
    ("a\r\nb", [.paragraph("a\r b")]),
    ("- one\ntext\n- two", [.list(["one"]), .paragraph("text"), .list(["two"])]),
  ])
  func feedbackSplitsIntoBlocks(feedback: String, expected: [FeedbackBlocks.Block]) {
    #expect(FeedbackBlocks.parse(feedback) == expected)
  }

  @Test(arguments: [
    ("plain café 東京 😀", true, false),
    ("tab\tkept", true, false),
    ("line\nbreak", true, false),
    ("line\nbreak", false, true),
    ("escape \u{1B}[31m", true, true),
    ("delete \u{7F}", true, true),
    ("next line \u{85}", true, true),
    ("override \u{202E}", true, true),
    ("isolate \u{2066}", true, true),
    ("line separator \u{2028}", true, false),
  ])
  func terminalScanFindsControls(text: String, keepingLineBreaks: Bool, expected: Bool) {
    #expect(TerminalText.needsEscaping(text, keepingLineBreaks: keepingLineBreaks) == expected)
  }

  @Test func terminalEscapesShowControls() {
    #expect(
      TerminalText.escape("a\u{1B}[1m\u{85}\u{202E}b\nc\u{7}")
        == "a\\x1B[1m\\x85\\u{202E}b\nc\\x07")
    #expect(TerminalText.escape("a\nb", keepingLineBreaks: false) == "a\\x0Ab")
  }

  @Test func scoresAreWrittenAsEveryReportShowsThem() {
    var bytes = ReportBytes()
    bytes.writeScore(17.5, of: 20)
    bytes.write(" ")
    bytes.writeScore(3, of: 10, separator: "/")
    #expect(bytes.string == "17.5 / 20 3/10")
  }

  @Test(arguments: [
    ("plain text", "plain text"),
    ("<a href=\"x\">'&'</a>", "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"),
    ("tab\tand\nline", "tab\tand\nline"),
    ("nul\u{0}bell\u{7}del\u{7F}cr\u{0D}", "nul\u{FFFD}bell\u{FFFD}del\u{FFFD}cr\u{FFFD}"),
    ("c1 \u{80}\u{85}\u{9F} nbsp\u{A0}¡", "c1 \u{FFFD}\u{FFFD}\u{FFFD} nbsp\u{A0}¡"),
    ("Novák & 東京 < 😀 > “quoted”", "Novák &amp; 東京 &lt; 😀 &gt; “quoted”"),
    ("", ""),
  ])
  func htmlBytesEscapeAsHTMLEscapeDoes(text: String, expected: String) {
    var bytes = ReportBytes()
    bytes.write("[")
    bytes.writeHTML(text)
    bytes.write("]")
    #expect(bytes.string == "[\(expected)]")
    #expect(HTMLEscape.text(text) == expected)
    var scalars = ReportBytes()
    scalars.writeHTML(Array(text.unicodeScalars)[...])
    #expect(scalars.string == expected)
  }

  @Test(arguments: [0, 7, 10, 99, 100, 1_234, 999_999, 1_000_000, 9_876_543_210, -5])
  func numbersAreWrittenInDecimal(number: Int) {
    var bytes = ReportBytes()
    bytes.write(number)
    #expect(bytes.string == String(number))
  }

  @Test(arguments: [
    ("", [""]),
    ("one", ["one"]),
    ("a\nb\n", ["a", "b", ""]),
    ("\n\nc", ["", "", "c"]),
    ("é\r\n😀", ["é\r", "😀"]),
  ])
  func textReportLinesSplitAtLineFeeds(text: String, expected: [String]) {
    #expect(TextReporter.lines(text) == expected)
  }

  @Test(arguments: [
    ("plain café 😀", "plain café 😀"),
    ("&amp; & &x &#169; &#x1F; &;", "\\&amp; & &x \\&#169; \\&#x1F; &;"),
    (
      "&" + String(repeating: "a", count: 32) + ";", "\\&" + String(repeating: "a", count: 32) + ";"
    ),
    ("&" + String(repeating: "a", count: 33) + ";", "&" + String(repeating: "a", count: 33) + ";"),
    ("> quote\nnext >", "\\> quote next >"),
    ("ü<ñ", "ü&lt;ñ"),
    ("a|b*c_d`e[f]g\\h", "a\\|b\\*c\\_d\\`e\\[f\\]g\\\\h"),
    ("", ""),
  ])
  func markdownBytesEscapeAsDocumented(text: String, expected: String) {
    var bytes = ReportBytes()
    bytes.write("x")
    bytes.writeMarkdown(text)
    #expect(bytes.string == "x" + expected)
    #expect(MarkdownReporter.escape(text) == expected)
  }

  @Test func markdownFeedbackBytesAreTheLinesJoined() {
    let blocks = FeedbackBlocks.parse(ReportTextTests.feedback + "\n\nLast *word*.")
    var bytes = ReportBytes()
    FeedbackBlocks.markdown(blocks, into: &bytes)
    #expect(bytes.string == FeedbackBlocks.markdown(blocks).joined(separator: "\n") + "\n")
    #expect(bytes.string.hasSuffix("\n\nLast \\*word\\*.\n"))
  }

  @Test(arguments: ["", "short", "café 😀", String(repeating: "long text ", count: 20)])
  func stringsHandTheirUTF8Bytes(text: String) {
    #expect(text.withUTF8Buffer { Array($0) } == Array(text.utf8))
    let sliced = String(("[" + text + "]").dropFirst().dropLast())
    #expect(sliced.withUTF8Buffer { Array($0) } == Array(text.utf8))
  }

  // Not a report, but the class stage's matching of file names: folded on bytes when ASCII.
  @Test(arguments: [
    ("O'Brien-Smith_2024 draft.txt", ["obrien", "smith", "2024", "draft", "txt"]),
    ("  ANA\tRuiz\r\nlee  ", ["ana", "ruiz", "lee"]),
    ("^`~ x|y", ["x", "y"]),
    ("", []),
  ])
  func asciiNamesFoldOnBytesAsFoundationFolds(text: String, expected: [String]) {
    #expect(PersonName.foldASCII(text) == expected)
    #expect(PersonName.foldUnicode(text) == expected)
    #expect(PersonName.fold(text) == expected)
  }

  @Test func otherNamesFoldThroughFoundation() {
    #expect(PersonName.foldASCII("Søren Ærø") == nil)
    #expect(PersonName.fold("Søren Ærø-Łukasz O’Neil") == ["soren", "aero", "lukasz", "oneil"])
  }
}
