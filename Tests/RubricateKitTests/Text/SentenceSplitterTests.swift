import Testing

@testable import RubricateKit

@Suite struct SentenceSplitterTests {
  /// Texts written for this project, each sentence marked `⟦…⟧`.
  static let cases: [(String, String)] = [
    ("plain", "⟦The bell rang.⟧ ⟦Nobody moved!⟧ ⟦Was it a drill?⟧"),
    ("titles", "⟦Mr. Haddad met Dr. Wu at St. Anne's near Mt. Hood.⟧"),
    (
      "etAlAndPages",
      "⟦Okafor et al. (2011) disagree, see pp. 12-14 and vol. 3.⟧ ⟦They were wrong.⟧"
    ),
    ("eg", "⟦Use a source, e.g. a journal, i.e. something reviewed.⟧ ⟦Then cite it.⟧"),
    ("usMidSentence", "⟦She moved to the U.S. Army base in 2004.⟧"),
    ("usEndsSentence", "⟦He grew up in the U.S.⟧ ⟦The move was hard.⟧"),
    ("etcEnds", "⟦Bring pens, paper, etc.⟧ ⟦We start at nine.⟧"),
    ("initials", "⟦Anna K. Okafor and J. R. Tolkien wrote about it.⟧ ⟦Both agree.⟧"),
    ("decimals", "⟦Growth was 3.5 percent, down from 4.25 in section 2.1.⟧ ⟦Rates fell.⟧"),
    ("sectionNumbers", "⟦Section 4.2.1 explains it.⟧ ⟦See also 4.3.⟧"),
    ("ellipsisInside", "⟦He paused . . . and then spoke.⟧ ⟦It was... fine.⟧"),
    ("ellipsisEnds", "⟦I waited and waited...⟧ ⟦Nobody came.⟧"),
    ("ellipsisBeforeI", "⟦I thought … I really did think so.⟧"),
    ("omission", "⟦She wrote that “the city [...] was quiet” (Lee 4).⟧"),
    ("questionInQuote", "⟦He asked, “Who decides?” and nobody answered.⟧ ⟦We left.⟧"),
    ("periodInQuote", "⟦She said, “It is done.”⟧ ⟦Then she left.⟧"),
    ("quoteThenLowercase", "⟦“It is done.” she said.⟧"),
    ("parenthesis", "⟦The data (collected in May.) were thin.⟧"),
    ("listInline", "⟦1. Plan the post⟧ ⟦2. Write a draft⟧ ⟦3. Revise it⟧"),
    ("listParen", "⟦a) first point;⟧ ⟦b) second point.⟧"),
    ("listLines", "⟦Steps:⟧\n⟦1. Read the prompt.⟧\n⟦2. Outline.⟧\n⟦- Draft.⟧\n⟦• Edit.⟧"),
    ("pdfLineBreaks", "⟦This sentence was pasted\nfrom a PDF and breaks\nmid-line.⟧ ⟦Next one.⟧"),
    ("blankLineEnds", "⟦A heading without a stop⟧\n\n⟦The body starts here.⟧"),
    ("blankLineMidSentence", "⟦the student forgot⟧\n  \n⟦to finish.⟧"),
    ("lowercaseLetter", "⟦They lowered it to a d.⟧ ⟦so students can play.⟧"),
    ("lowercaseStart", "⟦It was late.⟧ ⟦i went home.⟧"),
    ("gluedPeriod", "⟦We went to the park .⟧⟦Then we left.⟧"),
    ("missingSpace", "⟦We went to the park.⟧⟦Then we left.⟧"),
    ("missingSpaceAfterQuote", "⟦It said “go home.”⟧⟦Nobody did.⟧"),
    ("doubleMarks", "⟦Really?!⟧ ⟦Yes!!⟧ ⟦Fine.⟧"),
    // Student typing and the held-out kinds of issue 14.
    ("timeLowercase", "⟦We left at 10 p.m.⟧ ⟦I'm going back at 7 a.m. tomorrow.⟧"),
    ("timeCapitals", "⟦The bus leaves at 6 A.M.⟧ ⟦Travelers should come early.⟧"),
    ("timeThenTitle", "⟦At 5 a.m. Mr. Okafor opened the shop.⟧"),
    ("missingSpaceBeforeTitle", "⟦Today is Tuesday.⟧⟦Mr. Haddad is here.⟧"),
    ("missingSpaceAfterNumber", "⟦The school bought 1,000.⟧⟦That is a lot of laptops.⟧"),
    ("noteNumbers", "⟦It needs a public consultation.11 12⟧ ⟦Take the survey first.⟧"),
    ("addressNotGlued", "⟦Write to Jane.Doe@example.com today.⟧ ⟦She answers.⟧"),
    ("fullWidthStop", "⟦これは文です．⟧⟦This is another.⟧"),
    ("inlineListParen", "⟦You can choose⟧ ⟦a) the bus⟧ ⟦b) the train⟧ ⟦c) the car.⟧"),
    ("questionAndAnswer", "⟦Q. Why walk?⟧ ⟦A. It is good for you.⟧"),
    ("lowercaseIAfterQuestion", "⟦Why would they?⟧ ⟦i think it is unfair.⟧"),
    ("lowercaseAfterQuestion", "⟦Can these cars be trusted?⟧ ⟦thats the question.⟧"),
    ("lowercaseAfterExclamation", "⟦It is what our town needs!⟧ ⟦students will help.⟧"),
    ("spacedQuestionMark", "⟦who would cheer the team on ?⟧ ⟦and parents would leave.⟧"),
    ("questionInQuoteThenLowercase", "⟦She asked “why not?” and smiled.⟧"),
    ("yahoo", "⟦She works at Yahoo! in Paris.⟧"),
    ("dashAfterExclamation", "⟦Add eggs and -- voila! -- a cake.⟧"),
    ("urlAndEmail", "⟦See https://example.org/a.html.⟧ ⟦Write to ann.lee@example.edu.⟧ ⟦Thanks.⟧"),
    ("onlyPunctuation", "⟦. . .⟧"),
  ]

  @Test(arguments: cases)
  func splits(name: String, marked: String) {
    let (document, spans) = SpanMarks.document(marked)
    let found = SentenceSplitter.sentences(in: document, span: document.fullSpan)
    #expect(
      found.map { document.text(of: $0) } == spans.map { document.text(of: $0) },
      "\(name)")
    #expect(found == spans, "\(name)")
  }

  @Test func emptyAndBlankTextHaveNoSentences() {
    for text in ["", "   ", "\n\n\n"] {
      let document = Document(text: text)
      #expect(SentenceSplitter.sentences(in: document, span: document.fullSpan).isEmpty)
    }
  }

  @Test func staysInsideItsSpan() {
    let document = Document(text: "Skip this. Keep this one. And this.")
    let spans = SentenceSplitter.sentences(in: document, span: Span(11, 35))
    #expect(spans.map { document.text(of: $0) } == ["Keep this one.", "And this."])
  }

  @Test func adversarialRunsStayLinear() {
    let text =
      String(repeating: "A. ", count: 20_000) + String(repeating: ". ", count: 20_000)
      + String(repeating: "1. ", count: 20_000) + String(repeating: "“(", count: 20_000)
    let document = Document(text: text)
    let sentences = SentenceSplitter.sentences(in: document, span: document.fullSpan)
    #expect(!sentences.isEmpty)
  }
}
