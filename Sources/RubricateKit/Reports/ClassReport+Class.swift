extension ClassReport {
  /// The class stage's sections: one row per student, then what a teacher must check.
  static func classSections(_ grades: ClassGrades, links: [String: String]) -> String {
    var html = "<section id=\"gradebook\">\n<h2>Gradebook</h2>\n<table>\n<thead><tr>"
    html +=
      "<th scope=\"col\">Student</th><th scope=\"col\">ID</th><th scope=\"col\" class=\"num\">Points</th><th scope=\"col\" class=\"num\">%</th>"
    html +=
      "<th scope=\"col\">Late</th><th scope=\"col\">Missing</th><th scope=\"col\">Submissions</th></tr></thead>\n<tbody>\n"
    for student in grades.students {
      let points =
        student.points.map {
          HTMLReporter.points($0, grades.possible)
        } ?? "— / \(MeasureValue.plain(grades.possible))"
      let percentage =
        student.points.map {
          MeasureValue.decimal(grades.possible == 0 ? 0 : $0 / grades.possible * 100)
        } ?? ""
      let submissions = student.entries.map { index -> String in
        let entry = grades.entries[index]
        let id = entry.result.submission.id
        var label = HTMLEscape.text(id)
        if let link = links[id] {
          label = "<a href=\"\(HTMLEscape.text(HTMLEscape.relativeURL(link)))\">\(label)</a>"
        }
        return entry.status == .graded ? label : "\(label) (\(entry.status.rawValue))"
      }
      html += "<tr><td>\(HTMLEscape.text(student.name))</td>"
      html += "<td>\(HTMLEscape.text(student.id ?? ""))</td>"
      html += "<td class=\"num\">\(points)</td><td class=\"num\">\(percentage)</td>"
      html += "<td>\(student.late ? "late" : "")</td><td>\(student.missing ? "missing" : "")</td>"
      html += "<td class=\"txt\">\(submissions.joined(separator: ", "))</td></tr>\n"
    }
    html += "</tbody>\n</table>\n</section>\n"
    html += listSection(
      id: "names", title: "Names not matched", empty: "Every submission matched one student.",
      items: grades.nameIssues.map(\.message))
    html += listSection(
      id: "overrides", title: "Teacher overrides", empty: "No overrides.",
      items: grades.overrides.map {
        "\($0.student), \($0.submissionID) (line \($0.line)): \($0.summary)"
      })
    let set = grades.entries.filter { $0.status != .graded }.map { entry in
      let submission = entry.result.submission
      let who = grades.students[entry.student].name
      return entry.status == .superseded
        ? "\(who): \(submission.id) superseded by \(entry.supersededBy ?? "a later version")"
        : "\(who): \(submission.id) is the author's reply on their own post (not graded)"
    }
    html += listSection(
      id: "set-aside", title: "Superseded versions and author replies",
      empty: "No resubmissions and no author replies.", items: set)
    return html
  }

  static func listSection(id: String, title: String, empty: String, items: [String]) -> String {
    var html = "<section id=\"\(id)\">\n<h2>\(title)</h2>\n"
    if items.isEmpty { return html + "<p class=\"muted\">\(empty)</p>\n</section>\n" }
    html += "<ul>\n"
    for item in items { html += "<li>\(HTMLEscape.text(item))</li>\n" }
    return html + "</ul>\n</section>\n"
  }
}

extension ClassReport {
  /// The first section: what a teacher should look at before reading the distributions.
  static func attentionSection(_ attention: ClassAttention, links: [String: String]) -> String {
    var html = "<section id=\"attention\" class=\"attention\">\n<h2>Needs your attention</h2>\n"
    if attention.isEmpty {
      return html
        + "<p>Nothing: every student submitted on time, every file was read, no criterion got "
        + "its lowest level, no comment was flagged and nothing was overridden.</p>\n</section>\n"
    }
    func submission(_ id: String) -> String {
      let label = HTMLEscape.text(id)
      guard let link = links[id] else { return label }
      return "<a href=\"\(HTMLEscape.text(HTMLEscape.relativeURL(link)))\">\(label)</a>"
    }
    func flagItem(_ flag: ClassAttention.Flag) -> String {
      var item = "\(HTMLEscape.text(flag.student)) (\(submission(flag.submissionID)))"
      if !flag.items.isEmpty {
        item += ": " + flag.items.map { HTMLEscape.text($0) }.joined(separator: ", ")
      }
      return item
    }
    let groups: [(title: String, empty: String, items: [String])] = [
      (
        "Missing", "Every student has a graded submission.",
        attention.missing.map { HTMLEscape.text($0) }
      ),
      ("Late", "No late submission.", attention.late.map(flagItem)),
      (
        "Files not read", "Every file given was read.",
        attention.unreadable.map { file in
          var item = "\(HTMLEscape.text(file.path)): \(HTMLEscape.text(file.reason))"
          if !file.detail.isEmpty { item += " (\(HTMLEscape.text(file.detail)))" }
          return item
        }
      ),
      (
        "At a criterion’s lowest level", "No criterion got its lowest level.",
        attention.lowestLevels.map(flagItem)
      ),
      ("Comments flagged", "No comment was flagged.", attention.comments.map(flagItem)),
      (
        "Teacher overrides", "No overrides.",
        attention.overrides.map {
          "\(HTMLEscape.text($0.student)) (\(submission($0.submissionID))): "
            + HTMLEscape.text($0.summary)
        }
      ),
    ]
    for group in groups {
      html += "<h3>\(group.title) (\(group.items.count))</h3>\n"
      if group.items.isEmpty {
        html += "<p class=\"muted\">\(group.empty)</p>\n"
        continue
      }
      html += "<ul>\n"
      for item in group.items { html += "<li>\(item)</li>\n" }
      html += "</ul>\n"
    }
    return html + "</section>\n"
  }
}
