import Testing

@testable import RubricateKit

/// Narrative citations keep every author, possessives find their entry, and a link on a
/// citation counts once (issue 13).
@Suite struct NarrativeAuthorsTests {
  @Test(arguments: [
    (
      "As ⟦Cooper, Robinson and Patall (2006)⟧ showed, homework helps.",
      ["Cooper", "Robinson", "Patall"]
    ),
    (
      "As ⟦Cooper, Robinson, and Patall (2006)⟧ showed, homework helps.",
      ["Cooper", "Robinson", "Patall"]
    ),
    ("Sleep matters, as ⟦Scott, Biello and Woods (2019)⟧ found.", ["Scott", "Biello", "Woods"]),
    ("Sleep matters, as ⟦Scott, Biello & Woods (2019)⟧ found.", ["Scott", "Biello", "Woods"]),
    ("Sleep matters, as ⟦Walker et al. (2017)⟧ found.", ["Walker"]),
    ("Sleep matters, as ⟦Walker and colleagues (2017)⟧ found.", ["Walker"]),
    ("Sleep matters, as ⟦Walker and her colleagues (2017)⟧ found.", ["Walker"]),
    ("However, ⟦Smith and Jones (2001)⟧ disagree.", ["Smith", "Jones"]),
    ("Recently, ⟦Smith (2001)⟧ disagreed.", ["Smith"]),
  ])
  func narrativeCitationsKeepEveryAuthor(marked: String, names: [String]) throws {
    let (found, expected, _) = CitationMarks.citations(in: marked)
    let citation = try #require(found.first)
    #expect(found.count == 1)
    #expect(citation.span == expected[0])
    #expect(citation.names == names)
  }

  static let post = """
    Homework helps older pupils, as Cooper, Robinson, and Patall (2006) showed in their review. \
    Sleep matters more, as Scott, Biello and Woods (2019) found. In Oslo, Strand and Eide \
    (2020) found the same. Lindgren's study of planners agrees.

    References

    Cooper, H., Robinson, J. C., & Patall, E. A. (2006). Does homework improve academic achievement? Review of Educational Research, 76(1), 1–62.

    Scott, A. J., Biello, S. M., & Woods, H. C. (2019). Social media use and adolescent sleep. BMJ Open, 9(9), 1–9.

    Strand, K., & Eide, M. (2020). Parking removal and the car-free city centre. Nordic Journal of Transport Studies, 8(1), 97–115.

    Lindgren, A. (2019). Storage space for cars. Urban Journal of Planning, 11(2), 33–49.
    """

  @Test func everyEntryOfAMultiAuthorOrPossessiveCitationIsCited() {
    let document = Document(text: Self.post)
    let analysis = CitationAnalyzer.analyze(
      document: document, body: document.paragraphs(), referenceEntries: nil, links: [])
    #expect(analysis.references.count == 4)
    #expect(analysis.citations.map(\.reference) == [0, 1, 2, 3])
    #expect(analysis.uncitedReferences.isEmpty)
    #expect(analysis.citations.last?.kind == .attribution)
  }

  @Test(arguments: [
    "In ⟦Lindgren’s (2019)⟧ study, planners agreed.",
    "In ⟦Lindgren’s 2019 interview study⟧, planners agreed.",
    "⟦Lindgren's study⟧ found that planners agreed.",
  ])
  func possessivesNameTheirSource(marked: String) throws {
    let (found, expected, _) = CitationMarks.citations(in: marked)
    #expect(found.map(\.span) == expected)
    #expect(found.map(\.names) == [["Lindgren"]])
  }

  @Test(arguments: ["Oslo’s streets are quiet now.", "Sunday's market was busy."])
  func aPossessiveThatNamesNoSourceIsNoCitation(text: String) {
    #expect(CitationMarks.citations(in: text).found.isEmpty)
  }

  /// `[Brandvold (2019)](https://doi.org/…)`: one citation, with the link's address.
  @Test func aLinkOnANarrativeCitationCountsOnce() throws {
    let marked = "Traffic evaporates, as ⟦Brandvold (2019)⟧ shows."
    let (text, spans) = SpanMarks.parse(marked)
    let document = Document(text: text)
    let link = Link(url: "https://doi.org/10.5555/jum.2019", span: spans[0])
    let found = InTextCitationFinder.find(
      in: document, spans: document.paragraphs(), links: [link])
    #expect(found.count == 1)
    #expect(found.first?.kind == .narrative)
    #expect(found.first?.url == link.url)
  }

  /// A link on `Lindgren’s interview study` is a link citation matched by the name it holds.
  @Test func aLinkOnAPossessiveMatchesByName() throws {
    let marked = "One planner was quoted in ⟦Lindgren’s interview study⟧.\n\n" + Self.post
    let (text, spans) = SpanMarks.parse(marked)
    let document = Document(text: text)
    let link = Link(url: "https://doi.org/10.5555/ujp.2019.0412", span: spans[0])
    let analysis = CitationAnalyzer.analyze(
      document: document, body: document.paragraphs(), referenceEntries: nil, links: [link])
    let first = try #require(analysis.citations.first)
    #expect(first.kind == .link)
    #expect(first.names == ["Lindgren"])
    #expect(first.reference == 3)
  }
}
