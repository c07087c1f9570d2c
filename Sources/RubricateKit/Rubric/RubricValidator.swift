/// Checks what a well-formed rubric means: measures exist and apply, levels are reachable and
/// end in a fallback, ranges and points make sense, ids are unique, templates are known.
enum RubricValidator {
  static func validate(_ rubric: Rubric, file: String, root: JSONValue.Located) -> [RubricIssue] {
    var issues: [RubricIssue] = []
    func report(_ path: [PathStep], _ message: String) {
      issues.append(
        RubricIssue(
          file: file, line: locate(path, in: root)?.line, path: PathStep.render(path),
          message: message))
    }
    if rubric.rubricVersion < 1 {
      report([.key("rubricVersion")], "version must be 1 or more")
    }
    if rubric.criteria.isEmpty {
      report([.key("criteria")], "a rubric needs at least one criterion")
    }
    var firstIndexOfID: [String: Int] = [:]
    for (index, criterion) in rubric.criteria.enumerated() {
      let base: [PathStep] = [.key("criteria"), .index(index)]
      if criterion.id.trimmingCharacters(in: .whitespaces).isEmpty {
        report(
          base + [.key("id")], "the id is empty; give the criterion a short name like 'sources'")
      }
      if let first = firstIndexOfID[criterion.id] {
        report(base + [.key("id")], "duplicate id '\(criterion.id)' (also criteria[\(first)])")
      } else {
        firstIndexOfID[criterion.id] = index
      }
      if let weight = criterion.weight, weight <= 0 {
        report(
          base + [.key("weight")], "weight \(MeasureValue.decimal(weight)) must be more than 0")
      }
      if criterion.measure == ScoreModel.measureID || criterion.model != nil {
        validateModel(criterion, appliesTo: rubric.appliesTo, base: base, report: report)
      } else if let measure = MeasureRegistry.measure(criterion.measure) {
        if !measure.appliesTo.contains(rubric.appliesTo) {
          let kinds = measure.appliesTo.map { "\($0.rawValue)s" }.sorted().joined(
            separator: " and ")
          report(
            base + [.key("measure")],
            "'\(criterion.measure)' applies to \(kinds), but this rubric applies to \(rubric.appliesTo.rawValue)s"
          )
        }
      } else if criterion.measure.isEmpty {
        report(base + [.key("measure")], "no measure given; see 'rubricate measures' for the list")
      } else {
        report(
          base + [.key("measure")],
          "'\(criterion.measure)' is not a measure\(Suggestion.phrase(for: criterion.measure, in: MeasureRegistry.ids))"
        )
      }
      validateLevels(criterion, base: base, report: report)
    }
    if let grading = rubric.grading {
      for (index, band) in grading.bands.enumerated() where band.min < 0 || band.min > 100 {
        report(
          [.key("grading"), .key("bands"), .index(index), .key("min")],
          "\(MeasureValue.decimal(band.min)) is not a percentage from 0 to 100")
      }
    }
    return issues
  }

  /// A holistic criterion: `measure` is `model.score`, the model's measures exist and apply,
  /// its scale is a range with a positive step.
  private static func validateModel(
    _ criterion: Criterion, appliesTo: Submission.Kind, base: [PathStep],
    report: ([PathStep], String) -> Void
  ) {
    guard let model = criterion.model else {
      report(
        base + [.key("measure")],
        "'\(ScoreModel.measureID)' needs a 'model' (intercept, terms, scale); 'rubricate calibrate --write-rubric' writes one"
      )
      return
    }
    let path = base + [.key("model")]
    if criterion.measure != ScoreModel.measureID {
      report(
        base + [.key("measure")],
        "a criterion with a 'model' takes its value from it; set 'measure' to '\(ScoreModel.measureID)'"
      )
    }
    for (index, term) in model.terms.enumerated() {
      let termPath = path + [.key("terms"), .index(index)]
      if let measure = MeasureRegistry.measure(term.measure) {
        if !measure.appliesTo.contains(appliesTo) {
          report(
            termPath + [.key("measure")],
            "'\(term.measure)' does not apply to \(appliesTo.rawValue)s")
        }
      } else {
        report(
          termPath + [.key("measure")],
          "'\(term.measure)' is not a measure\(Suggestion.phrase(for: term.measure, in: MeasureRegistry.ids))"
        )
      }
      if term.spread < 0 {
        report(
          termPath + [.key("spread")],
          "spread \(MeasureValue.decimal(term.spread)) must be 0 or more")
      }
    }
    let scale = model.scale
    if scale.min > scale.max {
      report(
        path + [.key("scale")],
        "min \(MeasureValue.decimal(scale.min)) is greater than max \(MeasureValue.decimal(scale.max)); swap them"
      )
    }
    if scale.step <= 0 {
      report(path + [.key("scale"), .key("step")], "step must be more than 0")
    } else if (scale.max - scale.min) / scale.step > 10_000 {
      report(
        path + [.key("scale"), .key("step")],
        "the scale has more than 10,000 steps; use a larger step")
    }
  }

  private static func validateLevels(
    _ criterion: Criterion, base: [PathStep], report: ([PathStep], String) -> Void
  ) {
    let levels = criterion.levels
    guard !levels.isEmpty else {
      report(base + [.key("levels")], "a criterion needs at least one level")
      return
    }
    // Empty ranges (`"when": {}`, as a Canvas import leaves them) are one thing to fill in,
    // not a level-by-level "can never be reached".
    let empty = emptyRangeLevels(criterion)
    if let message = emptyRangesMessage(criterion) { report(base + [.key("levels")], message) }
    var covered: [(lower: Double, upper: Double)] = []
    for (index, level) in levels.enumerated() {
      let path = base + [.key("levels"), .index(index)]
      if level.points < 0 {
        report(
          path + [.key("points")],
          "\(MeasureValue.decimal(level.points)) is negative; points must be 0 or more")
      }
      let condition = level.when ?? Condition()
      if let min = condition.min, let max = condition.max, min > max {
        report(
          path + [.key("when")],
          "min \(MeasureValue.decimal(min)) is greater than max \(MeasureValue.decimal(max)); swap them"
        )
      } else if empty.contains(index) {
        // Reported once for the criterion above; an empty range covers nothing yet.
      } else if isCovered(condition.lower, condition.upper, by: covered) {
        let name = level.name
        let message =
          index > 0 && levels[..<index].contains { $0.when == nil }
          ? "level '\(name)' can never be reached: a level before it has no 'when' (only the last level may be the fallback)"
          : "level '\(name)' can never be reached: the levels before it already take every value it allows"
        report(path, message)
      }
      if !empty.contains(index) { covered.append((condition.lower, condition.upper)) }
      for placeholder in placeholders(in: level.feedback)
      where !FeedbackItem.plainPlaceholders.contains(placeholder)
        && FeedbackItem.item(placeholder) == nil
      {
        let known = FeedbackItem.plainPlaceholders + FeedbackItem.all.map(\.name)
        let suggestion = Suggestion.closest(to: placeholder, in: known).map {
          "; did you mean '{\($0)}'?"
        }
        report(
          path + [.key("feedback")], "unknown placeholder '{\(placeholder)}'\(suggestion ?? "")")
      }
    }
    if let last = levels.last, last.when != nil {
      report(
        base + [.key("levels")],
        "no fallback level: the last level, '\(last.name)', has a 'when'; remove it so every value gets a level"
      )
    }
  }

  /// The levels before the last whose `when` is there but empty (`{}`: neither min nor max).
  static func emptyRangeLevels(_ criterion: Criterion) -> [Int] {
    criterion.levels.indices.dropLast().filter { index in
      criterion.levels[index].when.map { $0.min == nil && $0.max == nil } ?? false
    }
  }

  /// "Fill in the ranges" for a criterion with empty `when` ranges, naming its levels.
  static func emptyRangesMessage(_ criterion: Criterion) -> String? {
    let empty = emptyRangeLevels(criterion)
    guard !empty.isEmpty else { return nil }
    let names = empty.map { "'\(criterion.levels[$0].name)'" }.joined(separator: ", ")
    let fallback =
      criterion.levels.last.map { " ('\($0.name)', the last level, stays the fallback)" } ?? ""
    return
      "fill in the ranges for criterion '\(criterion.id)': give "
      + (empty.count == 1 ? "level \(names)" : "levels \(names)")
      + " a \"when\" with a min, a max or both, in the unit of its measure\(fallback)"
  }

  /// Whether the closed interval `[lower, upper]` lies inside the union of `intervals`.
  static func isCovered(
    _ lower: Double, _ upper: Double, by intervals: [(lower: Double, upper: Double)]
  ) -> Bool {
    var reach = lower
    var reached = false
    for interval in intervals.sorted(by: { $0.lower < $1.lower })
    where interval.lower <= reach && interval.upper >= reach {
      reach = interval.upper
      reached = true
      if reach >= upper { return true }
    }
    return reached && reach >= upper
  }

  /// The `{name}` placeholders of a template, in order.
  static func placeholders(in template: String) -> [String] {
    var result: [String] = []
    var current: String?
    for character in template {
      if character == "{" {
        current = ""
      } else if character == "}", let name = current {
        if !name.isEmpty { result.append(name) }
        current = nil
      } else if current != nil {
        current?.append(character)
      }
    }
    return result
  }

  static func locate(_ path: [PathStep], in root: JSONValue.Located) -> JSONValue.Located? {
    var node = root
    for step in path {
      switch (step, node.value) {
      case (.key(let key), .object):
        guard let next = node.value[key] else { return node }
        node = next
      case (.index(let index), .array(let elements)) where index < elements.count:
        node = elements[index]
      default:
        return node
      }
    }
    return node
  }
}

/// One step of a JSON path.
enum PathStep: Equatable {
  case key(String)
  case index(Int)

  static func render(_ steps: [PathStep]) -> String {
    var text = ""
    for step in steps {
      switch step {
      case .key(let key): text += text.isEmpty ? key : ".\(key)"
      case .index(let index): text += "[\(index)]"
      }
    }
    return text
  }
}
