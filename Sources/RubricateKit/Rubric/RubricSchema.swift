/// The shape a rubric file must have: which keys each object may hold, which are required and
/// what type each value is. Checked before decoding so every mistake gets a line and a path.
indirect enum RubricShape: Sendable {
  case object([RubricField])
  case array(RubricShape)
  case string
  case number
  case integer
  case oneOf([String])

  static let condition = RubricShape.object([
    RubricField("min", .number), RubricField("max", .number),
  ])

  static let level = RubricShape.object([
    RubricField("name", .string, required: true),
    RubricField("points", .number, required: true),
    RubricField("when", condition),
    RubricField("feedback", .string, required: true),
    RubricField("description", .string),
  ])

  static let criterion = RubricShape.object([
    RubricField("id", .string, required: true),
    RubricField("title", .string, required: true),
    RubricField("description", .string),
    RubricField("measure", .string, required: true),
    RubricField("weight", .number),
    RubricField("levels", .array(level), required: true),
    RubricField("model", model),
  ])

  static let model = RubricShape.object([
    RubricField("intercept", .number, required: true),
    RubricField(
      "terms",
      .array(
        .object([
          RubricField("measure", .string, required: true),
          RubricField("transform", .oneOf(["log"])),
          RubricField("center", .number, required: true),
          RubricField("spread", .number, required: true),
          RubricField("weight", .number, required: true),
        ])), required: true),
    RubricField(
      "scale",
      .object([
        RubricField("min", .number, required: true),
        RubricField("max", .number, required: true),
        RubricField("step", .number, required: true),
      ]), required: true),
  ])

  static let grading = RubricShape.object([
    RubricField("scale", .string, required: true),
    RubricField(
      "bands",
      .array(
        .object([
          RubricField("min", .number, required: true),
          RubricField("label", .string, required: true),
        ])), required: true),
  ])

  /// The whole file.
  static let rubric = RubricShape.object([
    RubricField("rubricVersion", .integer, required: true),
    RubricField("id", .string, required: true),
    RubricField("title", .string, required: true),
    RubricField("description", .string),
    RubricField("appliesTo", .oneOf(Submission.Kind.allCases.map(\.rawValue)), required: true),
    RubricField("criteria", .array(criterion), required: true),
    RubricField("grading", grading),
  ])

  var expected: String {
    switch self {
    case .object: return "an object"
    case .array: return "an array"
    case .string: return "a string"
    case .number: return "a number"
    case .integer: return "a whole number"
    case .oneOf(let values): return values.map { "'\($0)'" }.joined(separator: " or ")
    }
  }
}

/// One key an object may hold.
struct RubricField: Sendable {
  var key: String
  var shape: RubricShape
  var required: Bool

  init(_ key: String, _ shape: RubricShape, required: Bool = false) {
    self.key = key
    self.shape = shape
    self.required = required
  }
}
