import Testing

@testable import RubricateKit

@Suite struct InTextCitationFinderTests {
  struct Case: Sendable, CustomStringConvertible {
    var marked: String
    var kinds: [InTextCitation.Kind]
    var names: [[String]]
    var years: [String?]
    var description: String { marked }
  }

  static let forms: [Case] = [
    Case(
      marked: "Peer review improves drafts ⟦(Okafor and Lindqvist 2011)⟧.",
      kinds: [.parenthetical], names: [["Okafor", "Lindqvist"]], years: ["2011"]),
    Case(
      marked: "Revision takes time ⟦(Wu, 2001, p. 390)⟧ and patience.",
      kinds: [.parenthetical], names: [["Wu"]], years: ["2001"]),
    Case(
      marked: "Two studies agree ⟦(Marsh & Delgado, 2003⟧; ⟦Brandt, 1999)⟧.",
      kinds: [.parenthetical, .parenthetical], names: [["Marsh", "Delgado"], ["Brandt"]],
      years: ["2003", "1999"]),
    Case(
      marked: "The river “remembers every flood” ⟦(Brandt 45)⟧.",
      kinds: [.parenthetical], names: [["Brandt"]], years: [nil]),
    Case(
      marked: "⟦Haddad (2007)⟧ argues that blogs build voice.",
      kinds: [.narrative], names: [["Haddad"]], years: ["2007"]),
    Case(
      marked: "According to ⟦Wu (2001)⟧, feedback must be specific.",
      kinds: [.narrative], names: [["Wu"]], years: ["2001"]),
    Case(
      marked: "Comments matter ⟦(Kim et al., 2019)⟧ and so do replies.",
      kinds: [.parenthetical], names: [["Kim"]], years: ["2019"]),
    Case(
      marked: "⟦Nguyen et al. (2020)⟧ found the same pattern.",
      kinds: [.narrative], names: [["Nguyen"]], years: ["2020"]),
    Case(
      marked: "Earlier work ⟦[3]⟧ and later work ⟦[2, 5-7]⟧ disagree.",
      kinds: [.numeric, .numeric], names: [[], []], years: [nil, nil]),
    Case(
      marked: "Sleep loss hurts memory, ⟦according to the BBC⟧.",
      kinds: [.attribution], names: [["BBC"]], years: [nil]),
    Case(
      marked: "This matters ⟦(see Osei, 2015a)⟧.",
      kinds: [.parenthetical], names: [["Osei"]], years: ["2015a"]),
    Case(
      marked: "⟦Marsh and Delgado’s (2003)⟧ survey covered four schools.",
      kinds: [.narrative], names: [["Marsh", "Delgado"]], years: ["2003"]),
    Case(
      marked: "Guidelines changed ⟦(World Health Organization [WHO], 2020)⟧.",
      kinds: [.parenthetical], names: [["World Health Organization WHO"]], years: ["2020"]),
    Case(
      marked: "Two papers in one year ⟦(Osei, 2015a, b)⟧ agree.",
      kinds: [.parenthetical], names: [["Osei"]], years: ["2015a"]),
    Case(
      marked: "Undated pages count too ⟦(Brandt, n.d.)⟧.",
      kinds: [.parenthetical], names: [["Brandt"]], years: ["n.d."]),
    Case(
      marked: "Accents stay ⟦(Nédellec, 2005)⟧ in names.",
      kinds: [.parenthetical], names: [["Nédellec"]], years: ["2005"]),
  ]

  @Test(arguments: forms) func findsEachForm(_ example: Case) {
    let (found, expected, _) = CitationMarks.citations(in: example.marked)
    #expect(found.map(\.span) == expected)
    #expect(found.map(\.kind) == example.kinds)
    #expect(found.map(\.names) == example.names)
    #expect(found.map(\.year) == example.years)
  }

  @Test func numericCitationsListTheirNumbers() {
    let (found, _, _) = CitationMarks.citations(in: "Earlier work [2, 5-7] disagrees.")
    #expect(found.map(\.numbers) == [[2, 5, 6, 7]])
  }

  @Test func linksAreCitations() {
    let (text, spans) = SpanMarks.parse("See ⟦this report⟧ for the figures.")
    let document = Document(text: text)
    let found = InTextCitationFinder.find(
      in: document, spans: document.paragraphs(),
      links: [Link(url: "https://example.org/report", span: spans[0])])
    #expect(found.map(\.kind) == [.link])
    #expect(found.map(\.span) == spans)
    #expect(found.first?.url == "https://example.org/report")
  }

  /// Years, page ranges, list numbers, asides and labels are not citations.
  static let falseFriends: [String] = [
    "In 2010 the school opened a second campus.",
    "The law changed (in 2010) after the protests.",
    "Read pages 40-58 before class (pp. 40–58 in the old edition).",
    "(1) Write a draft. (2) Ask a peer. (3) Revise.",
    "We visited Lisbon (which I loved) and Porto.",
    "Fruit sells well (e.g., apples and pears).",
    "See the results (Figure 3) and the totals (Table 2).",
    "The war years (1939–1945) reshaped the town.",
    "It happened in March (2020) during the lockdown.",
    "He wrote “[sic]” twice in the letter.",
    "Our team (five students) met weekly.",
    "1. Choose a topic.\n2. Find three sources.",
    "The score rose from 3.5 to 4.2 over 2 years.",
    "President Lincoln (1861–1865) led the Union.",
    "We pretrain a base model (see Tab. 1) first.",
    "Remaining (%) = (Share of 10) over the total.",
    "The reagent (OCH 3 ) was added slowly.",
    "Spectra were taken in water (D 2 O, 500 MHz) at noon.",
  ]

  @Test(arguments: falseFriends) func ignoresFalseFriends(_ text: String) {
    let document = Document(text: text)
    let found = InTextCitationFinder.find(in: document, spans: document.paragraphs())
    #expect(found.isEmpty, "found \(found.map(\.text))")
  }
}
