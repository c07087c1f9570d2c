import Foundation
import Testing

@testable import RubricateKit

/// Adversarial inputs must cost time in proportion to their length. Rather than time a unit
/// test (speed is measured in bench/), each input is long enough that a quadratic rule could
/// not finish within the time limit (100,000 scalars: some 10^10 steps), while a linear one
/// takes milliseconds.
@Suite(.serialized, .timeLimit(.minutes(1))) struct CitationLinearTimeTests {
  static let patterns: [String] = [
    "(", ")", ".", "“", "\"", "[", "(Smith ", "A. ", "Okafor, A. ", "(2001) ", "[1, ",
    "et al. ", "’", "Smith (", "http://x.org/((", "1. ", ".”", "according to ",
  ]

  static func analyseAll(_ text: String) {
    let document = Document(text: text)
    let paragraphs = document.paragraphs()
    _ = CitationAnalyzer.analyze(
      document: document, body: paragraphs, referenceEntries: nil, links: [])
    _ = ReferenceParser.parse(document: document, span: document.fullSpan)
  }

  @Test(arguments: patterns) func staysLinear(_ pattern: String) {
    let large = String(repeating: pattern, count: 100_000 / pattern.count + 1)
    Self.analyseAll(large)
  }

  @Test func fiveThousandEntryBibliography() {
    var text = "Students wrote (Okafor, 2011).\n\nReferences\n"
    for index in 0..<5_000 {
      text += "Okafor\(index), A. K., & Lindqvist, M. (2011). Title number \(index). "
      text += "Journal of Writing Research, 3(2), 101–120.\n"
    }
    let document = Document(text: text)
    let analysis = CitationAnalyzer.analyze(
      document: document, body: document.paragraphs(), referenceEntries: nil, links: [])
    #expect(analysis.references.count == 5_000)
    #expect(analysis.uncitedReferences.count == 5_000)
  }
}
