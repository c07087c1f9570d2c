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
}
