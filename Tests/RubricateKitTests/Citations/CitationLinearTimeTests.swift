import Foundation
import Testing

@testable import RubricateKit

/// Adversarial inputs must cost time in proportion to their length: quadrupling the input may
/// not multiply the time by much more than four (a quadratic rule would multiply it by 16).
@Suite(.serialized) struct CitationLinearTimeTests {
  static let patterns: [String] = [
    "(", ")", ".", "“", "\"", "[", "(Smith ", "A. ", "Okafor, A. ", "(2001) ", "[1, ",
    "et al. ", "’", "Smith (", "http://x.org/((", "1. ", ".”", "according to ",
  ]

  static func seconds(_ work: () -> Void) -> Double {
    let clock = ContinuousClock()
    let elapsed = clock.measure(work)
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  }

  static func analyseAll(_ text: String) {
    let document = Document(text: text)
    let paragraphs = document.paragraphs()
    _ = CitationAnalyzer.analyze(
      document: document, body: paragraphs, referenceEntries: nil, links: [])
    _ = ReferenceParser.parse(document: document, span: document.fullSpan)
  }

  @Test(arguments: patterns) func staysLinear(_ pattern: String) {
    let small = String(repeating: pattern, count: 5_000 / pattern.count + 1)
    let large = String(repeating: pattern, count: 20_000 / pattern.count + 1)
    Self.analyseAll(small)  // warm up
    let smallTime = max(Self.seconds { Self.analyseAll(small) }, 0.002)
    let largeTime = Self.seconds { Self.analyseAll(large) }
    #expect(largeTime < smallTime * 8 + 0.05, "\(pattern): \(smallTime)s → \(largeTime)s")
  }

  @Test func fiveThousandEntryBibliography() {
    var text = "Students wrote (Okafor, 2011).\n\nReferences\n"
    for index in 0..<5_000 {
      text += "Okafor\(index), A. K., & Lindqvist, M. (2011). Title number \(index). "
      text += "Journal of Writing Research, 3(2), 101–120.\n"
    }
    let document = Document(text: text)
    var analysis = CitationAnalysis()
    let time = Self.seconds {
      analysis = CitationAnalyzer.analyze(
        document: document, body: document.paragraphs(), referenceEntries: nil, links: [])
    }
    #expect(analysis.references.count == 5_000)
    #expect(analysis.uncitedReferences.count == 5_000)
    #expect(time < 20, "took \(time)s")
  }
}
