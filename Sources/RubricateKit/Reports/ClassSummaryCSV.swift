/// `class-summary.csv`: one row per submission with each criterion's points and level, then
/// the student's ID, the submission's status (`graded`, `superseded`, `reply`), `late` and
/// `missing` (`yes` on the row of a roster student who submitted nothing).
public enum ClassSummaryCSV {
  /// Criteria columns follow the rubrics in the order given (post rubric first).
  public static func render(_ results: [SubmissionResult], rubrics: [Rubric]) -> String {
    render(ClassGrades(results: results, rubrics: rubrics), rubrics: rubrics)
  }

  /// The summary of a class as the class stage placed it.
  public static func render(_ grades: ClassGrades, rubrics: [Rubric]) -> String {
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
    header += [
      "total", "maximum", "percentage", "grade", "student_id", "status", "late", "missing",
    ]
    var records = [header]
    for entry in grades.entries {
      let result = entry.result
      let submission = result.submission
      let student = grades.students[entry.student]
      var row = [
        student.name, StudentLabel.userID(submission),
        entry.status == .reply ? "reply" : submission.kind.rawValue,
        submission.id, submission.document.name, result.rubricID,
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
        student.id ?? "", entry.status.rawValue,
        submission.student?.late == true ? "yes" : "no", "no",
      ]
      records.append(row)
    }
    for student in grades.students where student.entries.isEmpty {
      var row = [student.name, "", "", "", "", ""]
      row += Array(repeating: "", count: columns.count * 2 + 4)
      row += [student.id ?? "", "missing", "no", "yes"]
      records.append(row)
    }
    return CSV.document(records)
  }
}
