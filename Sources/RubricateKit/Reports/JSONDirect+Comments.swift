/// Direct JSON for a comment's analysis (`analyze`'s `comment` object): written member by
/// member in key order instead of through `Codable`, which cost a comment more than its
/// analysis. `JSONWriterTests` checks each against its `Encodable` form.

extension CommentAnalysis: JSONDirectEncodable {
  func writeJSON(to sink: JSONSink) throws {
    try sink.writeObject { json in
      try json.write("actionability", actionability)
      json.write("constructiveMoves", constructiveMoves)
      json.write("genericPraise", genericPraise)
      json.write("localized", localized)
      try json.write("moveCounts", moveCounts)
      try json.write("moves", moves)
      json.write("overlap", overlap)
      try json.write("paraphrases", paraphrases)
      // Left out when nil, as the synthesized `encode(to:)` does.
      if let parentRelevance { json.write("parentRelevance", parentRelevance) }
      try json.write("partReferences", partReferences)
      try json.write("quotes", quotes)
      json.write("relevance", relevance)
      json.write("sharedTerms", sharedTerms)
      try json.write("specificity", specificity)
      try json.write("usefulness", usefulness)
    }
  }
}

extension CommentScore: JSONDirectEncodable {
  func writeJSON(to sink: JSONSink) throws {
    try sink.writeObject { json in
      try json.write("evidence", evidence)
      json.write("value", value)
    }
  }
}

extension CommentEvidence: JSONDirectEncodable {
  func writeJSON(to sink: JSONSink) throws {
    sink.writeObject { json in
      json.write("end", end)
      json.write("kind", kind)
      json.write("start", start)
      json.write("text", text)
    }
  }
}

extension CommentMove: JSONDirectEncodable {
  func writeJSON(to sink: JSONSink) throws {
    sink.writeObject { json in
      json.write("cue", cue)
      json.write("end", end)
      json.write("kind", kind.rawValue)
      json.write("start", start)
      json.write("text", text)
    }
  }
}

extension CommentMoveCounts: JSONDirectEncodable {
  func writeJSON(to sink: JSONSink) throws {
    sink.writeObject { json in
      json.write("counterpoint", counterpoint)
      json.write("evidence", evidence)
      json.write("mitigation", mitigation)
      json.write("praise", praise)
      json.write("problem", problem)
      json.write("question", question)
      json.write("suggestion", suggestion)
      json.write("summary", summary)
    }
  }
}

extension CommentQuote: JSONDirectEncodable {
  func writeJSON(to sink: JSONSink) throws {
    sink.writeObject { json in
      json.write("end", end)
      json.write("foundInParent", foundInParent)
      json.write("foundInPost", foundInPost)
      json.write("start", start)
      json.write("text", text)
    }
  }
}

extension CommentPassage: JSONDirectEncodable {
  func writeJSON(to sink: JSONSink) throws {
    sink.writeObject { json in
      json.write("end", end)
      json.write("start", start)
      json.write("text", text)
    }
  }
}
