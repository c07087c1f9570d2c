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
    return .object(members)
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

  /// The string as a JSON literal. Text without quotes, backslashes or control characters
  /// (nearly all of it) is copied whole; only the rest is escaped byte by byte.
  static func quoted(_ text: String) -> String {
    let utf8 = text.utf8
    let clean = utf8.withContiguousStorageIfAvailable { bytes in
      !bytes.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
    }
    if clean ?? !utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
      return "\"" + text + "\""
    }
    var bytes: [UInt8] = [0x22]
    bytes.reserveCapacity(utf8.count + 16)
    let hex: [UInt8] = Array("0123456789abcdef".utf8)
    for byte in utf8 {
      switch byte {
      case 0x22: bytes += [0x5C, 0x22]
      case 0x5C: bytes += [0x5C, 0x5C]
      case 0x0A: bytes += [0x5C, 0x6E]
      case 0x0D: bytes += [0x5C, 0x72]
      case 0x09: bytes += [0x5C, 0x74]
      case ..<0x20: bytes += [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
      default: bytes.append(byte)
      }
    }
    bytes.append(0x22)
    return String(decoding: bytes, as: UTF8.self)
  }
}
