import Testing

@testable import RubricateKit

@Suite struct HTMLHighlighterTests {
  static func mark(_ start: Int, _ end: Int, _ name: String) -> HTMLHighlight {
    HTMLHighlight(span: Span(start, end), tag: "mark", classes: name, id: name, title: nil)
  }

  static func render(_ text: String, _ highlights: [HTMLHighlight], range: Span? = nil) -> String {
    let document = Document(text: text)
    return HTMLHighlighter.render(
      document: document, range: range ?? document.fullSpan, highlights: highlights)
  }

  @Test func nestedSpansNest() {
    #expect(
      Self.render("abcdef", [Self.mark(2, 4, "b"), Self.mark(0, 6, "a")])
        == "<mark class=\"a\" id=\"a\">ab<mark class=\"b\" id=\"b\">cd</mark>ef</mark>")
  }

  @Test func crossingSpansAreSplitWithAContinuationPiece() {
    #expect(
      Self.render("abcdef", [Self.mark(0, 4, "a"), Self.mark(2, 6, "b")])
        == "<mark class=\"a\" id=\"a\">ab<mark class=\"b\" id=\"b\">cd</mark></mark>"
        + "<mark class=\"b cont\">ef</mark>")
  }

  @Test func sameStartPutsTheLongerOutside() {
    #expect(
      Self.render("abcd", [Self.mark(0, 2, "short"), Self.mark(0, 4, "long")])
        == "<mark class=\"long\" id=\"long\"><mark class=\"short\" id=\"short\">ab</mark>cd</mark>")
  }

  @Test func adjacentAndEmptySpans() {
    #expect(
      Self.render("abcd", [Self.mark(0, 2, "x"), Self.mark(2, 2, "empty"), Self.mark(2, 4, "y")])
        == "<mark class=\"x\" id=\"x\">ab</mark><mark class=\"y\" id=\"y\">cd</mark>")
  }

  @Test func spansAreClippedToTheRange() {
    #expect(
      Self.render("abcdef", [Self.mark(0, 3, "a"), Self.mark(5, 6, "gone")], range: Span(1, 4))
        == "<mark class=\"a\" id=\"a\">bc</mark>d")
  }

  @Test func textAndTitlesAreEscaped() {
    let highlight = HTMLHighlight(
      span: Span(0, 3), tag: "mark", classes: "c", id: nil, title: "\"><b>")
    #expect(
      Self.render("<b>&", [highlight])
        == "<mark class=\"c\" title=\"&quot;&gt;&lt;b&gt;\">&lt;b&gt;</mark>&amp;")
  }

  @Test func lowerLayersAlwaysEncloseHigherOnes() {
    let lines = [
      HTMLHighlight(
        span: Span(0, 4), tag: "span", classes: "ln", id: nil, title: nil, layer: 0, line: 1),
      HTMLHighlight(
        span: Span(4, 7), tag: "span", classes: "ln", id: nil, title: nil, layer: 0, line: 2),
    ]
    // The finding starts first and is longer than line 2, yet line 2 encloses its second piece.
    #expect(
      Self.render("ab\nc\nde", [Self.mark(1, 6, "f")] + lines)
        == "<span class=\"ln\" data-line=\"1\">a<mark class=\"f\" id=\"f\">b\nc</mark></span>"
        + "<span class=\"ln\" data-line=\"2\"><mark class=\"f cont\">\nd</mark>e</span>")
  }

  /// Many random overlapping sets: always well formed, and the text survives unchanged.
  @Test(arguments: 0..<50)
  func randomOverlapsStayWellFormed(seed: Int) {
    var state = UInt64(seed * 7919 + 17)
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    let text = "The <claim> & \"evidence\" it's\nall here, 42 words."
    let length = text.unicodeScalars.count
    var highlights: [HTMLHighlight] = []
    for index in 0..<(2 + next(8)) {
      let start = next(length)
      var highlight = Self.mark(start, start + next(length - start + 1), "h\(index)")
      highlight.layer = next(3)
      highlights.append(highlight)
    }
    let html = Self.render(text, highlights)
    #expect(HTMLTestFixtures.isWellFormed(html))
    #expect(HTMLTestFixtures.plainText(html) == text)
  }
}
