/// One hand-graded submission as the calibration sees it: what the rubric gave it, its
/// measured values and the teacher's grades.
public struct GradedSubmission: Sendable, Equatable {
  /// The file name or student the grades row named.
  public var name: String
  /// Every measure's value, by measure id.
  public var values: [String: Double]
  /// The rubric's total and maximum.
  public var rubricPoints: Double
  public var rubricMaximum: Double
  /// Per criterion id: the points the rubric gave and the measured value.
  public var criterionPoints: [String: Double]
  public var criterionValues: [String: Double]
  /// The teacher's holistic score, when the grades have one.
  public var teacherScore: Double?
  /// The teacher's points per criterion id (level names already turned into points).
  public var teacherCriteria: [String: Double]

  public init(
    name: String, values: [String: Double], rubricPoints: Double, rubricMaximum: Double,
    criterionPoints: [String: Double], criterionValues: [String: Double],
    teacherScore: Double?, teacherCriteria: [String: Double]
  ) {
    self.name = name
    self.values = values
    self.rubricPoints = rubricPoints
    self.rubricMaximum = rubricMaximum
    self.criterionPoints = criterionPoints
    self.criterionValues = criterionValues
    self.teacherScore = teacherScore
    self.teacherCriteria = teacherCriteria
  }

  /// What the rubric gave, as a submission result would carry it.
  public init(
    name: String, result: SubmissionResult, values: [String: Double], teacherScore: Double?,
    teacherCriteria: [String: Double]
  ) {
    self.init(
      name: name, values: values, rubricPoints: result.points,
      rubricMaximum: result.maximumPoints,
      criterionPoints: Dictionary(
        result.criteria.map { ($0.criterionID, $0.points) }, uniquingKeysWith: { a, _ in a }),
      criterionValues: Dictionary(
        result.criteria.map { ($0.criterionID, $0.value) }, uniquingKeysWith: { a, _ in a }),
      teacherScore: teacherScore, teacherCriteria: teacherCriteria)
  }
}

/// The calibration stage: how far a rubric agrees with a teacher's own grades, cross-validated,
/// and the calibrated rubric that agrees better.
public enum Calibration {
  /// A suggested cut-point change must raise cross-validated QWK by this much.
  public static let minimumGain = 0.1
  /// A criterion or measure whose Spearman with the teacher is this low runs against them.
  public static let againstThreshold = -0.2

  public static func run(
    rubric: Rubric, graded: [GradedSubmission], fitter: ModelFitter
  ) -> CalibrationReport {
    var report = CalibrationReport(rubricID: rubric.id, graded: graded.count)
    let scored = graded.filter { $0.teacherScore != nil }
    let scores = scored.compactMap(\.teacherScore)
    let folds = Folds(count: scored.count)
    report.validation = folds.summary
    if !scores.isEmpty {
      let scale = ScoreModel.Scale(seen: scores)
      report.scale = scale
      // The rubric as it is, its percentage mapped onto the teacher's scale: nothing fitted.
      let mapped = scored.map { submission in
        scale.snap(
          scale.min
            + (submission.rubricMaximum > 0
              ? submission.rubricPoints / submission.rubricMaximum : 0) * (scale.max - scale.min))
      }
      report.rubricTotal = Agreement(teacher: scores, other: mapped, step: scale.step).rounded
      var predictions = Array(repeating: scale.min, count: scored.count)
      for split in folds.splits where !split.test.isEmpty && split.train.count >= 2 {
        let (model, _) = fitter.fit(
          values: split.train.map { scored[$0].values }, scores: split.train.map { scores[$0] },
          scale: scale)
        for index in split.test { predictions[index] = model.score(scored[index].values) }
      }
      let agreement = Agreement(teacher: scores, other: predictions, step: scale.step)
      report.model = agreement.rounded
      report.modelQWKError = round4(
        Statistics.jackknifeError(count: scores.count) { left in
          Agreement(
            teacher: scores.enumerated().filter { $0.offset != left }.map(\.element),
            other: predictions.enumerated().filter { $0.offset != left }.map(\.element),
            step: scale.step
          ).qwk
        })
      let fitted = fitter.fit(values: scored.map(\.values), scores: scores, scale: scale)
      report.fittedModel = fitted.model
      report.penalty = fitted.penalty
      report.points = scored.indices.map { index in
        CalibrationReport.Point(
          name: scored[index].name, teacher: scores[index], rubric: mapped[index],
          model: predictions[index])
      }
      // Every measure measured, not only the model's: the ranking is how a teacher finds
      // what follows their grades.
      let measured = Set(scored.flatMap(\.values.keys))
      let ranked =
        MeasureRegistry.all.map(\.id).filter { measured.contains($0) }
        + fitter.features.map(\.measure)
      report.measures = measureRanking(scored, scores: scores, ids: ranked)
    }
    report.criteria = rubric.criteria.map { criterion in
      criterionReport(criterion, graded: graded, scored: scored, scores: scores)
    }
    report.warnings = warnings(report)
    return report
  }

  /// The calibrated rubric: the suggested cut-points applied and, when the teacher gave
  /// holistic scores, a holistic criterion with the fitted model (which then gives the total).
  public static func calibratedRubric(_ rubric: Rubric, report: CalibrationReport) -> Rubric {
    var calibrated = rubric
    calibrated.id = rubric.id + "-calibrated"
    calibrated.title = rubric.title + " (calibrated)"
    for (index, criterion) in calibrated.criteria.enumerated() {
      guard let entry = report.criteria.first(where: { $0.id == criterion.id }),
        let suggestion = entry.suggestion, suggestion.suggested
      else { continue }
      calibrated.criteria[index] = CutPoints(side: suggestion.side, cuts: suggestion.cuts)
        .applied(to: criterion)
    }
    calibrated.criteria.removeAll { $0.model != nil }
    if let model = report.fittedModel {
      calibrated.criteria.append(holisticCriterion(model, graded: report.graded))
    }
    return calibrated
  }

  /// One level per score on the scale, highest first, each taking the model's scores from it up.
  static func holisticCriterion(_ model: ScoreModel, graded: Int) -> Criterion {
    let values = model.scale.values.reversed()
    let range =
      "\(MeasureValue.plain(model.scale.min))–\(MeasureValue.plain(model.scale.max))"
    let levels = values.enumerated().map { index, value in
      Level(
        name: MeasureValue.plain(value), points: value,
        when: index == values.count - 1 ? nil : Condition(min: value),
        feedback: "Score {value} on the teacher's \(range) scale. {explanation}")
    }
    return Criterion(
      id: "holistic", title: "Holistic score",
      description:
        "Fitted to the teacher's grades of \(graded) submissions; the total is this score.",
      measure: ScoreModel.measureID, levels: levels, model: model)
  }

  static func measureRanking(
    _ scored: [GradedSubmission], scores: [Double], ids: [String]
  ) -> [CalibrationReport.MeasureRank] {
    var seen: Set<String> = []
    let ranked = ids.filter { seen.insert($0).inserted }.map { id in
      let values = scored.map { $0.values[id] ?? 0 }
      return CalibrationReport.MeasureRank(
        measure: id, spearman: round4(Statistics.spearman(values, scores)),
        varies: Set(values).count > 1)
    }
    return ranked.sorted {
      abs($0.spearman) != abs($1.spearman)
        ? abs($0.spearman) > abs($1.spearman) : $0.measure < $1.measure
    }
  }

  static func criterionReport(
    _ criterion: Criterion, graded: [GradedSubmission], scored: [GradedSubmission],
    scores: [Double]
  ) -> CalibrationReport.CriterionEntry {
    var entry = CalibrationReport.CriterionEntry(id: criterion.id, title: criterion.title)
    let points = graded.map { $0.criterionPoints[criterion.id] ?? 0 }
    entry.varies = Set(points).count > 1
    if !scores.isEmpty {
      entry.spearmanWithScore = round4(
        Statistics.spearman(scored.map { $0.criterionPoints[criterion.id] ?? 0 }, scores))
    }
    let withTeacher = graded.filter { $0.teacherCriteria[criterion.id] != nil }
    guard !withTeacher.isEmpty else { return entry }
    let teacher = withTeacher.compactMap { $0.teacherCriteria[criterion.id] }
    let given = withTeacher.map { $0.criterionPoints[criterion.id] ?? 0 }
    let weight = criterion.weight ?? 1
    let levelPoints = criterion.levels.map { $0.points * weight }
    entry.agreement = Agreement(teacher: teacher, other: given, step: 0).rounded
    guard let current = CutPoints(criterion) else { return entry }
    let values = withTeacher.map { $0.criterionValues[criterion.id] ?? 0 }
    let folds = Folds(count: withTeacher.count)
    var predicted = given
    for split in folds.splits where !split.test.isEmpty && split.train.count >= 2 {
      let moved = current.fitted(
        values: split.train.map { values[$0] }, teacher: split.train.map { teacher[$0] },
        points: levelPoints)
      for index in split.test {
        predicted[index] = levelPoints[min(moved.level(values[index]), levelPoints.count - 1)]
      }
    }
    let crossValidated = Agreement(teacher: teacher, other: predicted, step: 0).qwk
    let all = current.fitted(values: values, teacher: teacher, points: levelPoints)
    let gain = crossValidated - (entry.agreement?.qwk ?? 0)
    entry.suggestion = CalibrationReport.Suggestion(
      side: all.side, current: current.cuts, cuts: all.cuts,
      currentQWK: entry.agreement?.qwk ?? 0, crossValidatedQWK: round4(crossValidated),
      suggested: gain >= minimumGain && all.cuts != current.cuts)
    return entry
  }

  static func warnings(_ report: CalibrationReport) -> [String] {
    var warnings: [String] = []
    for entry in report.criteria {
      if !entry.varies {
        warnings.append(
          "\(entry.id): gives every graded submission the same points; it cannot tell these submissions apart"
        )
      }
      if let rho = entry.agreement?.spearman, rho <= againstThreshold {
        warnings.append(
          "\(entry.id): runs against the teacher's levels (Spearman \(MeasureValue.plain(rho)))")
      } else if let rho = entry.spearmanWithScore, entry.varies, rho <= againstThreshold {
        warnings.append(
          "\(entry.id): runs against the teacher's scores (Spearman \(MeasureValue.plain(rho))); higher-scored submissions get fewer points here"
        )
      }
    }
    if report.graded < 30 {
      warnings.append(
        "only \(report.graded) graded submissions: the cross-validated figures are rough; grade more for a firmer estimate"
      )
    }
    return warnings
  }

  static func round4(_ value: Double) -> Double { (value * 10000).rounded() / 10000 }
}

extension Agreement {
  /// Shares and correlations to four decimals, as reports keep them.
  var rounded: Agreement {
    var copy = self
    copy.qwk = Calibration.round4(qwk)
    copy.exact = Calibration.round4(exact)
    copy.adjacent = Calibration.round4(adjacent)
    copy.spearman = Calibration.round4(spearman)
    return copy
  }
}

/// What `rubricate calibrate` found: agreement of the rubric and of the calibrated model with
/// the teacher (cross-validated), measures ranked, warnings and cut-point suggestions.
public struct CalibrationReport: Sendable, Equatable, Codable {
  public var rubricID: String
  public var graded: Int
  public var validation = ""
  public var scale: ScoreModel.Scale?
  /// The rubric's total mapped onto the teacher's scale, against the teacher's scores.
  public var rubricTotal: Agreement?
  /// The calibrated model's held-out scores against the teacher's.
  public var model: Agreement?
  /// The model's QWK's jackknife standard error.
  public var modelQWKError: Double?
  /// The model fitted to every graded submission: what `--write-rubric` writes.
  public var fittedModel: ScoreModel?
  /// Ridge penalty chosen (see ``Ridge/penalties``).
  public var penalty: Double?
  public var measures: [MeasureRank] = []
  public var criteria: [CriterionEntry] = []
  public var warnings: [String] = []
  public var points: [Point] = []

  public init(rubricID: String, graded: Int) {
    self.rubricID = rubricID
    self.graded = graded
  }

  public struct MeasureRank: Sendable, Equatable, Codable {
    public var measure: String
    public var spearman: Double
    public var varies: Bool
  }

  public struct CriterionEntry: Sendable, Equatable, Codable {
    public var id: String
    public var title: String
    /// Whether the rubric gave the graded submissions different points.
    public var varies = true
    /// Spearman of its points with the teacher's holistic scores.
    public var spearmanWithScore: Double?
    /// Against the teacher's own levels for it, when the grades have a column for it.
    public var agreement: Agreement?
    public var suggestion: Suggestion?

    public init(id: String, title: String) {
      self.id = id
      self.title = title
    }
  }

  public struct Suggestion: Sendable, Equatable, Codable {
    public var side: CutPoints.Side
    public var current: [Double]
    public var cuts: [Double]
    /// QWK of the rubric as it is (nothing fitted) and of cut-points fitted without each
    /// held-out submission.
    public var currentQWK: Double
    public var crossValidatedQWK: Double
    /// Whether the gain reaches ``Calibration/minimumGain`` (and `--write-rubric` applies it).
    public var suggested: Bool
  }

  /// One graded submission's scores: the teacher's, the rubric's on the scale, the model's
  /// held-out score.
  public struct Point: Sendable, Equatable, Codable {
    public var name: String
    public var teacher: Double
    public var rubric: Double
    public var model: Double
  }
}
