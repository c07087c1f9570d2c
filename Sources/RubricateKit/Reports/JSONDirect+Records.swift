/// Direct JSON for the records written once per sentence or claim (see ``JSONDirectEncodable``).
/// Members are listed in key order; `JSONWriterTests` checks each against its `Encodable` form.

extension SentenceRecord: JSONDirectEncodable {
  func writeJSON(to sink: JSONSink) {
    sink.writeObject { json in
      // `confidence` is left out when nil, as the synthesized `encode(to:)` does.
      if let confidence { json.write("confidence", confidence) }
      json.write("end", end)
      json.write("features", features)
      json.write("role", role)
      json.write("start", start)
      json.write("text", text)
    }
  }
}

extension FeatureWeight: JSONDirectEncodable {
  func writeJSON(to sink: JSONSink) {
    sink.writeObject { json in
      json.write("name", name)
      json.write("weight", weight)
    }
  }
}

extension Claim: JSONDirectEncodable {
  func writeJSON(to sink: JSONSink) {
    sink.writeObject { json in
      json.write("boosters", boosters)
      json.write("confidence", confidence)
      json.write("end", end)
      json.write("evidence", evidence)
      json.write("features", features)
      json.write("overclaim", overclaim)
      json.write("sentence", sentence)
      json.write("start", start)
      json.write("support", support.rawValue)
      json.write("text", text)
      json.write("thesis", thesis)
    }
  }
}

extension ClaimEvidence: JSONDirectEncodable {
  func writeJSON(to sink: JSONSink) {
    sink.writeObject { json in
      json.write("end", end)
      json.write("kind", kind.rawValue)
      json.write("start", start)
      json.write("text", text)
    }
  }
}
