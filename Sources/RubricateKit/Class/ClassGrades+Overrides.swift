extension ClassGrades {
  /// Applies every override line; any line naming an unknown student, submission or
  /// criterion (for that student) throws, naming the line.
  mutating func apply(
    _ overrides: Overrides, rubrics: [Rubric], resolver: IdentityResolver, position: [Int]
  ) throws(ClassError) {
    try overrides.validate(rubrics: rubrics)
    for line in overrides.lines {
      func fail(_ message: String) -> ClassError {
        .override(file: overrides.file, line: line.line, message: message)
      }
      var matches = Set(students.indices.filter { students[$0].id == line.student })
      if matches.isEmpty { matches = Set(resolver.lookup(line.student).map { position[$0] }) }
      guard matches.count == 1, let student = matches.first else {
        if matches.isEmpty {
          throw fail("no student \"\(line.student)\" (write a name or ID as the roster has it)")
        }
        let names = matches.map { students[$0].name }.sorted().joined(separator: " or ")
        throw fail("\"\(line.student)\" could be \(names); write the student's ID")
      }
      let name = students[student].name
      let target: Int
      if let submission = line.submission {
        guard
          let index = entries.indices.first(where: {
            entries[$0].result.submission.id == submission && entries[$0].student == student
          })
        else { throw fail("\(name) has no submission \"\(submission)\"") }
        target = index
      } else {
        let candidates = entries.indices.filter {
          entries[$0].student == student && entries[$0].status == .graded
            && entries[$0].result.criteria.contains { $0.criterionID == line.criterion }
        }
        let posts = candidates.filter { entries[$0].result.submission.kind == .post }
        if let post = posts.first {
          target = post
        } else if candidates.count == 1, let only = candidates.first {
          target = only
        } else if candidates.isEmpty {
          throw fail("\(name) has no graded submission with criterion \"\(line.criterion)\"")
        } else {
          let ids = candidates.map { entries[$0].result.submission.id }.joined(separator: ", ")
          throw fail("\(name) has several comments; name the submission (one of \(ids))")
        }
      }
      let rubric = rubrics.first { $0.id == entries[target].result.rubricID }
      guard
        let applied = try Self.override(
          &entries[target].result, line: line, rubric: rubric, student: name, fail: fail)
      else {
        throw fail("\(entries[target].result.submission.id) has no criterion \"\(line.criterion)\"")
      }
      entries[target].overrides.append(applied)
      self.overrides.append(applied)
    }
  }

  /// Sets one criterion's level and points; the computed ones go into the returned record
  /// and into the criterion's feedback, so every report shows both.
  static func override(
    _ result: inout SubmissionResult, line: Overrides.Line, rubric: Rubric?, student: String,
    fail: (String) -> ClassError
  ) throws(ClassError) -> AppliedOverride? {
    guard let index = result.criteria.firstIndex(where: { $0.criterionID == line.criterion })
    else { return nil }
    var criterion = result.criteria[index]
    let definition = rubric?.criteria.first { $0.id == line.criterion }
    let weight = definition?.weight ?? 1
    var level = "Adjusted"
    var levelIndex = criterion.levelIndex
    let points: Double
    if let number = Double(line.value) {
      guard number >= 0, number <= criterion.maximumPoints else {
        throw fail(
          "\(line.value) points is outside 0–\(MeasureValue.plain(criterion.maximumPoints)) for \(line.criterion)"
        )
      }
      points = number
      if let found = definition?.levels.firstIndex(where: { $0.points * weight == number }) {
        levelIndex = found
        level = definition?.levels[found].name ?? level
      }
    } else {
      guard
        let definition,
        let found = definition.levels.firstIndex(where: {
          $0.name.lowercased() == line.value.lowercased()
        })
      else { throw fail("\"\(line.value)\" is not a level of \(line.criterion)") }
      levelIndex = found
      level = definition.levels[found].name
      points = definition.levels[found].points * weight
    }
    let applied = AppliedOverride(
      line: line.line, student: student, submissionID: result.submission.id,
      criterionID: criterion.criterionID, criterionTitle: criterion.title,
      computedLevel: criterion.level, computedPoints: criterion.points, level: level,
      points: points, maximumPoints: criterion.maximumPoints, reason: line.reason)
    let lowest = (definition?.levels.map(\.points).min() ?? 0) * weight
    criterion.level = level
    criterion.levelIndex = levelIndex
    criterion.points = points
    criterion.isLowestLevel = (definition?.levels.count ?? 0) > 1 && points == lowest
    criterion.feedback +=
      (criterion.feedback.isEmpty ? "" : " ") + "Adjusted by your teacher: \(applied.summary)."
    result.criteria[index] = criterion
    result.points = result.criteria.reduce(0) { $0 + $1.points }
    result.grade = rubric?.grading?.label(for: result.percentage) ?? result.grade
    return applied
  }
}
