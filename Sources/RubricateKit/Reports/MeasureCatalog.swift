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
        let text = FeedbackItem.quote(example.text)
        lines.append("  e.g. \(text) → \(measure.format(example.value))")
      }
      lines.append("")
    }
    return lines.joined(separator: "\n")
  }
}
