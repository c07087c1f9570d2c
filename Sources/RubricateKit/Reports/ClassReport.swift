/// `class-report.html`: how a class did on one page. Score distributions per rubric and per
/// criterion as inline SVG charts, the criteria most often at their lowest level, the most
/// frequent findings, a table of submissions in three pre-sorted views (switched by anchor
/// links and CSS `:target`, no script), and the comment network.
///
/// Output is deterministic: every list is sorted, nothing depends on time or hashing order.
public enum ClassReport {
  /// Renders the class report.
  /// - Parameters:
  ///   - results: every scored submission of the class, posts and comments, in any order.
  ///   - title: the page heading (the assignment, usually).
  ///   - reportLinks: submission id → relative path of its own report, to link the table to.
  ///   - rubrics: the rubrics used; with them every level is charted, reached or not (without,
  ///     only the levels some submission reached).
  ///   - grades: the class stage's placement; with it the charts and tables count graded
  ///     submissions only, and the page lists every student (late, missing, their grade),
  ///     names not matched, overrides, superseded versions and author replies.
  ///   - revisions: the comparison with the drafts (`grade --previous`), when there is one.
  ///   - unreadable: the files the run could not read, listed first with what else needs the
  ///     teacher's attention (with `grades`).
  public static func render(
    results: [SubmissionResult], title: String, reportLinks: [String: String] = [:],
    rubrics: [Rubric] = [], grades: ClassGrades? = nil, revisions: RevisionBatch? = nil,
    unreadable: [ClassAttention.UnreadableFile] = []
  ) -> String {
    let counted = grades.map { $0.graded.map(\.result) } ?? results
    // Sorting indices by precomputed keys moves no results (they are large values).
    let keys = counted.map(sortKey)
    let results = counted.indices.sorted { keys[$0] < keys[$1] }.map { counted[$0] }
    var html = HTMLStyle.pageStart(title: "\(title) — Rubricate class report")
    html += "<header>\n<h1>\(HTMLEscape.text(title))</h1>\n"
    html += overview(results, grades: grades)
    html += "<nav class=\"views\">"
    if grades != nil {
      html += "<a href=\"#attention\">Needs your attention</a><a href=\"#gradebook\">Gradebook</a>"
    }
    html += "<a href=\"#distribution\">Distribution</a>"
    html += "<a href=\"#missed\">Most often missed</a><a href=\"#findings\">Findings</a>"
    html += "<a href=\"#students\">Students</a><a href=\"#network\">Comment network</a>"
    if revisions != nil { html += "<a href=\"#revision\">Since the drafts</a>" }
    html += "</nav>\n"
    html += "</header>\n"
    if let grades {
      html += attentionSection(
        ClassAttention(grades, unreadable: unreadable), links: reportLinks)
      html += classSections(grades, links: reportLinks)
    }
    var byID: [String: Rubric] = [:]
    for rubric in rubrics { byID[rubric.id] = byID[rubric.id] ?? rubric }
    // The distribution charts and the most-missed table read the same tallies.
    let groups = byRubric(results).map { id, group in
      RubricGroup(results: group, criteria: criteria(of: group, rubric: byID[id]))
    }
    html += distribution(groups)
    if let revisions { html += revisionSection(revisions, results: results) }
    html += missed(groups)
    html += frequentFindings(results)
    html += studentTable(results, links: reportLinks)
    var names: [String: String] = [:]
    for entry in grades?.entries ?? [] where names[entry.result.submission.id] == nil {
      names[entry.result.submission.id] = grades?.students[entry.student].name
    }
    html += network(results, names: names)
    return html + HTMLStyle.pageEnd
  }

  /// Students by name, then kind (posts first), then submission id.
  static func sortKey(_ result: SubmissionResult) -> (String, String, Int, String) {
    let name = StudentLabel.name(result.submission)
    return (name.lowercased(), name, result.submission.kind == .post ? 0 : 1, result.submission.id)
  }

  static func overview(_ results: [SubmissionResult], grades: ClassGrades? = nil) -> String {
    let posts = results.filter { $0.submission.kind == .post }.count
    let students = grades?.students.count ?? Set(results.map(Gradebook.studentKey)).count
    let percentages = results.map(\.percentage).sorted()
    var facts: [(String, String)] = [
      (
        "Submissions",
        "\(results.count) (\(counted(posts, "post")), \(counted(results.count - posts, "comment")))"
      ),
      ("Students", "\(students)"),
    ]
    if let grades {
      facts.append(("Late", "\(grades.students.filter(\.late).count)"))
      facts.append(("Missing", "\(grades.students.filter(\.missing).count)"))
      facts.append(("Points Possible", MeasureValue.plain(grades.possible)))
      facts.append(("Assignment rule", HTMLEscape.text(grades.rule.summary)))
    }
    if !percentages.isEmpty {
      let mean = percentages.reduce(0, +) / Double(percentages.count)
      let middle = percentages.count / 2
      let median =
        percentages.count % 2 == 1
        ? percentages[middle] : (percentages[middle - 1] + percentages[middle]) / 2
      facts.append(("Mean score", "\(MeasureValue.decimal(mean))%"))
      facts.append(("Median score", "\(MeasureValue.decimal(median))%"))
    }
    var html = "<dl class=\"facts\">\n"
    for (term, value) in facts { html += "<dt>\(term)</dt><dd>\(value)</dd>\n" }
    return html + "</dl>\n"
  }

  /// `1 post`, `2 posts`.
  static func counted(_ count: Int, _ noun: String) -> String {
    Plural.count(count, noun)
  }

  /// One rubric's results and how each of its criteria came out over them.
  struct RubricGroup {
    var results: [SubmissionResult]
    var criteria: [CriterionTally]
  }

  /// Results grouped by rubric, rubrics in id order.
  static func byRubric(_ results: [SubmissionResult]) -> [(id: String, results: [SubmissionResult])]
  {
    var groups: [String: [SubmissionResult]] = [:]
    for result in results { groups[result.rubricID, default: []].append(result) }
    return groups.keys.sorted().map { ($0, groups[$0] ?? []) }
  }

  /// Ten bands of ten percentage points (the last includes 100).
  static func percentageBars(_ results: [SubmissionResult]) -> [SVGChart.Bar] {
    var counts = Array(repeating: 0, count: 10)
    for result in results { counts[min(9, max(0, Int(result.percentage / 10)))] += 1 }
    return counts.enumerated().map { index, count in
      SVGChart.Bar(label: "\(index * 10)", value: count, highlighted: index < 5)
    }
  }

  static func distribution(_ groups: [RubricGroup]) -> String {
    var html = "<section id=\"distribution\">\n<h2>Score distribution</h2>\n"
    if groups.isEmpty { return html + "<p class=\"muted\">No submissions.</p>\n</section>\n" }
    for rubricGroup in groups {
      let group = rubricGroup.results
      let rubricTitle = group.first?.rubricTitle ?? ""
      html += "<h3>\(HTMLEscape.text(rubricTitle)) (\(group.count))</h3>\n<div class=\"charts\">\n"
      html += "<figure><figcaption>Overall, percentage bands</figcaption>\n"
      let overall = percentageBars(group)
      html += SVGChart.bars(overall, title: "\(rubricTitle): overall percentage")
      html += SVGChart.summary(overall) + "</figure>\n"
      for criterion in rubricGroup.criteria {
        html += "<figure><figcaption>\(HTMLEscape.text(criterion.title))</figcaption>\n"
        let bars = criterion.levels.map {
          SVGChart.Bar(label: $0.name, value: $0.count, highlighted: $0.isLowest)
        }
        html += SVGChart.bars(bars, title: "\(rubricTitle): \(criterion.title) by level")
        html += SVGChart.summary(bars) + "</figure>\n"
      }
      html += "</div>\n"
    }
    return html + "</section>\n"
  }

  /// How one criterion of one rubric came out across the class.
  struct CriterionTally {
    var rubricTitle: String
    var id: String
    var title: String
    /// Levels in rubric order (level index), with how many submissions reached each.
    var levels: [(name: String, count: Int, isLowest: Bool)]
    var submissions: Int
    var lowest: Int
  }

  /// Criteria in the rubric's order (as the rubric, else the first result, lists them), levels
  /// by index; with the rubric, levels no submission reached are listed with a count of 0.
  static func criteria(of group: [SubmissionResult], rubric: Rubric? = nil) -> [CriterionTally] {
    // Tallies by slot, found by id once per criterion id (results list their criteria in the
    // same order, so the slot the previous result had at a place is tried first).
    typealias Level = (name: String, count: Int, isLowest: Bool)
    var order: [Int] = []
    var slotOf: [String: Int] = [:]
    var tallies: [CriterionTally] = []
    var levels: [[Int: Level]] = []
    let rubricTitle = group.first?.rubricTitle ?? rubric?.title ?? ""
    func slot(_ id: String, _ tally: @autoclosure () -> CriterionTally) -> Int {
      if let slot = slotOf[id] { return slot }
      slotOf[id] = tallies.count
      tallies.append(tally())
      levels.append([:])
      return tallies.count - 1
    }
    for criterion in rubric?.criteria ?? [] {
      let fresh = CriterionTally(
        rubricTitle: rubricTitle, id: criterion.id, title: criterion.title, levels: [],
        submissions: 0, lowest: 0)
      let index = slot(criterion.id, fresh)
      // An id the rubric lists twice: its later criterion's title, both in the order.
      tallies[index] = fresh
      order.append(index)
      let lowest = criterion.levels.map(\.points).min() ?? 0
      for (position, level) in criterion.levels.enumerated() {
        levels[index][position] = (
          level.name, 0, criterion.levels.count > 1 && level.points == lowest
        )
      }
    }
    var previous: [Int] = []
    for result in group {
      for (place, criterion) in result.criteria.enumerated() {
        let id = criterion.criterionID
        let index: Int
        if place < previous.count, tallies[previous[place]].id == id {
          index = previous[place]
        } else {
          let known = slotOf[id] != nil
          index = slot(
            id,
            CriterionTally(
              rubricTitle: result.rubricTitle, id: id, title: criterion.title, levels: [],
              submissions: 0, lowest: 0))
          if !known { order.append(index) }
          if place < previous.count { previous[place] = index } else { previous.append(index) }
        }
        tallies[index].submissions += 1
        if criterion.isLowestLevel { tallies[index].lowest += 1 }
        levels[index][criterion.levelIndex, default: (criterion.level, 0, criterion.isLowestLevel)]
          .count += 1
      }
    }
    return order.map { index in
      var tally = tallies[index]
      let known = levels[index]
      tally.levels = known.keys.sorted().compactMap { known[$0] }
      return tally
    }
  }
}
