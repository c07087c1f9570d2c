import Foundation

/// Reading snapshots back from an earlier run's `results.jsonl`.
///
/// Only the fields a comparison needs are decoded (with Foundation's `JSONDecoder`, which skips
/// the rest quickly: a class's results file is megabytes of sentences and features).
extension RevisionSnapshot {
  /// A snapshot read from one `results.jsonl` line, with who wrote it.
  public struct Recorded: Sendable, Equatable {
    public var snapshot: RevisionSnapshot
    /// The post a comment answers (its id), for gathering a post's feedback.
    public var post: String?
    public var author: String?
    public var student: Student?
    public var source: String
  }

  /// Why a `results.jsonl` line could not be read.
  public struct RecordError: Error, Equatable, Sendable, CustomStringConvertible {
    public var line: Int
    public var message: String
    public var description: String { "line \(line): \(message)" }
  }

  /// Every submission of a `results.jsonl` file; a post's snapshot gathers the suggestions and
  /// questions of the comments on it recorded in the same file.
  public static func records(fromResultsLines text: String) throws(RecordError) -> [Recorded] {
    var records: [Recorded] = []
    var comments: [String: [Feedback]] = [:]
    let decoder = JSONDecoder()
    let bytes = Array(text.utf8)
    var lineNumber = 0
    for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
      lineNumber += 1
      guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
      let record: ResultLine
      do {
        record = try decoder.decode(ResultLine.self, from: Data(line))
      } catch DecodingError.dataCorrupted {
        throw RecordError(line: lineNumber, message: "not JSON")
      } catch {
        throw RecordError(
          line: lineNumber,
          message:
            "not a result record (it needs id, kind, points, maximumPoints and criteria); pass the results.jsonl that grade wrote"
        )
      }
      let recorded = record.recorded
      if recorded.snapshot.kind == .comment, let post = recorded.post {
        comments[post, default: []] += record.feedback
      }
      records.append(recorded)
    }
    for index in records.indices where records[index].snapshot.kind == .post {
      records[index].snapshot.feedback = comments[records[index].snapshot.id] ?? []
    }
    return records
  }
}

/// The parts of a `results.jsonl` line a comparison reads.
private struct ResultLine: Decodable {
  struct Criterion: Decodable {
    var id: String
    var title: String?
    var points: Double
    var maximumPoints: Double
    var level: String
  }

  struct Analysis: Decodable {
    struct Text: Decodable { var text: String }
    struct Claim: Decodable {
      var sentence: Int
      var text: String
      var support: String
      var overclaim: Bool?
    }
    struct Reference: Decodable {
      var text: String
      var problems: [String]?
    }
    struct Citation: Decodable {
      var text: String
      var kind: String
      var reference: Int?
      var candidates: [Int]?
    }
    struct Link: Decodable { var url: String }
    struct Comment: Decodable {
      struct Quote: Decodable {
        var text: String
        var foundInPost: Bool
      }
      struct Move: Decodable {
        var kind: String
        var text: String
      }
      var quotes: [Quote]?
      var moves: [Move]?
    }

    struct Language: Decodable {
      struct Slip: Decodable {
        var kind: String
        var text: String
      }
      var spelling: [Text]?
      var mechanics: [Slip]?
    }

    var sentences: [Text]?
    var claims: [Claim]?
    var language: Language?
    var references: [Reference]?
    var citations: [Citation]?
    var links: [Link]?
    var comment: Comment?
  }

  var id: String
  var kind: Submission.Kind
  var title: String?
  var author: String?
  var post: String?
  var source: String?
  var student: Student?
  var points: Double
  var maximumPoints: Double
  var percentage: Double?
  var criteria: [Criterion]
  var analysis: Analysis?

  var recorded: RevisionSnapshot.Recorded {
    let references = analysis?.references ?? []
    var cited = Set<Int>()
    var unmatched: [String] = []
    for citation in analysis?.citations ?? [] {
      let candidates = citation.candidates ?? []
      if let reference = citation.reference { cited.insert(reference) }
      cited.formUnion(candidates)
      // As ``CitationAnalysis/unmatchedCitations`` decides.
      if !references.isEmpty, citation.reference == nil, candidates.isEmpty,
        citation.kind != "link", citation.kind != "attribution"
      {
        unmatched.append(citation.text)
      }
    }
    let snapshot = RevisionSnapshot(
      id: id, kind: kind, title: title, points: points, maximumPoints: maximumPoints,
      percentage: percentage ?? 0,
      criteria: criteria.map {
        RevisionSnapshot.Criterion(
          id: $0.id, title: $0.title ?? $0.id, points: $0.points, maximumPoints: $0.maximumPoints,
          level: $0.level)
      },
      sentences: (analysis?.sentences ?? []).map(\.text),
      findings: RevisionSnapshot.findings(
        claims: (analysis?.claims ?? []).map {
          RevisionSnapshot.ClaimFacts(
            sentence: $0.sentence, text: $0.text, support: $0.support,
            overclaim: $0.overclaim ?? false)
        },
        uncited: references.indices.filter { !cited.contains($0) }.map { references[$0].text },
        unmatched: unmatched,
        problems: references.filter { !($0.problems ?? []).isEmpty }.map(\.text),
        misspellings: (analysis?.language?.spelling ?? []).map(\.text),
        mechanics: (analysis?.language?.mechanics ?? []).map { ($0.kind, $0.text) }),
      sources: references.map(\.text) + (analysis?.links ?? []).map(\.url))
    return RevisionSnapshot.Recorded(
      snapshot: snapshot, post: post, author: author, student: student, source: source ?? "")
  }

  var feedback: [RevisionSnapshot.Feedback] {
    guard let comment = analysis?.comment else { return [] }
    let quotes = (comment.quotes ?? []).filter(\.foundInPost).map(\.text)
    return (comment.moves ?? []).compactMap { move in
      guard move.kind == "suggestion" || move.kind == "question" else { return nil }
      return RevisionSnapshot.Feedback(
        commentID: id, author: author, kind: move.kind, text: move.text, quotes: quotes)
    }
  }
}
