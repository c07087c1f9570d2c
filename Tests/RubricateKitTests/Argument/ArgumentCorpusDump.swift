import Foundation
import Testing

@testable import RubricateKit

/// Opt-in: writes every sentence of the argument-annotated essays with its features and the
/// shipped model's decision, one JSON object a line, for `bench/train_claims.py` (training)
/// and `bench/claims.py --harness` (scoring before the CLI prints roles).
///
/// Run: `RUBRICATE_ARGUMENT_CORPUS=<dir> RUBRICATE_ARGUMENT_DUMP=<file>
/// swift test --filter ArgumentCorpusDump`. The essay's first line is its title; it is left
/// out of the body (as `bench/claims.py` leaves it out of what it gives the CLI) and, like the
/// CLI's `--input-format text`, not passed as a title. Each other line is a paragraph.
/// With `RUBRICATE_ARGUMENT_PLAIN=1` the files are read as plain body text instead (blank
/// lines end paragraphs, no title line): a robustness run over `essays-unlabelled`.
@Suite struct ArgumentCorpusDump {
  static let corpus = ProcessInfo.processInfo.environment["RUBRICATE_ARGUMENT_CORPUS"]
  static let output = ProcessInfo.processInfo.environment["RUBRICATE_ARGUMENT_DUMP"]
  static let plain = ProcessInfo.processInfo.environment["RUBRICATE_ARGUMENT_PLAIN"] == "1"

  @Test(.enabled(if: corpus != nil && output != nil))
  func dumpSentenceFeatures() throws {
    let directory = URL(fileURLWithPath: try #require(Self.corpus)).appendingPathComponent(
      "essays")
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
      .filter { $0.hasSuffix(".txt") }.sorted()
    var lines: [String] = []
    for name in names {
      let text = try String(
        contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
      let document = Document(name: name, text: text)
      var paragraphs: [Span] = []
      var start: Int?
      var seenTitle = Self.plain
      for offset in 0...document.scalars.count {
        let atEnd = offset == document.scalars.count
        if atEnd || document.scalars[offset] == "\n" {
          if let first = start, seenTitle {
            paragraphs += document.paragraphs(in: Span(first, offset))
          }
          seenTitle = true
          start = nil
        } else if start == nil {
          start = offset
        }
      }
      if Self.plain { paragraphs = document.paragraphs() }
      let analysis = TextAnalysis(document: document, paragraphs: paragraphs)
      let (_, _, features) = ArgumentAnalyzer.sentenceFeatures(
        document: document, title: nil, paragraphs: analysis.paragraphs,
        sentences: analysis.sentences, citations: [])
      for (sentence, feature) in zip(analysis.sentences, features) {
        let assessment = ArgumentModel.assess(feature)
        let record: [String: Any] = [
          "essay": String(name.dropLast(4)), "start": sentence.start, "end": sentence.end,
          "features": feature.named, "role": assessment.role.rawValue,
          "pClaim": assessment.claimProbability, "pEvidence": assessment.evidenceProbability,
        ]
        let data = try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])
        lines.append(String(decoding: data, as: UTF8.self))
      }
    }
    try (lines.joined(separator: "\n") + "\n").write(
      toFile: try #require(Self.output), atomically: true, encoding: .utf8)
  }
}
