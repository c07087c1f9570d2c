/// Direct JSON for the records written once per sentence or claim (see ``JSONDirectEncodable``).
/// Members are listed in key order; `JSONWriterTests` checks each against its `Encodable` form.

extension SentenceRecord: JSONDirectEncodable {
  func writeJSON(to sink: JSONSink) throws {
    try sink.writeObject { json in
      // `confidence` is left out when nil, as the synthesized `encode(to:)` does.
      if let confidence { json.write("confidence", confidence) }
      json.write("end", end)
      try json.write("features", features)
      json.write("role", role)
      json.write("start", start)
      json.write("text", text)
    }
  }
}

extension FeatureWeight: JSONDirectEncodable {
  func writeJSON(to sink: JSONSink) throws {
    sink.writeObject { json in
      json.write("name", name)
      json.write("weight", weight)
    }
  }
}

extension Claim: JSONDirectEncodable {
  func writeJSON(to sink: JSONSink) throws {
    try sink.writeObject { json in
      json.write("boosters", boosters)
      json.write("confidence", confidence)
      json.write("end", end)
      try json.write("evidence", evidence)
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
  func writeJSON(to sink: JSONSink) throws {
    sink.writeObject { json in
      json.write("checkable", checkable)
      json.write("end", end)
      json.write("kind", kind.rawValue)
      json.write("start", start)
      json.write("text", text)
    }
  }
}

extension AnalysisRecord: JSONDirectEncodable {
  func writeJSON(to sink: JSONSink) throws {
    try sink.writeObject { json in
      json.write("schemaVersion", schemaVersion)
      json.write("source", source)
      try json.write("submissions", submissions)
    }
  }
}

extension SubmissionRecord: JSONDirectEncodable {
  func writeJSON(to sink: JSONSink) throws {
    let submission = analysis.submission
    try sink.writeObject { json in
      json.write("author", submission.author)
      try json.write("citations", analysis.citations.citations)
      try json.write("claims", analysis.argument.claims)
      try json.write("comment", analysis.comment)
      json.write("date", submission.date)
      json.write("dateText", submission.dateText)
      json.write("id", submission.id)
      json.write("kind", submission.kind.rawValue)
      try json.write("language", LanguageRecord(analysis.language))
      try json.write("links", linkRecords)
      json.write("parent", submission.parent)
      json.write("post", submission.post)
      try json.write("references", analysis.citations.references)
      try json.write("segments", segmentRecords)
      try json.write("sentences") { try writeSentences(to: $0) }
      try json.write("stats", StatsRecord(analysis))
      try json.encode("student", submission.student)
      json.write("title", submission.title)
    }
  }
}

extension SubmissionRecord {
  /// What `sentenceRecords` writes, written straight from the analysis: each text from the
  /// document, no records or Strings made first (building them was a fifth of writing the
  /// sentences).
  func writeSentences(to sink: JSONSink) throws {
    let roles = analysis.argument.roles
    let assessments = analysis.argument.sentences
    let document = analysis.document
    let scalars = document.scalars
    let spans = analysis.text.sentences
    try document.text.withUTF8Buffer { utf8 in
      // A text of one byte a scalar is ASCII: its spans are byte offsets too, and each text is
      // copied from the bytes, eight at a time, rather than encoded scalar by scalar.
      let ascii = utf8.count == scalars.count
      sink.append(0x5B)
      for index in spans.indices {
        if index > 0 { sink.append(0x2C) }
        let span = spans[index]
        // Clamped as `Document.text(of:)` clamps it.
        let lower = min(max(0, span.start), scalars.count)
        let upper = min(max(lower, span.end), scalars.count)
        let role = index < roles.count ? roles[index] : SentenceRole.other
        let assessment = index < assessments.count ? assessments[index] : nil
        try sink.writeObject { json in
          // `confidence` is left out when nil, as the synthesized `encode(to:)` does.
          if let assessment {
            json.write("confidence", (assessment.confidence * 1000).rounded() / 1000)
          }
          json.write("end", span.end)
          try json.write("features", assessment?.features ?? [])
          json.write("role", role.rawValue)
          json.write("start", span.start)
          if ascii {
            json.write("text", utf8: UnsafeBufferPointer(rebasing: utf8[lower..<upper]))
          } else {
            json.write("text", text: scalars[lower..<upper])
          }
        }
      }
      sink.append(0x5D)
    }
  }
}

extension SegmentRecord: JSONDirectEncodable {
  func writeJSON(to sink: JSONSink) throws {
    sink.writeObject { json in
      json.write("end", end)
      json.write("kind", kind)
      json.write("rule", rule)
      json.write("start", start)
    }
  }
}

extension LinkRecord: JSONDirectEncodable {
  func writeJSON(to sink: JSONSink) throws {
    sink.writeObject { json in
      json.write("end", end)
      json.write("start", start)
      json.write("url", url)
    }
  }
}

extension StatsRecord: JSONDirectEncodable {
  func writeJSON(to sink: JSONSink) throws {
    try sink.writeObject { json in
      json.write("boostersPer100Words", boostersPer100Words)
      json.write("citationsInText", citationsInText)
      json.write("claims", claims)
      json.write("claimsSupported", claimsSupported)
      json.write("hedgesPer100Words", hedgesPer100Words)
      json.write("letters", letters)
      json.write("mechanicsErrors", mechanicsErrors)
      json.write("paragraphs", paragraphs)
      json.write("quotedWords", quotedWords)
      try json.write("readability", readability)
      json.write("referencesUncited", referencesUncited)
      json.write("sentences", sentences)
      json.write("spellingErrors", spellingErrors)
      json.write("syllables", syllables)
      json.write("words", words)
    }
  }
}

extension ReadabilityScores: JSONDirectEncodable {
  func writeJSON(to sink: JSONSink) throws {
    sink.writeObject { json in
      json.write("automatedReadabilityIndex", automatedReadabilityIndex)
      json.write("colemanLiauIndex", colemanLiauIndex)
      json.write("fleschKincaidGrade", fleschKincaidGrade)
      json.write("fleschReadingEase", fleschReadingEase)
      json.write("gunningFog", gunningFog)
      json.write("smogIndex", smogIndex)
    }
  }
}

extension ResultRecord: JSONDirectEncodable {
  func writeJSON(to sink: JSONSink) throws {
    let submission = result.submission
    try sink.writeObject { json in
      try json.write("analysis", SubmissionRecord(result.analysis))
      json.write("author", submission.author)
      try json.write(
        "criteria", result.criteria.map { CriterionRecord($0, document: result.analysis.document) })
      json.write("date", submission.date)
      json.write("grade", result.grade)
      // Left out unless asked for, as `encodeIfPresent` does.
      if let gradedAt { json.write("gradedAt", gradedAt) }
      json.write("id", submission.id)
      json.write("kind", kind)
      json.write("maximumPoints", result.maximumPoints)
      try json.write("overrides", overrides.map(OverrideRecord.init))
      json.write("parent", submission.parent)
      json.write("percentage", result.percentage)
      json.write("points", result.points)
      json.write("post", submission.post)
      // Left out unless grading with --previous; `null` for a final with no draft.
      if let previous { try json.encode("previous", previous) }
      try json.encode("rubric", ["id": result.rubricID, "title": result.rubricTitle])
      json.write("schemaVersion", Self.currentSchemaVersion)
      json.write("source", source)
      try json.encode("student", submission.student)
      json.write("studentId", studentID)
      json.write("superseded", status == .superseded)
      json.write("supersededBy", supersededBy)
      json.write("title", submission.title)
    }
  }
}

extension OverrideRecord: JSONDirectEncodable {
  func writeJSON(to sink: JSONSink) throws {
    sink.writeObject { json in
      json.write("computedLevel", computedLevel)
      json.write("computedPoints", computedPoints)
      json.write("criterion", criterion)
      json.write("level", level)
      json.write("line", line)
      json.write("points", points)
      json.write("reason", reason)
    }
  }
}

extension CriterionRecord: JSONDirectEncodable {
  func writeJSON(to sink: JSONSink) throws {
    try sink.writeObject { json in
      try json.write("evidence", evidence)
      json.write("feedback", feedback)
      json.write("formattedValue", formattedValue)
      json.write("id", id)
      json.write("level", level)
      json.write("lowestLevel", lowestLevel)
      json.write("maximumPoints", maximumPoints)
      json.write("measure", measure)
      json.write("points", points)
      json.write("title", title)
      json.write("value", value)
    }
  }
}

extension EvidenceRecord: JSONDirectEncodable {
  func writeJSON(to sink: JSONSink) throws {
    sink.writeObject { json in
      json.write("column", column)
      json.write("end", end)
      json.write("line", line)
      json.write("start", start)
      json.write("text", text)
    }
  }
}
