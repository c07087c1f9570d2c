extension Rubric {
  /// The rubric as a JSON file a teacher can edit: keys in the documented order, levels one
  /// per block, two-space indentation, a final newline.
  public func jsonText() -> String {
    var members: [(String, JSONValue)] = [
      ("rubricVersion", .number(Double(rubricVersion))), ("id", .string(id)),
      ("title", .string(title)),
    ]
    if let description { members.append(("description", .string(description))) }
    members.append(("appliesTo", .string(appliesTo.rawValue)))
    members.append(("criteria", .array(criteria.map { .init($0.jsonValue) })))
    if let grading {
      members.append(
        (
          "grading",
          .object([
            .init("scale", .string(grading.scale)),
            .init(
              "bands",
              .array(
                grading.bands.map {
                  .init(
                    .object([.init("min", .number($0.min)), .init("label", .string($0.label))]))
                })),
          ])
        ))
    }
    return JSONValue.object(members.map { .init($0.0, $0.1) }).rendered(indent: "") + "\n"
  }
}

extension Criterion {
  var jsonValue: JSONValue {
    var members: [JSONValue.Member] = [.init("id", .string(id)), .init("title", .string(title))]
    if let description { members.append(.init("description", .string(description))) }
    members.append(.init("measure", .string(measure)))
    if let weight { members.append(.init("weight", .number(weight))) }
    members.append(.init("levels", .array(levels.map { .init($0.jsonValue) })))
    if let model { members.append(.init("model", model.jsonValue)) }
    return .object(members)
  }
}

extension ScoreModel {
  var jsonValue: JSONValue {
    let terms: [JSONValue.Located] = terms.map { term in
      var members: [JSONValue.Member] = [.init("measure", .string(term.measure))]
      if let transform = term.transform {
        members.append(.init("transform", .string(transform.rawValue)))
      }
      members.append(.init("center", .number(term.center)))
      members.append(.init("spread", .number(term.spread)))
      members.append(.init("weight", .number(term.weight)))
      return .init(.object(members))
    }
    return .object([
      .init("intercept", .number(intercept)), .init("terms", .array(terms)),
      .init(
        "scale",
        .object([
          .init("min", .number(scale.min)), .init("max", .number(scale.max)),
          .init("step", .number(scale.step)),
        ])),
    ])
  }
}

extension Level {
  var jsonValue: JSONValue {
    var members: [JSONValue.Member] = [
      .init("name", .string(name)), .init("points", .number(points)),
    ]
    if let when {
      var bounds: [JSONValue.Member] = []
      if let min = when.min { bounds.append(.init("min", .number(min))) }
      if let max = when.max { bounds.append(.init("max", .number(max))) }
      members.append(.init("when", .object(bounds)))
    }
    members.append(.init("feedback", .string(feedback)))
    if let description { members.append(.init("description", .string(description))) }
    return .object(members)
  }
}

extension JSONValue.Located {
  init(_ value: JSONValue) { self.init(value: value, line: 0, column: 0) }
}

extension JSONValue.Member {
  init(_ key: String, _ value: JSONValue) {
    self.init(key: key, keyLine: 0, value: .init(value))
  }
}

extension JSONValue {
  /// Pretty JSON in member order; small objects of scalars stay on one line.
  func rendered(indent: String) -> String {
    switch self {
    case .null: return "null"
    case .bool(let flag): return flag ? "true" : "false"
    case .number(let number): return MeasureValue.plain(number)
    case .string(let text): return JSONValue.quoted(text)
    case .array(let items):
      if items.isEmpty { return "[]" }
      let inner = indent + "  "
      return "[\n" + items.map { inner + $0.value.rendered(indent: inner) }.joined(separator: ",\n")
        + "\n\(indent)]"
    case .object(let members):
      if members.isEmpty { return "{}" }
      let scalars = members.allSatisfy {
        if case .object = $0.value.value { return false }
        if case .array = $0.value.value { return false }
        return true
      }
      let oneLine =
        "{ "
        + members.map { "\(JSONValue.quoted($0.key)): \($0.value.value.rendered(indent: ""))" }
        .joined(separator: ", ") + " }"
      if scalars, oneLine.count + indent.count <= 100, members.count <= 3 { return oneLine }
      let inner = indent + "  "
      return "{\n"
        + members.map {
          "\(inner)\(JSONValue.quoted($0.key)): \($0.value.value.rendered(indent: inner))"
        }
        .joined(separator: ",\n") + "\n\(indent)}"
    }
  }

  /// The string as a JSON literal.
  static func quoted(_ text: String) -> String {
    var bytes: [UInt8] = []
    JSONWriter.appendQuoted(text, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }
}
