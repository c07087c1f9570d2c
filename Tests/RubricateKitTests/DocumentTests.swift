import Testing

@testable import RubricateKit

@Suite struct DocumentTests {
  @Test func crlfIsNormalisedAndLinesAreIndexed() {
    let document = Document(text: "One\r\ntwo\rthree\n")
    #expect(document.text == "One\ntwo\nthree\n")
    #expect(document.lineStarts == [0, 4, 8, 14])
    #expect(document.position(of: 5) == (2, 2))
    #expect(document.text(of: Span(4, 7)) == "two")
  }

  @Test func spansCountUnicodeScalars() {
    let document = Document(text: "Café “quoted” 👩‍🏫 end")
    #expect(document.scalars.count == 21)
    #expect(document.text(of: Span(5, 13)) == "“quoted”")
  }

  @Test func paragraphsAreBlankLineSeparatedBlocks() {
    let document = Document(text: "  First line\nstill first.\n\n\n Second.  \n \n")
    #expect(document.paragraphs() == [Span(2, 25), Span(29, 36)])
  }

  /// Lines of white space only (spaces, tabs, a line separator) part blocks; a line break
  /// alone inside a block does not.
  @Test func linesOfWhiteSpaceOnlyPartBlocks() {
    let (document, expected) = SpanMarks.document(
      "\u{FEFF}\n ⟦One\n two⟧ \n \t\n⟦Three⟧\n\u{2028}\n\n\t⟦Four⟧")
    // A line holding only the byte order mark is blank to the layout.
    #expect(document.paragraphs() == expected)
    #expect(document.contentParagraphs() == expected)
  }

  @Test func paragraphsInsideASpanStartAndEndMidLine() {
    let document = Document(text: "Title line\nend of one\n\nTwo starts\nand ends here")
    #expect(document.paragraphs(in: Span(6, 33)) == [Span(6, 21), Span(23, 33)])
    #expect(document.paragraphs(in: Span(21, 23)) == [])
  }

  @Test func decodingNormalisesEveryLineEndingAndCountsScalars() {
    let document = Document(text: "a\r\r\nb\rc\u{E9}\u{20AC}\u{1F469}\n")
    #expect(document.text == "a\n\nb\nc\u{E9}\u{20AC}\u{1F469}\n")
    #expect(document.scalars.count == 10)
    #expect(document.lineStarts == [0, 2, 3, 5, 10])
    #expect((0..<5).map(document.lineEnd) == [1, 2, 4, 9, 10])
    #expect(document.lineIndex(of: 4) == 2)
  }
}
