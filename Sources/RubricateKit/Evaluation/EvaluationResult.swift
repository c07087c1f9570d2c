/// One criterion's outcome: the measured value, the level it put the submission in, the points
/// and the feedback, with the spans that explain the value.
public struct CriterionResult: Sendable, Equatable {
  public var criterionID: String
  public var title: String
  public var measure: String
  public var value: Double
  /// The value as feedback writes it (`1,020`, `45%`).
  public var formattedValue: String
  public var level: String
  public var levelIndex: Int
  /// Whether this is the criterion's lowest-scoring level (`--strict` fails on it).
  public var isLowestLevel: Bool
  /// Points after the criterion's weight.
  public var points: Double
  public var maximumPoints: Double
  public var feedback: String
  /// The sentences, entries or citations behind the value.
  public var evidence: [Span]
}

/// A submission scored against one rubric.
public struct SubmissionResult: Sendable, Equatable {
  public var analysis: SubmissionAnalysis
  public var rubricID: String
  public var rubricTitle: String
  public var criteria: [CriterionResult]
  public var points: Double
  public var maximumPoints: Double
  /// `grading` band label for the percentage, when the rubric has bands.
  public var grade: String?
  /// For a ``retained`` result, whose analysis is gone: the class report's finding labels
  /// (``ClassReport/findingLabels(_:)``), taken while the analysis was there.
  public var retainedFindings: [String]? = nil
  /// For a ``retained`` comment: what the class report's attention list flags in it
  /// (``ClassAttention/commentFlags(_:)``), taken while the analysis was there.
  public var retainedCommentFlags: [String]? = nil

  /// 0–100, rounded to one decimal.
  public var percentage: Double {
    maximumPoints == 0 ? 0 : (points / maximumPoints * 1000).rounded() / 10
  }

  public var submission: Submission { analysis.submission }
}
