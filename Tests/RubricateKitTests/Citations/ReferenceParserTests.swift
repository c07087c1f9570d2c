import Foundation
import Testing

@testable import RubricateKit

@Suite struct ReferenceParserTests {
  struct Case: Sendable, CustomStringConvertible {
    var entry: String
    var style: ReferenceStyle
    var authors: [String]
    var year: String?
    var title: String?
    var container: String? = nil
    var publisher: String? = nil
    var volume: String? = nil
    var issue: String? = nil
    var pages: String? = nil
    var problems: [ReferenceProblem] = []
    var description: String { entry }
  }

  /// One entry per style plus messy variants, all written for this project.
  static let cases: [Case] = [
    Case(
      entry: "Okafor, A. K., & Lindqvist, M. (2011). Peer feedback in online writing courses. "
        + "Journal of Writing Research, 3(2), 101–120.",
      style: .apa, authors: ["Okafor", "Lindqvist"], year: "2011",
      title: "Peer feedback in online writing courses", container: "Journal of Writing Research",
      volume: "3", issue: "2", pages: "101–120"),
    Case(
      entry: "Brandt, Deborah. “Sponsors of Literacy.” College Composition and Communication "
        + "49.2 (1998): 165-85.",
      style: .mla, authors: ["Brandt"], year: "1998", title: "Sponsors of Literacy",
      container: "College Composition and Communication", volume: "49", issue: "2",
      pages: "165-85"),
    Case(
      entry: "Haddad, Samir. 2007. The Blogging Classroom. Chicago: University of Chicago Press.",
      style: .chicago, authors: ["Haddad"], year: "2007", title: "The Blogging Classroom",
      publisher: "University of Chicago Press"),
    Case(
      entry: "Wu, L. (2001) Feedback that works. 2nd edn. London: Routledge.",
      style: .harvard, authors: ["Wu"], year: "2001", title: "Feedback that works",
      publisher: "Routledge"),
    Case(
      entry: "[3] T. Marsh and R. Delgado, “Comment quality in class blogs,” IEEE Trans. Educ., "
        + "vol. 46, no. 3, pp. 210–218, 2003.",
      style: .ieee, authors: ["Marsh", "Delgado"], year: "2003",
      title: "Comment quality in class blogs", container: "IEEE Trans. Educ", volume: "46",
      issue: "3", pages: "210–218"),
    // Messy: the closing quote is missing and the title runs into the journal.
    Case(
      entry: "Brandt, Deborah. “Sponsors of Literacy.College Composition and Communication 49.2 "
        + "(1998): 165-85.",
      style: .mla, authors: ["Brandt"], year: "1998", title: "Sponsors of Literacy",
      container: "College Composition and Communication", volume: "49", issue: "2",
      pages: "165-85", problems: [.unbalancedQuotes]),
    // Messy: `.”Journal` run together, and a `±` where the page dash belongs.
    Case(
      entry: "Marsh, Tom. “Blogging Back.”Computers and Composition 20.4 (2003): 40±58.",
      style: .mla, authors: ["Marsh"], year: "2003", title: "Blogging Back",
      container: "Computers and Composition", volume: "20", issue: "4",
      problems: [.garbledCharacters]),
    Case(
      entry: "World Health Organization. (2020). Guidelines on physical activity. WHO Press.",
      style: .apa, authors: ["World Health Organization"], year: "2020",
      title: "Guidelines on physical activity", publisher: "WHO Press"),
    Case(
      entry:
        "Nguyen, P., et al. (2020). Reading on screens. Reading Research Quarterly, 55(1), 1-20.",
      style: .apa, authors: ["Nguyen"], year: "2020", title: "Reading on screens",
      container: "Reading Research Quarterly", volume: "55", issue: "1", pages: "1-20"),
    Case(
      entry: "Smith, J. (n.d.). Why we write. Retrieved from http://www.example.org/why",
      style: .apa, authors: ["Smith"], year: "n.d.", title: "Why we write",
      problems: [.noContainerOrPublisher]),
    Case(
      entry: "“Climate Change.” BBC News, 14 Mar. 2019, www.bbc.co.uk/news/climate.",
      style: .mla, authors: [], year: "2019", title: "Climate Change", container: "BBC News"),
    Case(
      entry: "Proctor, G., & Cooper, M. (Eds.). (2006). Politicizing the person-centred "
        + "approach. PCCS Books.",
      style: .apa, authors: ["Proctor", "Cooper"], year: "2006",
      title: "Politicizing the person-centred approach", publisher: "PCCS Books"),
    Case(
      entry: "Osei, K. (2015a). Writing with others. In L. Wu (Ed.), Collaborative writing "
        + "(pp. 33–50). Sage.",
      style: .apa, authors: ["Osei"], year: "2015a", title: "Writing with others",
      container: "Collaborative writing", pages: "33–50"),
    Case(
      entry: "Lindqvist, Maria, and Anna K. Okafor. \"Threads and Replies.\" Kairos 12.1 (2008). "
        + "Web. 3 Apr. 2019.",
      style: .mla, authors: ["Lindqvist", "Okafor"], year: "2008", title: "Threads and Replies",
      container: "Kairos", volume: "12", issue: "1"),
    // Initials first and the year at the end: the numbered family, even without a number.
    Case(
      entry: "K. Mensah. Templates for peer review. Journal of Writing Studies, 3(1) 59-70, 2019.",
      style: .ieee, authors: ["Mensah"], year: "2019", title: "Templates for peer review",
      container: "Journal of Writing Studies", volume: "3", issue: "1", pages: "59-70"),
    Case(
      entry: "2. Mensah KA, Osei B. Blogging and feedback. J Writ Stud. 2020;4(2):11-19.",
      style: .ieee, authors: ["Mensah", "Osei"], year: "2020", title: "Blogging and feedback",
      container: "J Writ Stud", volume: "4", issue: "2", pages: "11-19"),
    // Messy: no year at all, and no place of publication.
    Case(
      entry: "Mendez, Carla. Writing Online. ",
      style: .unknown, authors: ["Mendez"], year: nil, title: "Writing Online",
      problems: [.noYear, .noContainerOrPublisher]),
  ]

  /// Found by FuzzReferences: an author block whose first token is `and` looked one token back.
  @Test func anEntryMayBeginWithAConnector() {
    let entry = ReferenceParser.parse("and Pemberton, G. (2019). Shopkeepers fear empty streets.")
    #expect(entry.authors.map(\.family) == ["Pemberton"])
    #expect(entry.year == "2019")
  }

  @Test(arguments: cases) func parsesEntry(_ example: Case) {
    let entry = ReferenceParser.parse(example.entry)
    #expect(entry.style == example.style)
    #expect(entry.authors.map(\.family) == example.authors)
    #expect(entry.year == example.year)
    #expect(entry.title == example.title)
    #expect(entry.container == example.container)
    #expect(entry.publisher == example.publisher)
    #expect(entry.volume == example.volume)
    #expect(entry.issue == example.issue)
    #expect(entry.pages == example.pages)
    #expect(entry.problems == example.problems)
  }

  @Test func givenNamesAndNumbersAreKept() {
    let entry = ReferenceParser.parse(
      "[3] T. Marsh and R. Delgado, “Comment quality in class blogs,” IEEE Trans. Educ., "
        + "vol. 46, no. 3, pp. 210–218, 2003.")
    #expect(
      entry.authors == [
        ReferenceAuthor(family: "Marsh", given: "T."),
        ReferenceAuthor(family: "Delgado", given: "R."),
      ])
    #expect(entry.number == 3)
  }

  @Test func findsDOIAndURL() {
    let entry = ReferenceParser.parse(
      "Okafor, A. (2011). Peer feedback. Journal of Writing Research, 3(2), 1–20. "
        + "https://doi.org/10.17239/jowr-2011.03.02.1")
    #expect(entry.doi == "10.17239/jowr-2011.03.02.1")
    let web = ReferenceParser.parse(
      "Smith, J. (n.d.). Why we write. Retrieved from http://www.example.org/why")
    #expect(web.url == "http://www.example.org/why")
  }

  @Test func spansPointIntoTheDocument() {
    let document = Document(text: "Intro line\n  Wu, L. (2001). Feedback. Sage.  \n")
    let entry = ReferenceParser.parse(document: document, span: Span(11, 45))
    #expect(entry.start == 13)
    #expect(entry.end == 43)
    #expect(entry.text == "Wu, L. (2001). Feedback. Sage.")
  }

  @Test func encodesEveryKeyWithNulls() throws {
    let entry = ReferenceParser.parse("Mendez, Carla. Writing Online.")
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let json = String(decoding: try encoder.encode(entry), as: UTF8.self)
    for key in [
      "start", "end", "text", "style", "authors", "year", "title", "container", "volume",
      "issue", "pages", "publisher", "url", "doi", "problems",
    ] {
      #expect(json.contains("\"\(key)\":"), "missing \(key)")
    }
    #expect(json.contains("\"year\":null"))
    #expect(json.contains("\"authors\":[{\"family\":\"Mendez\",\"given\":\"Carla\"}]"))
  }

  @Test func listingSaysWhatWasFoundAndWhatToFix() {
    let entry = ReferenceParser.parse(
      "Marsh, Tom. “Blogging Back.”Computers and Composition 20.4 (2003): 40±58.")
    #expect(
      entry.listing == """
        Marsh, Tom. “Blogging Back.”Computers and Composition 20.4 (2003): 40±58.
          mla · Marsh · 2003 · “Blogging Back” · Computers and Composition 20(4)
          ! Garbled characters (such as a stray ± or â€): retype the punctuation by hand.
        """)
  }
}
