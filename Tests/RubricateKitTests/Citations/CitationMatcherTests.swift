import Testing

@testable import RubricateKit

@Suite struct CitationMatcherTests {
  static let post = """
    Class blogs give students a real audience (Okafor & Lindqvist, 2011). Haddad (2007) argues \
    that comments matter more than grades, and Nédellec (2005, p. 4) agrees. Feedback must be \
    specific (Wu, 2001). Others disagree (Marsh, 2003). Tone matters too (Brandt 45). \
    Some call it a fad (Kim et al., 2019).

    References

    Okafor, A. K., & Lindqvist, M. (2011). Peer feedback online. Journal of Writing Research, 3(2), 1–20.

    Haddad, S. (2007). The blogging classroom. University of Chicago Press.

    Nedellec, C. (2005). Learning language in logic. Springer.

    Wu, L. (1999). Feedback that works. Routledge.

    Brandt, D. (1998). Sponsors of literacy. College English, 49(2), 165–185.

    Brandt, D. (2001). Literacy in American lives. Cambridge University Press.

    Kim, J., Park, S., & Lee, H. (2019). Blogs in class. Computers & Education, 130, 1–12.

    Adeyemi, T. (2018). Never cited anywhere. Sage.
    """

  static func analyze(_ text: String) -> (CitationAnalysis, Document) {
    let document = Document(text: text)
    return (
      CitationAnalyzer.analyze(
        document: document, body: document.paragraphs(), referenceEntries: nil, links: []),
      document
    )
  }

  @Test func matchesByFamilyNameAndYear() {
    let (analysis, _) = Self.analyze(Self.post)
    #expect(analysis.references.count == 8)
    #expect(
      analysis.citations.map(\.text) == [
        "(Okafor & Lindqvist, 2011)", "Haddad (2007)", "Nédellec (2005, p. 4)", "(Wu, 2001)",
        "(Marsh, 2003)", "(Brandt 45)", "(Kim et al., 2019)",
      ])
    // Accents and "et al." do not get in the way; a wrong year does.
    #expect(analysis.citations.map(\.reference) == [0, 1, 2, nil, nil, nil, 6])
  }

  @Test func reportsUncitedOrphansAndAmbiguity() {
    let (analysis, _) = Self.analyze(Self.post)
    // Wu (1999) is cited with the wrong year and Adeyemi never.
    #expect(analysis.uncitedReferences == [3, 7])
    // (Wu, 2001) and (Marsh, 2003) have no entry.
    #expect(analysis.unmatchedCitations == [3, 4])
    // (Brandt 45) fits both Brandt entries.
    #expect(analysis.ambiguousCitations == [5])
    #expect(analysis.citations[5].candidates == [4, 5])
  }

  @Test func referenceListTextIsNotCounted() {
    let (analysis, document) = Self.analyze(Self.post)
    let heading = analysis.referencesHeading.map { document.text(of: $0) }
    #expect(heading == "References")
    let listStart = analysis.referencesHeading?.start ?? 0
    #expect(analysis.citations.allSatisfy { $0.end <= listStart })
    #expect(analysis.citationsInText == 7)
  }

  @Test func numericCitationsMatchByNumber() {
    let (analysis, _) = Self.analyze(
      """
      Blogs help [1], and comments help more [2, 3]. Grades do not [5].

      References
      [1] Okafor, A. (2011). Peer feedback online. Journal of Writing Research, 3(2), 1–20.
      [2] Haddad, S. (2007). The blogging classroom. University of Chicago Press.
      [3] Wu, L. (2001). Feedback that works. Routledge.
      [4] Osei, K. (2015). Writing with others. Sage.
      """)
    #expect(analysis.citations.map(\.reference) == [0, 1, nil])
    #expect(analysis.citations[1].candidates == [1, 2])
    #expect(analysis.uncitedReferences == [3])
    #expect(analysis.unmatchedCitations == [2])
  }

  @Test func linksAndAttributionsMatchWhenTheyCan() {
    let text = """
      Sleep matters, according to the BBC. See the survey for details.

      BBC News. (2019). Sleep and school. https://www.bbc.co.uk/news/sleep
      """
    let document = Document(text: text)
    let surveyStart = 45
    let analysis = CitationAnalyzer.analyze(
      document: document, body: document.paragraphs(), referenceEntries: nil,
      links: [Link(url: "http://bbc.co.uk/news/sleep/", span: Span(surveyStart, surveyStart + 10))])
    #expect(analysis.citations.map(\.kind) == [.attribution, .link])
    #expect(analysis.citations.map(\.reference) == [0, 0])
    #expect(analysis.unmatchedCitations.isEmpty)
    #expect(analysis.citationsInText == 1)
  }

  @Test func segmentationEntriesAreUsedAsGiven() {
    let text = "Blogs help (Wu, 2001).\n\nWu, L. (2001). Feedback that works. Routledge."
    let document = Document(text: text)
    let analysis = CitationAnalyzer.analyze(
      document: document, body: [Span(0, 22)], referenceEntries: [Span(24, 70)], links: [])
    #expect(analysis.references.map(\.title) == ["Feedback that works"])
    #expect(analysis.citations.map(\.reference) == [0])
  }
}

@Suite struct CitationSummaryTests {
  static func analyze(_ text: String) -> CitationAnalysis {
    let document = Document(text: text)
    return CitationAnalyzer.analyze(
      document: document, body: document.paragraphs(), referenceEntries: nil, links: [])
  }

  /// The examples the citation and reference measures document.
  @Test func measureExamplesHoldAtTheSource() {
    let counted = Self.analyze(
      "Traffic fell by a third (Marsh & Delgado, 2003; Brandt, 1999). Haddad (2007) argues otherwise."
    )
    #expect(counted.countedCitationSpans.count == 3)
    #expect(Self.analyze("In 2019 the plan covered pages 40-58 (roughly).").citations.isEmpty)
    let unmatched = Self.analyze(
      "Buses help (Wu, 2001). Trams help more (Okafor, 2019).\n\nReferences\n\nWu, L. (2001). Buses. City Press."
    )
    #expect(unmatched.unmatchedCitationSpans.count == 1)
    let sample = Self.analyze(
      """
      Car-free streets raise footfall (Okafor, 2019).

      References

      Okafor, A. (2019). Streets for people. Urban Press.

      Lindqvist, M. (2021). Quiet cities. Journal of Transport 12(3), 40-58.
      """)
    #expect(sample.references.count == 2)
    #expect(sample.citedReferences == [0])
    #expect(sample.uncitedReferenceSpans.count == 1)
    #expect(sample.referenceProblemSpans.isEmpty)
    let broken = Self.analyze(
      "Cars are loud (Brandt 45).\n\nWorks Cited\n\nBrandt, Karl. “Noise in the City. Urban Studies, 2015."
    )
    #expect(broken.referenceProblemSpans.map(\.problems) == [["unbalanced-quotes"]])
    #expect(broken.citations.map(\.reference) == [0])
  }

  @Test func noListMeansNoOrphans() {
    let analysis = Self.analyze("Buses help (Wu, 2001).")
    #expect(analysis.references.isEmpty)
    #expect(analysis.unmatchedCitations.isEmpty)
    #expect(analysis.citationsInText == 1)
  }
}

@Suite struct CitationAnalyzerListTests {
  @Test func pageRangesBeyondTheListAreNotNumericCitations() {
    let text = """
      Drivers look away (25 - 26) and crash (20 - 21). Phones distract (Levey 2).

      Works Cited

      Levey, Gabi. “Seven Reasons to Stop Texting and Driving.” The Odyssey, 2017.
      """
    let document = Document(text: text)
    let analysis = CitationAnalyzer.analyze(
      document: document, body: document.paragraphs(), referenceEntries: nil, links: [])
    #expect(analysis.citations.map(\.text) == ["(Levey 2)"])
    #expect(analysis.citations.map(\.reference) == [0])
  }

  @Test func entriesPastedInPiecesAreJoined() {
    let text = """
      Paris banned cars (Duffer).

      Work Cited:

      Duffer, Robert. "Paris Bans Driving Due to Smog."

      Chicago Tribune

      . Chicago Tribune, 2014. Print.
      """
    let document = Document(text: text)
    let analysis = CitationAnalyzer.analyze(
      document: document, body: document.paragraphs(), referenceEntries: nil, links: [])
    #expect(analysis.references.count == 1)
    #expect(analysis.citations.map(\.text) == ["(Duffer)"])
    #expect(analysis.citations.map(\.reference) == [0])
    #expect(analysis.references.first?.container == "Chicago Tribune")
    #expect(analysis.references.first?.year == "2014")
  }
}

@Suite struct NameOnlyCitationTests {
  @Test func aBracketedNameCountsOnlyWhenTheListHasIt() {
    let text = """
      Space travel is costly (NASA). Cities are loud (Brandvold). Hybrid cars help (Toyota).

      Works Cited

      Brandvold, Sigrid. “Closing the Core.” Urban Studies Quarterly 9.1 (2016): 12-30.
      """
    let document = Document(text: text)
    let analysis = CitationAnalyzer.analyze(
      document: document, body: document.paragraphs(), referenceEntries: nil, links: [])
    #expect(analysis.citations.map(\.text) == ["(Brandvold)"])
    let alone = Document(text: "Cities are loud (Brandvold).")
    #expect(InTextCitationFinder.find(in: alone, spans: alone.paragraphs()).isEmpty)
  }
}
