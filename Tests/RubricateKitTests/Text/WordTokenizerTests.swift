import Testing

@testable import RubricateKit

@Suite struct WordTokenizerTests {
  static let counted: [(String, Int)] = [
    ("Lindqvist’s view wasn't new, and don't forget O'Brien.", 8),
    ("A well-known, self-interpreting rule-of-thumb.", 4),
    ("It rose 3.5% to 1,000 units on pages 40-58 and 40–58 at 2:30.", 13),
    ("Mail jo.okafor@example.edu or see https://example.org/a-b?c=1.", 5),
    ("Quotes “like this” and 'like this' count — dashes -- and & do not.", 11),
    ("The U.S. economy, e.g. in 1990, grew (per Ph.D. holders).", 10),
    ("Students’ essays and the teacher's notes and/or drafts.", 9),
    ("STUDENT_NAME wrote to Generic_School.", 4),
    ("… — – - ! ? ; : ( ) [ ] “ ” ‘ ’", 0),
    ("", 0),
  ]

  @Test(arguments: counted)
  func countsWords(text: String, expected: Int) {
    let document = Document(text: text)
    #expect(WordTokenizer.count(in: document, span: document.fullSpan) == expected)
    #expect(WordTokenizer.words(in: document, span: document.fullSpan).count == expected)
  }

  @Test func wordSpansAreExact() {
    let (document, spans) = SpanMarks.document(
      "⟦Lindqvist’s⟧ (⟦2019⟧) ⟦self-report⟧: ⟦3.5⟧, ⟦1,000⟧; ⟦don't⟧ — ⟦www.example.com⟧. "
        + "⟦U.S.⟧ “⟦students⟧’ ⟦e-mail⟧”")
    #expect(WordTokenizer.words(in: document, span: document.fullSpan) == spans)
  }

  @Test func urlLosesTrailingPunctuationAndEmailIsOneWord() {
    let document = Document(text: "(see https://example.org/path_1.html). Write to a.b@c.org!")
    let words = WordTokenizer.words(in: document, span: document.fullSpan).map {
      document.text(of: $0)
    }
    #expect(words == ["see", "https://example.org/path_1.html", "Write", "to", "a.b@c.org"])
  }

  @Test func respectsTheSpan() {
    let document = Document(text: "one two three four")
    #expect(WordTokenizer.words(in: document, span: Span(4, 13)) == [Span(4, 7), Span(8, 13)])
  }

  @Test func longRunsWithoutSpacesStayLinear() {
    let runs = [
      String(repeating: "ab.", count: 200_000), String(repeating: "abc.Abc", count: 100_000),
      String(repeating: "a@b.", count: 100_000), String(repeating: "x-", count: 200_000),
      String(repeating: "1.", count: 200_000),
    ]
    for run in runs {
      let document = Document(text: run + " end.")
      let words = WordTokenizer.words(in: document, span: document.fullSpan)
      #expect(!words.isEmpty)
      let analysis = TextAnalysis(document: document, paragraphs: [document.fullSpan])
      #expect(analysis.statistics.words == words.count)
    }
  }
}
