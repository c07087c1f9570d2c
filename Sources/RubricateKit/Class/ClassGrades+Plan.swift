extension ClassGrades {
  /// The class stage planned before anything is evaluated, so that each submission's reports
  /// can be written as soon as it is graded (`grade` on a large class keeps no analysis).
  ///
  /// Who a submission belongs to, replies and superseded versions depend on the submissions
  /// alone; which submission an override line names, and whether the line is valid, depend on
  /// the rubric's criteria, not on the scores. So the plan is ``build(results:rubrics:roster:rule:overrides:)``
  /// run on placeholder results that have every criterion of their rubric (at its last level,
  /// no value), built from ``Submission/retained`` submissions. Every override error is thrown
  /// here, before anything is graded. Totals and the overrides' computed levels in the plan
  /// mean nothing; ``entry(_:evaluated:rubrics:overrides:)`` gives an entry with its real
  /// scores.
  public static func plan(
    submissions: [Submission], rubrics: [Rubric], roster: Roster? = nil,
    rule: AssignmentRule = AssignmentRule(), overrides: Overrides? = nil
  ) throws(ClassError) -> ClassGrades {
    // Each rubric's placeholder criteria are the same for all its submissions: made once.
    let criteria = rubrics.map(placeholderCriteria)
    let placeholders = submissions.map { submission in
      let index = rubrics.firstIndex { $0.appliesTo == submission.kind }
      return placeholder(
        submission.retained, rubric: index.map { rubrics[$0] },
        criteria: index.map { criteria[$0] } ?? [])
    }
    return try build(
      results: placeholders, rubrics: rubrics, roster: roster, rule: rule, overrides: overrides)
  }

  /// A placeholder's criteria for `rubric`: every criterion at its last level, no value.
  static func placeholderCriteria(_ rubric: Rubric) -> [CriterionResult] {
    rubric.criteria.map { criterion in
      let weight = criterion.weight ?? 1
      return CriterionResult(
        criterionID: criterion.id, title: criterion.title, measure: criterion.measure, value: 0,
        formattedValue: "", level: criterion.levels.last?.name ?? "",
        levelIndex: max(0, criterion.levels.count - 1), isLowestLevel: false, points: 0,
        maximumPoints: criterion.maximumPoints * weight, feedback: "", evidence: [])
    }
  }

  /// A result with the rubric's criteria (the ids and maxima ``Evaluator`` gives, as
  /// ``placeholderCriteria(_:)`` makes them) and nothing measured.
  static func placeholder(
    _ submission: Submission, rubric: Rubric?, criteria: [CriterionResult]
  ) -> SubmissionResult {
    let empty = TextAnalysis(document: submission.document, paragraphs: [])
    return SubmissionResult(
      analysis: SubmissionAnalysis(
        submission: submission, text: empty, quotes: empty, citations: CitationAnalysis(),
        argument: ArgumentAnalysis(), comment: nil),
      rubricID: rubric?.id ?? "", rubricTitle: rubric?.title ?? "", criteria: criteria,
      points: 0, maximumPoints: criteria.reduce(0) { $0 + $1.maximumPoints }, grade: nil)
  }

  /// Entry `index` of a plan with its result as evaluated: an author's reply loses its scores
  /// (as in ``build(results:rubrics:roster:rule:overrides:)``), and the override lines the plan
  /// placed on it are applied to the real scores, in file order.
  public func entry(
    _ index: Int, evaluated result: SubmissionResult, rubrics: [Rubric], overrides: Overrides?
  ) -> Entry {
    var entry = entries[index]
    entry.result = result
    if entry.status == .reply { Self.dropScores(&entry.result) }
    let planned = entry.overrides
    entry.overrides = []
    let rubric = rubrics.first { $0.id == entry.result.rubricID }
    for applied in planned {
      guard let line = overrides?.lines.first(where: { $0.line == applied.line }) else { continue }
      // The plan checked the line against the same criteria and maxima: it cannot fail here.
      let done = try? Self.override(
        &entry.result, line: line, rubric: rubric, student: applied.student,
        fail: { ClassError.override(file: overrides?.file ?? "", line: line.line, message: $0) })
      if let done { entry.overrides.append(done) }
    }
    return entry
  }

  /// A reply is shown, not graded: the peer-comment rubric's scores are dropped.
  static func dropScores(_ result: inout SubmissionResult) {
    result.criteria = []
    result.points = 0
    result.maximumPoints = 0
    result.grade = nil
  }
}
