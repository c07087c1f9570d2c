/// Reading snapshots back from an earlier run's `results.jsonl`.
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
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    where !line.allSatisfy(\.isWhitespace) {
      var parser = JSONParser(text: String(line))
      let value: JSONValue
      do {
        value = try parser.parse().value
      } catch {
        throw RecordError(line: index + 1, message: "not JSON: \(error.message)")
      }
      guard let recorded = Recorded(value) else {
        throw RecordError(
          line: index + 1,
          message:
            "not a result record (no id, kind, points or criteria); pass a results.jsonl that grade wrote"
        )
      }
      if recorded.snapshot.kind == .comment, let post = recorded.post {
        comments[post, default: []] += Self.feedback(fromRecord: value, id: recorded.snapshot.id)
      }
      records.append(recorded)
    }
    for index in records.indices where records[index].snapshot.kind == .post {
      records[index].snapshot.feedback = comments[records[index].snapshot.id] ?? []
    }
    return records
  }

  static func feedback(fromRecord value: JSONValue, id: String) -> [Feedback] {
    let analysis = value["analysis"]?.value
    guard let comment = analysis?["comment"]?.value else { return [] }
    let quotes =
      comment["quotes"]?.value.arrayValues.compactMap { quote -> String? in
        quote["foundInPost"]?.value.boolValue == true ? quote["text"]?.value.stringValue : nil
      } ?? []
    return (comment["moves"]?.value.arrayValues ?? []).compactMap { move in
      guard let kind = move["kind"]?.value.stringValue, kind == "suggestion" || kind == "question",
        let text = move["text"]?.value.stringValue
      else { return nil }
      return Feedback(
        commentID: id, author: analysis?["author"]?.value.stringValue, kind: kind, text: text,
        quotes: quotes)
    }
  }
}

extension RevisionSnapshot.Recorded {
  init?(_ value: JSONValue) {
    guard let id = value["id"]?.value.stringValue,
      let kind = value["kind"]?.value.stringValue.flatMap(Submission.Kind.init(rawValue:)),
      let points = value["points"]?.value.numberValue,
      let maximum = value["maximumPoints"]?.value.numberValue,
      let criteria = value["criteria"]?.value.arrayValues
    else { return nil }
    let analysis = value["analysis"]?.value
    let references = analysis?["references"]?.value.arrayValues ?? []
    let citations = analysis?["citations"]?.value.arrayValues ?? []
    var cited = Set<Int>()
    var unmatched: [String] = []
    for citation in citations {
      let reference = citation["reference"]?.value.numberValue.map(Int.init)
      let candidates = (citation["candidates"]?.value.arrayValues ?? []).compactMap {
        $0.numberValue.map(Int.init)
      }
      if let reference { cited.insert(reference) }
      cited.formUnion(candidates)
      let citationKind = citation["kind"]?.value.stringValue
      if !references.isEmpty, reference == nil, candidates.isEmpty,
        citationKind != "link", citationKind != "attribution"
      {
        unmatched.append(citation["text"]?.value.stringValue ?? "")
      }
    }
    let texts = references.map { $0["text"]?.value.stringValue ?? "" }
    let claims = (analysis?["claims"]?.value.arrayValues ?? []).map {
      RevisionSnapshot.ClaimFacts(
        sentence: $0["sentence"]?.value.numberValue.map(Int.init) ?? -1,
        text: $0["text"]?.value.stringValue ?? "", support: $0["support"]?.value.stringValue ?? "",
        overclaim: $0["overclaim"]?.value.boolValue ?? false)
    }
    let snapshot = RevisionSnapshot(
      id: id, kind: kind, title: value["title"]?.value.stringValue, points: points,
      maximumPoints: maximum, percentage: value["percentage"]?.value.numberValue ?? 0,
      criteria: criteria.map {
        RevisionSnapshot.Criterion(
          id: $0["id"]?.value.stringValue ?? "", title: $0["title"]?.value.stringValue ?? "",
          points: $0["points"]?.value.numberValue ?? 0,
          maximumPoints: $0["maximumPoints"]?.value.numberValue ?? 0,
          level: $0["level"]?.value.stringValue ?? "")
      },
      sentences: (analysis?["sentences"]?.value.arrayValues ?? []).map {
        $0["text"]?.value.stringValue ?? ""
      },
      findings: RevisionSnapshot.findings(
        claims: claims,
        uncited: texts.indices.filter { !cited.contains($0) }.map { texts[$0] },
        unmatched: unmatched,
        problems: references.filter { !($0["problems"]?.value.arrayValues ?? []).isEmpty }.map {
          $0["text"]?.value.stringValue ?? ""
        }),
      sources: texts
        + (analysis?["links"]?.value.arrayValues ?? []).compactMap { $0["url"]?.value.stringValue })
    let student = value["student"]?.value
    self.init(
      snapshot: snapshot, post: value["post"]?.value.stringValue,
      author: value["author"]?.value.stringValue,
      student: student?["name"]?.value.stringValue.map {
        Student(
          name: $0, userId: student?["userId"]?.value.stringValue,
          late: student?["late"]?.value.boolValue ?? false,
          fileId: student?["fileId"]?.value.stringValue)
      },
      source: value["source"]?.value.stringValue ?? "")
  }
}

extension JSONValue {
  var stringValue: String? { if case .string(let value) = self { value } else { nil } }
  var numberValue: Double? { if case .number(let value) = self { value } else { nil } }
  var boolValue: Bool? { if case .bool(let value) = self { value } else { nil } }
  var arrayValues: [JSONValue] {
    if case .array(let items) = self { items.map(\.value) } else { [] }
  }
}
