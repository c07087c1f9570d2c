extension ClassReport {
  /// Criteria by how many submissions got their lowest level, most first.
  static func missed(_ groups: [RubricGroup]) -> String {
    let tallies = groups.flatMap(\.criteria).filter { $0.lowest > 0 }.sorted {
      ($1.lowest, $0.rubricTitle, $0.title, $0.id) < ($0.lowest, $1.rubricTitle, $1.title, $1.id)
    }
    var html = "<section id=\"missed\">\n<h2>Criteria most often missed</h2>\n"
    if tallies.isEmpty {
      return html
        + "<p class=\"muted\">No submission got a criterion's lowest level.</p>\n</section>\n"
    }
    html += "<table>\n<thead><tr><th scope=\"col\">Criterion</th><th scope=\"col\">Rubric</th>"
    html +=
      "<th scope=\"col\" class=\"num\">At lowest level</th><th scope=\"col\" class=\"num\">Of</th>"
    html += "<th scope=\"col\" class=\"num\">Share</th></tr></thead>\n<tbody>\n"
    for tally in tallies {
      let share = Double(tally.lowest) / Double(max(1, tally.submissions)) * 100
      html +=
        "<tr><td>\(HTMLEscape.text(tally.title))</td><td>\(HTMLEscape.text(tally.rubricTitle))</td>"
      html += "<td class=\"num\">\(tally.lowest)</td><td class=\"num\">\(tally.submissions)</td>"
      html += "<td class=\"num\">\(MeasureValue.decimal(share))%</td></tr>\n"
    }
    return html + "</tbody>\n</table>\n</section>\n"
  }

  /// A submission's problem findings as the class report counts them, one label an
  /// occurrence: the kind, and for a reference entry each of its problems by name.
  public static func findingLabels(_ result: SubmissionResult) -> [String] {
    findingLabels(result, findings: HTMLFinding.collect(result))
  }

  /// The labels from the submission's findings already collected (``HTMLFinding/collect(_:)``).
  static func findingLabels(_ result: SubmissionResult, findings: [HTMLFinding]) -> [String] {
    var entryProblems: [Span: [String]] = [:]
    for entry in result.analysis.summary.referenceProblems {
      entryProblems[entry.span, default: []] += entry.problems
    }
    var labels: [String] = []
    for finding in findings where finding.kind.isProblem {
      labels.append(finding.kind.label)
      if finding.kind == .referenceProblem {
        labels += (entryProblems[finding.span] ?? []).map {
          "Reference entries: " + (ReferenceProblem(rawValue: $0)?.label ?? $0)
        }
      }
    }
    return labels
  }

  /// Problem findings (and each reference problem by name) by how many submissions have them.
  static func frequentFindings(_ results: [SubmissionResult]) -> String {
    // Each label is looked up once per occurrence; a submission counts a label once (the
    // submission that counted it last is remembered by the label's slot).
    var slotOf: [String: Int] = [:]
    var found: [(label: String, total: Int, submissions: Int, lastSeen: Int)] = []
    for (number, result) in results.enumerated() {
      for label in result.retainedFindings ?? findingLabels(result) {
        let slot: Int
        if let known = slotOf[label] {
          slot = known
        } else {
          slot = found.count
          slotOf[label] = slot
          found.append((label, 0, 0, -1))
        }
        found[slot].total += 1
        if found[slot].lastSeen != number {
          found[slot].lastSeen = number
          found[slot].submissions += 1
        }
      }
    }
    found.sort {
      ($1.submissions, $1.total, $0.label) < ($0.submissions, $0.total, $1.label)
    }
    var html = "<section id=\"findings\">\n<h2>Most frequent findings</h2>\n"
    if found.isEmpty { return html + "<p class=\"muted\">No problems found.</p>\n</section>\n" }
    html +=
      "<table>\n<thead><tr><th scope=\"col\">Finding</th><th scope=\"col\" class=\"num\">Submissions</th>"
    html += "<th scope=\"col\" class=\"num\">Occurrences</th></tr></thead>\n<tbody>\n"
    for finding in found {
      html += "<tr><td>\(HTMLEscape.text(finding.label))</td>"
      html += "<td class=\"num\">\(finding.submissions)</td>"
      html += "<td class=\"num\">\(finding.total)</td></tr>\n"
    }
    return html + "</tbody>\n</table>\n</section>\n"
  }

  /// The table of submissions in three views; anchors pick one, CSS shows it.
  static func studentTable(_ results: [SubmissionResult], links: [String: String]) -> String {
    // `results` is in canonical order; ties keep it through the index. Views hold indices so
    // no result (a large value) is copied.
    let percentages = results.map(\.percentage)
    let byScore = results.indices.sorted {
      percentages[$0] != percentages[$1] ? percentages[$0] > percentages[$1] : $0 < $1
    }
    let byScoreAscending = results.indices.sorted {
      percentages[$0] != percentages[$1] ? percentages[$0] < percentages[$1] : $0 < $1
    }
    let views: [(id: String, label: String, rows: [Int])] = [
      ("by-name", "By name", Array(results.indices)),
      ("by-score", "By score, highest first", byScore),
      ("by-score-ascending", "By score, lowest first", byScoreAscending),
    ]
    // Each row is rendered once, as bytes, and placed in every view.
    var rowBytes = ReportBytes(capacity: results.count * 400)
    var rowEnds: [Int] = []
    rowEnds.reserveCapacity(results.count)
    for result in results {
      studentRow(result, links: links, into: &rowBytes)
      rowEnds.append(rowBytes.bytes.count)
    }
    var html = ReportBytes(capacity: rowBytes.bytes.count * views.count + 2_048)
    html.write("<section id=\"students\">\n<h2>Students</h2>\n<nav class=\"views\">Sort: ")
    for view in views { html.write("<a href=\"#\(view.id)\">\(view.label)</a>") }
    html.write("</nav>\n<div class=\"views\">\n")
    for view in views {
      html.write(
        "<div class=\"view\" id=\"\(view.id)\">\n<h3>\(view.label)</h3>\n<table>\n<thead><tr>")
      html.write(
        "<th scope=\"col\">Student</th><th scope=\"col\">User ID</th><th scope=\"col\">Kind</th><th scope=\"col\">Title</th><th scope=\"col\" class=\"num\">Points</th>"
      )
      html.write(
        "<th scope=\"col\" class=\"num\">%</th><th scope=\"col\">Grade</th><th scope=\"col\" class=\"num\">Lowest levels</th>"
      )
      html.write("</tr></thead>\n<tbody>\n")
      for index in view.rows {
        let start = index == 0 ? 0 : rowEnds[index - 1]
        html.bytes.append(contentsOf: rowBytes.bytes[start..<rowEnds[index]])
      }
      html.write("</tbody>\n</table>\n</div>\n")
    }
    html.write("</div>\n</section>\n")
    return html.string
  }

  /// One row of the table, written into `html`.
  static func studentRow(
    _ result: SubmissionResult, links: [String: String], into html: inout ReportBytes
  ) {
    let submission = result.submission
    html.write("<tr><td>")
    if let link = links[submission.id] {
      html.write("<a href=\"")
      html.writeHTML(HTMLEscape.relativeURL(link))
      html.write("\">")
      html.writeHTML(StudentLabel.name(submission))
      html.write("</a>")
    } else {
      html.writeHTML(StudentLabel.name(submission))
    }
    html.write("</td><td>")
    html.writeHTML(submission.student?.userId ?? "")
    html.write("</td><td>")
    html.write(submission.kind.rawValue)
    html.write("</td><td class=\"txt\">")
    html.writeHTML(submission.title ?? "")
    html.write("</td><td class=\"num\">")
    html.writeScore(result.points, of: result.maximumPoints)
    html.write("</td><td class=\"num\">")
    html.write(MeasureValue.decimal(result.percentage))
    html.write("</td><td>")
    html.writeHTML(result.grade ?? "")
    html.write("</td><td class=\"num\">")
    html.write(result.criteria.filter(\.isLowestLevel).count)
    html.write("</td></tr>\n")
  }

  /// Who commented on whose post, with each comment's score: a drawing and a table.
  /// `names`: submission id → the student's name as the class stage resolved it (else the
  /// report's label), so a post read from a file without its author still shows who wrote it.
  static func network(_ results: [SubmissionResult], names: [String: String] = [:]) -> String {
    func name(_ submission: Submission) -> String {
      names[submission.id] ?? StudentLabel.name(submission)
    }
    var posts: [String: SubmissionResult] = [:]
    for result in results where result.submission.kind == .post {
      posts[result.submission.id] = posts[result.submission.id] ?? result
    }
    let comments = results.filter { $0.submission.kind == .comment }
    var html = "<section id=\"network\">\n<h2>Comment network</h2>\n"
    if comments.isEmpty { return html + "<p class=\"muted\">No comments.</p>\n</section>\n" }
    let rows: [(from: String, to: String, post: String, result: SubmissionResult)] = comments.map {
      comment in
      let post = comment.submission.post.flatMap { posts[$0] }
      let target = post.map { name($0.submission) } ?? "(post not graded)"
      let postTitle = post?.submission.title ?? comment.submission.post ?? ""
      return (name(comment.submission), target, postTitle, comment)
    }
    .sorted {
      ($0.from.lowercased(), $0.to.lowercased(), $0.result.submission.id)
        < ($1.from.lowercased(), $1.to.lowercased(), $1.result.submission.id)
    }
    let edges = rows.map {
      SVGNetwork.Edge(from: $0.from, to: $0.to, percentage: $0.result.percentage)
    }
    if let drawing = SVGNetwork.render(edges) {
      html += "<figure><figcaption>Arrows point from the commenter to the post's author; "
      html += "labels give the comment's score.</figcaption>\n\(drawing)</figure>\n"
    }
    html +=
      "<table>\n<thead><tr><th scope=\"col\">Commenter</th><th scope=\"col\">On the post of</th><th scope=\"col\">Post</th>"
    html +=
      "<th scope=\"col\" class=\"num\">Points</th><th scope=\"col\" class=\"num\">%</th></tr></thead>\n<tbody>\n"
    for row in rows {
      html += "<tr><td>\(HTMLEscape.text(row.from))</td><td>\(HTMLEscape.text(row.to))</td>"
      html += "<td class=\"txt\">\(HTMLEscape.text(row.post))</td>"
      html +=
        "<td class=\"num\">\(HTMLReporter.points(row.result.points, row.result.maximumPoints))</td>"
      html += "<td class=\"num\">\(MeasureValue.decimal(row.result.percentage))</td></tr>\n"
    }
    return html + "</tbody>\n</table>\n</section>\n"
  }
}
