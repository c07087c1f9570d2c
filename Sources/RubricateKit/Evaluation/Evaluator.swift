/// Scores analysed submissions against a validated rubric.
public struct Evaluator: Sendable {
  public let rubric: Rubric

  public init(rubric: Rubric) {
    self.rubric = rubric
  }

  public func evaluate(_ analysis: SubmissionAnalysis) -> SubmissionResult {
    let results = rubric.criteria.map { evaluate($0, analysis) }
    // A calibrated rubric's total is its holistic score, on the teacher's scale.
    let counted = zip(rubric.criteria, results).filter { rubric.countsPoints($0.0) }.map(\.1)
    let points = counted.reduce(0) { $0 + $1.points }
    let maximum = counted.reduce(0) { $0 + $1.maximumPoints }
    var result = SubmissionResult(
      analysis: analysis, rubricID: rubric.id, rubricTitle: rubric.title, criteria: results,
      points: points, maximumPoints: maximum, grade: nil)
    result.grade = rubric.grading?.label(for: result.percentage)
    return result
  }

  func evaluate(_ criterion: Criterion, _ analysis: SubmissionAnalysis) -> CriterionResult {
    let measure = MeasureRegistry.measure(criterion.measure)
    var measured = measure?.evaluate(analysis) ?? MeasureValue(0)
    var explanation = ""
    if let model = criterion.model {
      let values = model.values(for: analysis)
      measured = MeasureValue(model.score(values))
      explanation = model.explanation(values)
    }
    let index =
      criterion.levels.firstIndex { $0.when?.holds(measured.value) ?? true }
      ?? criterion.levels.count - 1
    let level = criterion.levels[index]
    let weight = criterion.weight ?? 1
    let lowest = criterion.levels.map(\.points).min() ?? 0
    let formatted = measure?.format(measured.value) ?? MeasureValue.decimal(measured.value)
    let maximum = criterion.maximumPoints * weight
    let feedback = FeedbackTemplate.render(
      level.feedback,
      values: [
        "value": formatted, "criterion": criterion.title,
        "points": MeasureValue.decimal(level.points * weight),
        "max": MeasureValue.decimal(maximum), "level": level.name,
        "explanation": explanation,
      ], analysis: analysis)
    return CriterionResult(
      criterionID: criterion.id, title: criterion.title, measure: criterion.measure,
      value: measured.value, formattedValue: formatted, level: level.name, levelIndex: index,
      isLowestLevel: criterion.levels.count > 1 && level.points == lowest,
      points: level.points * weight, maximumPoints: maximum, feedback: feedback,
      evidence: measured.evidence)
  }
}
