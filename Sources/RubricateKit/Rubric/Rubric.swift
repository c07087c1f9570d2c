/// A rubric: criteria that bind a measure to performance levels, points and feedback.
///
/// Decoded with `Codable` from a versioned JSON file, after ``RubricLoader`` has checked the
/// file's syntax, keys and types so every mistake can be reported with its line and path.
public struct Rubric: Sendable, Equatable, Codable {
  /// The newest `rubricVersion` this build understands.
  public static let currentVersion = 1
  /// The largest magnitude any number in a rubric may have (points, weights, `when` bounds,
  /// grading bands, the version). Far above any real rubric, far below where a total, a
  /// percentage or a formatted value could overflow an `Int`.
  public static let largestNumber: Double = 1_000_000_000

  public var rubricVersion: Int
  public var id: String
  public var title: String
  public var description: String?
  public var appliesTo: Submission.Kind
  public var criteria: [Criterion]
  public var grading: Grading?

  public init(
    rubricVersion: Int = Rubric.currentVersion, id: String, title: String,
    description: String? = nil, appliesTo: Submission.Kind, criteria: [Criterion],
    grading: Grading? = nil
  ) {
    self.rubricVersion = rubricVersion
    self.id = id
    self.title = title
    self.description = description
    self.appliesTo = appliesTo
    self.criteria = criteria
    self.grading = grading
  }

  /// The points a submission can reach (each criterion's best level, weighted; only the
  /// holistic criteria when there are any, see ``countedCriteria``).
  public var maximumPoints: Double {
    criteria.filter(countsPoints).reduce(0) { $0 + $1.maximumPoints * ($1.weight ?? 1) }
  }

  /// Whether a criterion's points go into the total: a calibrated rubric's holistic criteria
  /// (with a `model`) give the total on the teacher's scale, and its other criteria only
  /// their levels and feedback; in any other rubric every criterion counts.
  public func countsPoints(_ criterion: Criterion) -> Bool {
    criterion.model != nil || !criteria.contains { $0.model != nil }
  }
}

/// One criterion: what is measured and the levels it can reach.
public struct Criterion: Sendable, Equatable, Codable {
  public var id: String
  public var title: String
  public var description: String?
  /// A measure id from the registry (`rubricate measures`).
  public var measure: String
  /// Multiplies the points (default 1).
  public var weight: Double?
  /// Tried in order; the first whose `when` holds wins; the last has no `when`.
  public var levels: [Level]
  /// A holistic score computed from measures (a calibrated rubric); `measure` is then
  /// ``ScoreModel/measureID`` and the levels bucket the model's score.
  public var model: ScoreModel?

  public init(
    id: String, title: String, description: String? = nil, measure: String,
    weight: Double? = nil, levels: [Level], model: ScoreModel? = nil
  ) {
    self.id = id
    self.title = title
    self.description = description
    self.measure = measure
    self.weight = weight
    self.levels = levels
    self.model = model
  }

  public var maximumPoints: Double { levels.map(\.points).max() ?? 0 }
}

/// A performance level: its name, points, condition and feedback template.
public struct Level: Sendable, Equatable, Codable {
  public var name: String
  public var points: Double
  /// The condition on the measured value; `nil` makes this the fallback level.
  public var when: Condition?
  /// What the student reads; may use `{value}`, `{criterion}`, `{points}`, `{max}`,
  /// `{level}` and feedback items such as `{unsupportedClaims}`.
  public var feedback: String
  /// The level's description for an LMS rubric (Canvas's rating description).
  public var description: String?

  public init(
    name: String, points: Double, when: Condition? = nil, feedback: String,
    description: String? = nil
  ) {
    self.name = name
    self.points = points
    self.when = when
    self.feedback = feedback
    self.description = description
  }
}

/// An inclusive range on a measured value; a missing bound is open.
public struct Condition: Sendable, Equatable, Codable {
  public var min: Double?
  public var max: Double?

  public init(min: Double? = nil, max: Double? = nil) {
    self.min = min
    self.max = max
  }

  public func holds(_ value: Double) -> Bool {
    (min.map { value >= $0 } ?? true) && (max.map { value <= $0 } ?? true)
  }

  var lower: Double { min ?? -.infinity }
  var upper: Double { max ?? .infinity }
}

/// Turns a percentage into a letter or a scale step.
public struct Grading: Sendable, Equatable, Codable {
  /// A name for the scale (`letter`, `1-6`), shown in reports.
  public var scale: String
  /// Tried from the highest `min` down; the first whose `min` the percentage reaches wins.
  public var bands: [Band]

  public init(scale: String, bands: [Band]) {
    self.scale = scale
    self.bands = bands
  }

  public struct Band: Sendable, Equatable, Codable {
    public var min: Double
    public var label: String

    public init(min: Double, label: String) {
      self.min = min
      self.label = label
    }
  }

  /// The label for a percentage (0–100).
  public func label(for percentage: Double) -> String? {
    bands.sorted { $0.min > $1.min }.first { percentage >= $0.min }?.label
  }
}
