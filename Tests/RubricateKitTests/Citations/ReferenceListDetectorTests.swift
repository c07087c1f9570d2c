import Testing

@testable import RubricateKit

@Suite struct ReferenceListDetectorTests {
  static func detect(_ marked: String) -> (
    list: ReferenceList?, expected: [Span], document: Document
  ) {
    let (text, spans) = SpanMarks.parse(marked)
    let document = Document(text: text)
    return (
      ReferenceListDetector.detect(in: document, paragraphs: document.paragraphs()), spans, document
    )
  }

  /// Heading keys lower-case plain ASCII instead of folding it through Foundation, which must
  /// give the same.
  @Test func foldingPlainASCIIIsLowerCasing() {
    let ascii = String(
      String.UnicodeScalarView((0..<128).map { Unicode.Scalar(UInt8($0)) }.filter { $0 != "\r" }))
    #expect(CitationScalars.fold(ascii) == ascii.lowercased())
  }

  @Test func entriesUnderAHeadingOneALine() {
    let (list, expected, document) = Self.detect(
      """
      Blogs give students an audience (Okafor, 2011).

      Works Cited
      ⟦Brandt, Deborah. “Sponsors of Literacy.” College English 49.2 (1998): 165-85.⟧
      ⟦Okafor, Anna. Writing in Public. Chicago: U of Chicago P, 2011.⟧
      """)
    #expect(list?.entries == expected)
    #expect(list?.rule == "heading:works cited")
    #expect(list.flatMap { $0.heading.map { document.text(of: $0) } } == "Works Cited")
    #expect(list?.firstParagraph == 1)
  }

  /// With no heading, a last body paragraph that ends by citing a source in brackets is prose,
  /// however entry-like its year and names: the list starts after it.
  @Test func aParagraphEndingInACitationIsNoEntry() {
    let (list, expected, _) = Self.detect(
      """
      Cities that built separated cycle lanes saw more children cycling within a year.

      A lane would also cut the queue of cars at the school gate every morning. Fewer cars means cleaner air for everyone who walks in (Okeke & Brandt, 2022).

      ⟦Hollis, R. (2020). Protected lanes and the school run. Journal of Transport and Health, 17, 100–112.⟧

      ⟦Okeke, C., & Brandt, M. (2022). Air quality at the school gate. Environmental Research Letters, 9(2), 55–68.⟧
      """)
    #expect(list?.entries == expected)
    #expect(list?.rule == "trailing-entries")
  }

  @Test(arguments: [
    ("Fewer cars means cleaner air for everyone who walks in (Okeke & Brandt, 2022).", true),
    ("Sleep matters (Park et al., 2020a).", true),
    (
      "Freud, S. (1953). The interpretation of dreams. Hogarth. (Original work published 1900)",
      false
    ),
    ("Brandt, D. (1998). Sponsors of literacy. College English, 49(2), 165–185.", false),
    ("Okafor, A. Writing in Public. (Chicago: U of Chicago P, 2011).", false),
    ("Hollis, R. (2020).", false),
  ])
  func anInTextCitationEndsTheParagraph(text: String, cites: Bool) {
    let document = Document(text: text)
    let span = Span(0, text.unicodeScalars.count)
    #expect(ReferenceListDetector.endsWithInTextCitation(document, span) == cites)
  }

  @Test func blankLineSeparatedNumberedAndBulleted() {
    let (numbered, expectedNumbered, _) = Self.detect(
      """
      The post ends here.

      References

      ⟦1. Wu, L. (2001). Feedback that works. Routledge.⟧

      ⟦[2] Marsh, T. (2003). Blogging back. Computers and Composition, 20(4), 40–58.⟧
      """)
    #expect(numbered?.entries == expectedNumbered)
    let (bulleted, expectedBulleted, _) = Self.detect(
      """
      Sources:
      ⟦• Haddad, S. (2007). The blogging classroom. University of Chicago Press.⟧
      ⟦• Osei, K. (2015). Writing with others. Sage.⟧
      """)
    #expect(bulleted?.entries == expectedBulleted)
  }

  @Test func wrappedEntriesStayWhole() {
    let (list, expected, _) = Self.detect(
      """
      Bibliography

      ⟦Lindqvist, Maria, and Anna K. Okafor. "Threads and Replies: How Students
          Answer Each Other Online." Kairos 12.1 (2008).⟧
      ⟦Haddad, Samir. 2007. The Blogging Classroom. Chicago: University of
      Chicago Press.⟧
      """)
    #expect(list?.entries == expected)
  }

  @Test func headingLessListAtTheEndOfABlogPost() {
    let (list, expected, _) = Self.detect(
      """
      School gardens teach patience. Students who plant in spring see the harvest in autumn, \
      and that wait is the lesson.

      ⟦Okafor, A. K. (2019). Gardens and learning. Journal of Outdoor Education, 12(3), 40–58.⟧

      ⟦Brandt, Deborah. “Growing Readers.” The Garden Review 7.1 (2015): 3-9.⟧
      """)
    #expect(list?.entries == expected)
    #expect(list?.heading == nil)
    #expect(list?.rule == "trailing-entries")
    #expect(list?.firstParagraph == 1)
  }

  /// Prose, endnotes and a lone closing sentence are not reference lists.
  static let notLists: [String] = [
    "I loved this class. We wrote every week and it made me a better writer.\n\nThanks for reading!",
    """
    The strike ended in 1926.

    1 Robert Roberts, The Classic Slum (Manchester: Penguin, 1971), 98-101.

    2 Roberts, 88.
    """,
    """
    The strike ended in 1926.

    ii Lecture, 9/30/08

    iii Robert Roberts, The Classic Slum (Penguin Books, 1971), 98-101.
    """,
    "In 2010, the council voted to close the library, and in 2012 it reopened with new funding.",
  ]

  @Test(arguments: notLists) func findsNoListIn(_ text: String) {
    let document = Document(text: text)
    #expect(ReferenceListDetector.detect(in: document, paragraphs: document.paragraphs()) == nil)
  }

  @Test func listEndsBeforeEndnotesAndAppendix() {
    let (list, expected, _) = Self.detect(
      """
      References
      ⟦Wu, L. (2001). Feedback that works. Routledge.⟧
      ⟦Osei, K. (2015). Writing with others. Sage.⟧

      1 Wu, 45.

      Appendix A
      Survey questions.
      """)
    #expect(list?.entries == expected)
  }

  @Test func twoHeadingsMakeOneList() {
    let (list, expected, _) = Self.detect(
      """
      Works Cited
      ⟦Okafor, Anna. Writing in Public. Chicago: U of Chicago P, 2011.⟧

      Works Consulted
      ⟦Brandt, Deborah. Literacy in American Lives. Cambridge UP, 2001.⟧
      """)
    #expect(list?.entries == expected)
    #expect(list?.rule == "heading:works consulted")
  }

  @Test func particleNamesAndJournalPagesDoNotBreakTheList() {
    let (list, expected, _) = Self.detect(
      """
      References
      ⟦Rockwell, Elsie. "Teaching Genres." Anthropology Quarterly 3.31 (2000): 260-82.⟧
      ⟦van Dijk, Teun. "Discourse and Power." Discourse Studies 2.1 (2001): 5-31.⟧
      ⟦Dickie, M. W. “Love-Magic in Antiquity.” CQ 50.2 (2000), 563-583.⟧
      ⟦Faraone, C. A. “Binding Spells.” CJ 89.1 (1993): 1-19.⟧
      """)
    #expect(list?.entries == expected)
  }
}
