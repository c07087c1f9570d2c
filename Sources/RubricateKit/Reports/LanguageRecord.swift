/// `language` in `analyze` JSON: spelling and mechanics findings and the vocabulary profile.
struct LanguageRecord: Encodable {
  var spelling: [SpellingRecord]
  var mechanics: [MechanicsRecord]
  var vocabulary: VocabularyRecord

  init(_ language: LanguageAnalysis) {
    spelling = language.spelling.map(SpellingRecord.init)
    mechanics = language.mechanics.map {
      MechanicsRecord(
        start: $0.span.start, end: $0.span.end, text: $0.text, kind: $0.kind.rawValue,
        message: $0.message)
    }
    let profile = language.vocabulary
    vocabulary = VocabularyRecord(
      mattr: Self.rounded(profile.mattr), rareWordShare: Self.rounded(profile.rareWordShare),
      meanWordLength: Self.rounded(profile.meanWordLength),
      repeatedWords: profile.repeatedWords.map {
        RepeatedWordRecord(word: $0.word, count: $0.count)
      })
  }

  /// Four decimals: the precision a reader can use, and stable bytes across platforms.
  static func rounded(_ value: Double) -> Double { (value * 10000).rounded() / 10000 }
}

/// A misspelled word; also one line of `rubricate spell`.
public struct SpellingRecord: Encodable, Sendable {
  public var start: Int
  public var end: Int
  public var text: String
  public var suggestions: [String]

  public init(_ finding: SpellingFinding) {
    start = finding.span.start
    end = finding.span.end
    text = finding.text
    suggestions = finding.suggestions
  }
}

struct MechanicsRecord: Encodable {
  var start: Int
  var end: Int
  var text: String
  var kind: String
  var message: String
}

struct VocabularyRecord: Encodable {
  var mattr: Double
  var rareWordShare: Double
  var meanWordLength: Double
  var repeatedWords: [RepeatedWordRecord]
}

struct RepeatedWordRecord: Encodable {
  var word: String
  var count: Int
}

extension LanguageRecord: JSONDirectEncodable {
  func writeJSON(to sink: JSONSink) throws {
    try sink.writeObject { json in
      try json.write("mechanics", mechanics)
      try json.write("spelling", spelling)
      try json.write("vocabulary", vocabulary)
    }
  }
}

extension SpellingRecord: JSONDirectEncodable {
  func writeJSON(to sink: JSONSink) throws {
    sink.writeObject { json in
      json.write("end", end)
      json.write("start", start)
      json.write("suggestions", suggestions)
      json.write("text", text)
    }
  }
}

extension MechanicsRecord: JSONDirectEncodable {
  func writeJSON(to sink: JSONSink) throws {
    sink.writeObject { json in
      json.write("end", end)
      json.write("kind", kind)
      json.write("message", message)
      json.write("start", start)
      json.write("text", text)
    }
  }
}

extension VocabularyRecord: JSONDirectEncodable {
  func writeJSON(to sink: JSONSink) throws {
    try sink.writeObject { json in
      json.write("mattr", mattr)
      json.write("meanWordLength", meanWordLength)
      json.write("rareWordShare", rareWordShare)
      try json.write("repeatedWords", repeatedWords)
    }
  }
}

extension RepeatedWordRecord: JSONDirectEncodable {
  func writeJSON(to sink: JSONSink) throws {
    sink.writeObject { json in
      json.write("count", count)
      json.write("word", word)
    }
  }
}
