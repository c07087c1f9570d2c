import Foundation

/// Reads a rubric file: syntax, keys and types, then meaning. A wrong rubric never grades.
public enum RubricLoader {
  /// Parses, checks and decodes a rubric. Throws a ``RubricError`` listing every issue.
  public static func load(text: String, file: String) throws(RubricError) -> Rubric {
    var parser = JSONParser(text: text)
    let root: JSONValue.Located
    do {
      root = try parser.parse()
    } catch {
      throw RubricError(issues: [
        RubricIssue(
          file: file, line: error.line, column: error.column, path: "",
          message: "malformed JSON: \(error.message)")
      ])
    }
    var issues: [RubricIssue] = []
    if let version = root.value["rubricVersion"], case .number(let number) = version.value,
      number > Double(Rubric.currentVersion), number <= Rubric.largestNumber
    {
      throw RubricError(issues: [
        RubricIssue(
          file: file, line: version.line, path: "rubricVersion",
          message:
            "version \(MeasureValue.decimal(number)) is newer than this build understands (\(Rubric.currentVersion)); update rubricate or write the rubric for version \(Rubric.currentVersion)"
        )
      ])
    }
    check(root, against: .rubric, path: "", file: file, issues: &issues)
    // An unknown or repeated key leaves every value readable; any other shape issue (a wrong
    // type, a number out of range) would only make the checks of meaning repeat it.
    let readable = issues.allSatisfy {
      $0.message.hasPrefix("unknown key") || $0.message.hasSuffix("appears twice")
    }
    guard readable else { throw RubricError(issues: issues) }
    let rubric: Rubric
    do {
      rubric = try JSONDecoder().decode(Rubric.self, from: Data(text.utf8))
    } catch {
      // A shape issue (a missing key, a wrong type) is why it cannot be read: list those.
      throw RubricError(
        issues: issues.isEmpty ? [decodingIssue(error, file: file, root: root)] : issues)
    }
    // The shape check's issues (an unknown key, a duplicate) do not stop the reading, so every
    // problem of the rubric is listed at once, not one round at a time.
    issues += RubricValidator.validate(rubric, file: file, root: root)
    guard issues.isEmpty else { throw RubricError(issues: issues) }
    return rubric
  }

  /// A decoding failure the shape check did not foresee, as a located issue (never the raw
  /// `DecodingError` text).
  static func decodingIssue(_ error: any Error, file: String, root: JSONValue.Located)
    -> RubricIssue
  {
    var codingPath: [any CodingKey] = []
    var reason = "a value has the wrong type"
    if let error = error as? DecodingError {
      switch error {
      case .typeMismatch(_, let context), .valueNotFound(_, let context),
        .keyNotFound(_, let context), .dataCorrupted(let context):
        codingPath = context.codingPath
        reason = context.debugDescription
      @unknown default:
        break
      }
    }
    let steps = codingPath.map { key in key.intValue.map(PathStep.index) ?? .key(key.stringValue) }
    let line = RubricValidator.locate(steps, in: root)?.line ?? root.line
    return RubricIssue(
      file: file, line: line, path: PathStep.render(steps), message: "cannot read: \(reason)")
  }

  static func check(
    _ located: JSONValue.Located, against shape: RubricShape, path: String, file: String,
    issues: inout [RubricIssue]
  ) {
    func fail(_ message: String, line: Int? = nil, at issuePath: String? = nil) {
      issues.append(
        RubricIssue(
          file: file, line: line ?? located.line, path: issuePath ?? path, message: message))
    }
    let value = located.value
    switch (shape, value) {
    case (.object(let fields), .object(let members)):
      var seen: Set<String> = []
      for member in members {
        let memberPath = path.isEmpty ? member.key : "\(path).\(member.key)"
        guard let field = fields.first(where: { $0.key == member.key }) else {
          let suggestion = Suggestion.phrase(for: member.key, in: fields.map(\.key))
          fail("unknown key '\(member.key)'\(suggestion)", line: member.keyLine)
          continue
        }
        if !seen.insert(member.key).inserted {
          fail("key '\(member.key)' appears twice", line: member.keyLine, at: memberPath)
          continue
        }
        check(member.value, against: field.shape, path: memberPath, file: file, issues: &issues)
      }
      for field in fields where field.required && !seen.contains(field.key) {
        fail("missing key '\(field.key)'")
      }
    case (.array(let element), .array(let elements)):
      for (index, item) in elements.enumerated() {
        check(item, against: element, path: "\(path)[\(index)]", file: file, issues: &issues)
      }
    case (.string, .string):
      break
    case (.number, .number(let number)), (.integer, .number(let number)):
      if !number.isFinite || abs(number) > Rubric.largestNumber {
        fail(
          "\(JSONWriter.format(number)) is out of range; numbers in a rubric lie between -\(MeasureValue.grouped(Int(Rubric.largestNumber))) and \(MeasureValue.grouped(Int(Rubric.largestNumber)))"
        )
      } else if case .integer = shape, number.rounded() != number {
        fail("expected a whole number, found \(JSONWriter.format(number))")
      }
    case (.oneOf(let allowed), .string(let text)):
      if !allowed.contains(text) {
        fail(
          "'\(text)' is not \(shape.expected)\(Suggestion.phrase(for: text, in: allowed))")
      }
    default:
      fail("expected \(shape.expected), found \(value.typeName)")
    }
  }
}
