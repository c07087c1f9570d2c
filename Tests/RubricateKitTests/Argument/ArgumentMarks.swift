@testable import RubricateKit

/// Test texts for the argument analyzer, with expected spans marked in place.
///
/// `⟦ ⟧` marks an expected span (a claim, or a piece of evidence); `⟪ ⟫` marks an in-text
/// citation, passed to the analyzer as the citations work would find it. The marks are
/// stripped; spans are scalar offsets into the stripped text.
struct ArgumentMarks {
  var document: Document
  var expected: [Span]
  var citations: [Span]

  init(_ marked: String) {
    var scalars = String.UnicodeScalarView()
    var expected: [Span] = []
    var citations: [Span] = []
    var openExpected: Int?
    var openCitation: Int?
    for scalar in marked.unicodeScalars {
      let offset = scalars.count
      switch scalar {
      case "⟦": openExpected = offset
      case "⟧": expected.append(Span(openExpected ?? offset, offset))
      case "⟪": openCitation = offset
      case "⟫": citations.append(Span(openCitation ?? offset, offset))
      default: scalars.append(scalar)
      }
    }
    document = Document(text: String(scalars))
    self.expected = expected
    self.citations = citations
  }

  /// Runs the text core and the argument analyzer over the whole text as body.
  func analyze(title: String? = nil) -> (text: TextAnalysis, argument: ArgumentAnalysis) {
    let text = TextAnalysis(document: document, paragraphs: document.paragraphs())
    let argument = ArgumentAnalyzer.analyze(
      document: document, title: title, paragraphs: text.paragraphs, sentences: text.sentences,
      words: text.statistics.words, citations: citations)
    return (text, argument)
  }

  /// A three-paragraph post around one body paragraph, so that the body paragraph is read as
  /// one (position is a strong cue).
  static func post(body: String) -> ArgumentMarks {
    ArgumentMarks(
      """
      Phones are everywhere in schools today. Many teachers say that students check \
      messages during lessons. In my opinion, schools should ban phones in class.

      \(body)

      In conclusion, schools should ban phones during lessons.
      """)
  }
}
