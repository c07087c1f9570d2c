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
///
/// The analysis is held in a box: a result is copied into class entries, retained records and
/// report contexts many times per submission, and copying the analysis inline retained each of
/// its dozens of arrays and strings every time (a third of all reference counting in `grade`).
public struct SubmissionResult: Sendable, Equatable {
  public var analysis: SubmissionAnalysis {
    get { box.analysis }
    set { box = AnalysisBox(newValue) }
  }
  private var box: AnalysisBox
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

  init(
    analysis: SubmissionAnalysis, rubricID: String, rubricTitle: String,
    criteria: [CriterionResult], points: Double, maximumPoints: Double, grade: String?,
    retainedFindings: [String]? = nil, retainedCommentFlags: [String]? = nil
  ) {
    self.box = AnalysisBox(analysis)
    self.rubricID = rubricID
    self.rubricTitle = rubricTitle
    self.criteria = criteria
    self.points = points
    self.maximumPoints = maximumPoints
    self.grade = grade
    self.retainedFindings = retainedFindings
    self.retainedCommentFlags = retainedCommentFlags
  }

  /// 0–100, rounded to one decimal.
  public var percentage: Double {
    maximumPoints == 0 ? 0 : (points / maximumPoints * 1000).rounded() / 10
  }

  public var submission: Submission { analysis.submission }
}

/// An analysis shared by every copy of a result; a new box replaces it when the analysis is set.
private final class AnalysisBox: Sendable, Equatable {
  let analysis: SubmissionAnalysis

  init(_ analysis: SubmissionAnalysis) { self.analysis = analysis }

  static func == (left: AnalysisBox, right: AnalysisBox) -> Bool {
    left === right || left.analysis == right.analysis
  }
}
