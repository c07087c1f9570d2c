extension ClassReport {
  /// The class stage's sections: one row per student, then what a teacher must check.
  static func classSections(_ grades: ClassGrades, links: [String: String]) -> String {
    var html = "<section id=\"gradebook\">\n<h2>Gradebook</h2>\n<table>\n<thead><tr>"
    html +=
      "<th scope=\"col\">Student</th><th scope=\"col\">ID</th><th scope=\"col\" class=\"num\">Points</th><th scope=\"col\" class=\"num\">%</th>"
    html +=
      "<th scope=\"col\">Late</th><th scope=\"col\">Missing</th><th scope=\"col\">Submissions</th></tr></thead>\n<tbody>\n"
    // Written as bytes: a row a student, 2,000 rows for a large class.
    var rows = ReportBytes(capacity: grades.students.count * 256)
    for student in grades.students {
      rows.write("<tr><td>")
      rows.writeHTML(student.name)
      rows.write("</td><td>")
      rows.writeHTML(student.id ?? "")
      rows.write("</td><td class=\"num\">")
      if let points = student.points {
        rows.writeScore(points, of: grades.possible)
      } else {
        rows.write("— / ")
        rows.write(MeasureValue.plain(grades.possible))
      }
      rows.write("</td><td class=\"num\">")
      if let points = student.points {
        rows.write(MeasureValue.decimal(grades.possible == 0 ? 0 : points / grades.possible * 100))
      }
      rows.write("</td><td>")
      rows.write(student.late ? "late" : "")
      rows.write("</td><td>")
      rows.write(student.missing ? "missing" : "")
      rows.write("</td><td class=\"txt\">")
      for (number, index) in student.entries.enumerated() {
        if number > 0 { rows.write(", ") }
        let id = grades.entries[index].result.submission.id
        writeSubmissionLink(id, links: links, into: &rows)
        let status = grades.entries[index].status
        if status != .graded {
          rows.write(" (")
          rows.write(status.rawValue)
          rows.write(")")
        }
      }
      rows.write("</td></tr>\n")
    }
    html += rows.string
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

  /// A submission id, escaped, as a link to its report when it has one.
  static func writeSubmissionLink(
    _ id: String, links: [String: String], into html: inout ReportBytes
  ) {
    guard let link = links[id] else { return html.writeHTML(id) }
    html.write("<a href=\"")
    html.writeHTML(HTMLEscape.relativeURL(link))
    html.write("\">")
    html.writeHTML(id)
    html.write("</a>")
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
      var label = ReportBytes(capacity: 96)
      writeSubmissionLink(id, links: links, into: &label)
      return label.string
    }
    func flagItem(_ flag: ClassAttention.Flag) -> String {
      var item = ReportBytes(capacity: 160)
      item.writeHTML(flag.student)
      item.write(" (")
      writeSubmissionLink(flag.submissionID, links: links, into: &item)
      item.write(")")
      for (number, text) in flag.items.enumerated() {
        item.write(number == 0 ? ": " : ", ")
        item.writeHTML(text)
      }
      return item.string
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
