/// `class-summary.csv`: one row per submission with each criterion's points and level.
public enum ClassSummaryCSV {
  /// Criteria columns follow the rubrics in the order given (post rubric first).
  public static func render(_ results: [SubmissionResult], rubrics: [Rubric]) -> String {
    var header = ["student", "user_id", "kind", "submission", "source", "rubric"]
    var columns: [(rubric: String, criterion: String)] = []
    let allIDs = rubrics.flatMap { $0.criteria.map(\.id) }
    for rubric in rubrics {
      for criterion in rubric.criteria {
        columns.append((rubric.id, criterion.id))
        // A criterion id two rubrics share is prefixed with its rubric's id to stay unique.
        let name =
          allIDs.filter { $0 == criterion.id }.count > 1
          ? "\(rubric.id)_\(criterion.id)" : criterion.id
        header += ["\(name)_points", "\(name)_level"]
      }
    }
    header += ["total", "maximum", "percentage", "grade"]
    var records = [header]
    for result in results {
      let submission = result.submission
      var row = [
        StudentLabel.name(submission), StudentLabel.userID(submission),
        submission.kind.rawValue, submission.id, submission.document.name, result.rubricID,
      ]
      for column in columns {
        if column.rubric == result.rubricID,
          let criterion = result.criteria.first(where: { $0.criterionID == column.criterion })
        {
          row += [MeasureValue.plain(criterion.points), criterion.level]
        } else {
          row += ["", ""]
        }
      }
      row += [
        MeasureValue.plain(result.points), MeasureValue.plain(result.maximumPoints),
        MeasureValue.plain(result.percentage), result.grade ?? "",
      ]
      records.append(row)
    }
    return CSV.document(records)
  }
}
