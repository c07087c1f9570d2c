import Foundation
import Testing

@testable import RubricateKit

/// Opt-in: writes every sentence of the argument-annotated essays with its features and the
/// shipped model's decision, one JSON object a line, for `bench/train_claims.py` (training and
/// cross-validation) and `bench/claims.py`.
///
/// Run: `RUBRICATE_ARGUMENT_CORPUS=<dir> RUBRICATE_ARGUMENT_DUMP=<file>
/// swift test --filter ArgumentCorpusDump`. Each essay file is read as it is, the way
/// `rubricate analyze --input-format text` reads it (``SourceReader``, then the analyzer's
/// own steps): one paragraph a line, the title line a paragraph of its own.
/// `RUBRICATE_ARGUMENT_FORMAT=auto` reads it as `rubricate analyze FILE` does (the title line
/// found as the title); `RUBRICATE_ARGUMENT_BLOCKS=1` makes paragraphs of blank-line blocks
/// only, the rule before paragraphs were decided by layout (for the "before" figure).
@Suite struct ArgumentCorpusDump {
  static let environment = ProcessInfo.processInfo.environment
  static let corpus = environment["RUBRICATE_ARGUMENT_CORPUS"]
  static let output = environment["RUBRICATE_ARGUMENT_DUMP"]
  static let format = InputFormat(rawValue: environment["RUBRICATE_ARGUMENT_FORMAT"] ?? "text")
  static let blocksOnly = environment["RUBRICATE_ARGUMENT_BLOCKS"] == "1"

  @Test(.enabled(if: corpus != nil && output != nil))
  func dumpSentenceFeatures() throws {
    let directory = URL(fileURLWithPath: try #require(Self.corpus)).appendingPathComponent(
      "essays")
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
      .filter { $0.hasSuffix(".txt") }.sorted()
    var lines: [String] = []
    for name in names {
      let bytes = try [UInt8](Data(contentsOf: directory.appendingPathComponent(name)))
      let submissions = try SourceReader.read(
        bytes: bytes, name: name, format: try #require(Self.format))
      for submission in submissions {
        let document = submission.document
        let body = Self.blocksOnly ? document.blocks() : submission.body
        lines += try Self.records(
          essay: String(name.dropLast(4)), layout: "file", document: document, body: body,
          title: submission.title, submission: submission)
        // The same essay with no line breaks (as ASAP's essays come): the body after the
        // title line as one paragraph, no title. Training reads both; scores are per layout.
        let afterTitle = Span(
          document.scalars.firstIndex(of: "\n") ?? document.scalars.count, document.scalars.count)
        let rest = document.blocks(in: afterTitle)
        if let first = rest.first, let last = rest.last {
          lines += try Self.records(
            essay: String(name.dropLast(4)), layout: "flat", document: document,
            body: [Span(first.start, last.end)],
            title: nil, submission: submission)
        }
      }
    }
    try (lines.joined(separator: "\n") + "\n").write(
      toFile: try #require(Self.output), atomically: true, encoding: .utf8)
  }

  /// One JSON line a sentence of `body`, read the way ``Analyzer`` reads a submission.
  static func records(
    essay: String, layout: String, document: Document, body: [Span], title: String?,
    submission: Submission
  ) throws -> [String] {
    let analysis = TextAnalysis(document: document, paragraphs: body)
    let entries = submission.spans(of: .reference)
    let citations = CitationAnalyzer.analyze(
      document: document, body: body,
      referenceEntries: entries.isEmpty && submission.kind == .post ? nil : entries,
      links: submission.links)
    let (_, _, features) = ArgumentAnalyzer.sentenceFeatures(
      document: document, title: title, paragraphs: analysis.paragraphs,
      sentences: analysis.sentences,
      citations: citations.citations.map { Span($0.start, $0.end) })
    var lines: [String] = []
    for (sentence, feature) in zip(analysis.sentences, features) {
      let assessment = ArgumentModel.assess(feature)
      let record: [String: Any] = [
        "essay": essay, "layout": layout, "start": sentence.start, "end": sentence.end,
        "features": feature.named, "role": assessment.role.rawValue,
        "pClaim": assessment.claimProbability, "pEvidence": assessment.evidenceProbability,
      ]
      let data = try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])
      lines.append(String(decoding: data, as: UTF8.self))
    }
    return lines
  }
}
