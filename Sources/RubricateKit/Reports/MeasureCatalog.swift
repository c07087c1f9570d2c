/// The measure registry as documentation: `rubricate measures` prints this.
public enum MeasureCatalog {
  public struct Record: Encodable, Sendable {
    public var id: String
    public var description: String
    public var unit: String
    public var appliesTo: [String]
    public var computation: String
    public var examples: [ExampleRecord]
  }

  public struct ExampleRecord: Encodable, Sendable {
    public var text: String
    public var post: String?
    public var value: Double
  }

  public static func records() -> [Record] {
    MeasureRegistry.all.map { measure in
      Record(
        id: measure.id, description: measure.summary, unit: measure.unit.rawValue,
        appliesTo: measure.appliesTo.map(\.rawValue).sorted(),
        computation: measure.computation,
        examples: measure.examples.map {
          ExampleRecord(text: $0.text, post: $0.post, value: $0.value)
        })
    }
  }

  public static func text() -> String {
    var lines: [String] = []
    for measure in MeasureRegistry.all {
      let kinds = measure.appliesTo.map(\.rawValue).sorted().joined(separator: ", ")
      lines.append("\(measure.id)  [\(measure.unit.rawValue); \(kinds)]")
      lines.append("  \(measure.summary)")
      lines.append("  \(measure.computation)")
      if let example = measure.examples.first {
        lines += exampleLines(example.text, value: measure.format(example.value))
      }
      lines.append("")
    }
    return lines.joined(separator: "\n")
  }

  /// An example on one line when it is one (`e.g. “…” → 3`); an example with line breaks as
  /// an indented block under its value, its lines kept, since they are what a paragraph or
  /// layout measure counts.
  static func exampleLines(_ text: String, value: String) -> [String] {
    guard text.contains("\n") else { return ["  e.g. \(FeedbackItem.quote(text)) → \(value)"] }
    var block = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      line.allSatisfy(\.isWhitespace) ? "" : "      " + line
    }
    while block.last == "" { block.removeLast() }
    while block.first == "" { block.removeFirst() }
    return ["  e.g. → \(value) for this text:"] + block
  }
}
