/// Direct JSON for `analyze`'s `references` and `citations` (see ``JSONDirectEncodable``), in
/// key order. Through `Codable`, even an empty list cost tens of thousands of instructions (a
/// container, a type look-up, a conformance check). `JSONWriterTests` checks each against its
/// `Encodable` form.

extension ReferenceEntry: JSONDirectEncodable {
  func writeJSON(to sink: JSONSink) throws {
    try sink.writeObject { json in
      try json.write("authors", authors)
      json.write("container", container)
      json.write("doi", doi)
      json.write("end", end)
      json.write("etAl", etAl)
      json.write("issue", issue)
      json.write("number", number)
      json.write("pages", pages)
      json.write("problems", problems.map(\.rawValue))
      json.write("publisher", publisher)
      json.write("start", start)
      json.write("style", style.rawValue)
      json.write("text", text)
      json.write("title", title)
      json.write("url", url)
      json.write("volume", volume)
      json.write("year", year)
    }
  }
}

extension ReferenceAuthor: JSONDirectEncodable {
  func writeJSON(to sink: JSONSink) throws {
    sink.writeObject { json in
      json.write("family", family)
      json.write("given", given)
    }
  }
}

extension InTextCitation: JSONDirectEncodable {
  func writeJSON(to sink: JSONSink) throws {
    sink.writeObject { json in
      json.write("candidates", candidates)
      json.write("end", end)
      json.write("kind", kind.rawValue)
      json.write("locator", locator)
      json.write("names", names)
      json.write("numbers", numbers)
      json.write("reference", reference)
      json.write("start", start)
      json.write("text", text)
      json.write("url", url)
      json.write("year", year)
    }
  }
}
