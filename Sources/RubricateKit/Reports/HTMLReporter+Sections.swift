extension HTMLReporter {
  /// Findings grouped by kind, each linking to its highlight with its line and a short quote.
  static func sideList(
    _ result: SubmissionResult, findings: [HTMLFinding], ids: [String], quotes: PassageQuotes,
    into html: inout ReportBytes
  ) {
    let document = result.analysis.document
    html.write("<aside>\n<h2 id=\"findings\">Findings</h2>\n")
    if findings.isEmpty {
      html.write("<p class=\"muted\">Nothing to point at in the text.</p>\n</aside>\n")
      return
    }
    for kind in HTMLFinding.Kind.allCases {
      // Indices, not (finding, id) pairs: copying the pairs was most of the list's cost.
      let group = findings.indices.filter { findings[$0].kind == kind }
      guard !group.isEmpty else { continue }
      html.write("<h3>")
      html.write(kind.label)
      html.write(" (")
      html.write(group.count)
      html.write(")</h3>\n<ol>\n")
      for index in group {
        let finding = findings[index]
        html.write("<li><a href=\"#")
        html.write(ids[index])
        html.write("\">line ")
        html.write(document.line(of: finding.span.start))
        html.write("</a> ")
        html.writeHTML(quotes.quote(finding.span))
        if !finding.note.isEmpty {
          html.write(" <span class=\"note\">")
          html.writeHTML(finding.note)
          html.write("</span>")
        }
        html.write("</li>\n")
      }
      html.write("</ol>\n")
    }
    html.write("</aside>\n")
  }

  static func statistics(_ analysis: SubmissionAnalysis, into html: inout ReportBytes) {
    let stats = analysis.text.statistics
    let readability = stats.readability
    let summary = analysis.summary
    var rows: [(String, String)] = [
      ("Words", "\(stats.words)"),
      ("Sentences", "\(stats.sentences)"),
      ("Paragraphs", "\(stats.paragraphs)"),
      ("Quoted words (not counted above)", "\(analysis.quotes.statistics.words)"),
      ("Reference entries", "\(analysis.citations.references.count)"),
      ("In-text citations", "\(summary.countedCitations.count)"),
      ("Reference entries never cited", "\(summary.uncitedReferences.count)"),
      ("Claims", "\(analysis.argument.claims.count)"),
      ("Supported claims", "\(summary.supportedClaims.count)"),
      ("Boosters per 100 words", MeasureValue.decimal(analysis.argument.boostersPer100Words)),
      ("Hedges per 100 words", MeasureValue.decimal(analysis.argument.hedgesPer100Words)),
      ("Flesch reading ease", MeasureValue.decimal(readability.fleschReadingEase)),
      ("Flesch–Kincaid grade", MeasureValue.decimal(readability.fleschKincaidGrade)),
      ("Gunning fog", MeasureValue.decimal(readability.gunningFog)),
      ("SMOG", MeasureValue.decimal(readability.smogIndex)),
      ("Coleman–Liau", MeasureValue.decimal(readability.colemanLiauIndex)),
      ("Automated readability index", MeasureValue.decimal(readability.automatedReadabilityIndex)),
    ]
    if let comment = analysis.comment {
      rows.append(("Relevance to the post", "\(Int((comment.relevance * 100).rounded()))%"))
      rows.append(
        ("Terms shared with the post", HTMLEscape.text(comment.sharedTerms.joined(separator: ", ")))
      )
      rows.append(("Points at a passage", comment.localized ? "yes" : "no"))
      rows.append(("Generic praise", comment.genericPraise ? "yes" : "no"))
    }
    html.write("<section id=\"statistics\">\n<h2>Statistics</h2>\n<dl class=\"facts\">\n")
    for (term, value) in rows {
      html.write("<dt>")
      html.write(term)
      html.write("</dt><dd>")
      html.write(value)
      html.write("</dd>\n")
    }
    html.write("</dl>\n</section>\n")
  }

  /// The scored comments on a post, in the order given (the caller sorts them).
  static func commentsSection(_ comments: [SubmissionResult]) -> String {
    var html = "<section id=\"comments\">\n<h2>Comments on this post (\(comments.count))</h2>\n"
    html +=
      "<table>\n<thead><tr><th scope=\"col\">Commenter</th><th scope=\"col\" class=\"num\">Points</th>"
    html +=
      "<th scope=\"col\" class=\"num\">%</th><th scope=\"col\">Grade</th><th scope=\"col\" class=\"num\">Words</th><th scope=\"col\">Levels</th>"
    html += "<th scope=\"col\">Comment</th></tr></thead>\n<tbody>\n"
    for comment in comments {
      let submission = comment.submission
      let text = submission.body.map { submission.document.text(of: $0) }.joined(separator: " ")
      let levels = comment.criteria.map { "\($0.title): \($0.level)" }.joined(separator: "; ")
      html += "<tr><td>\(HTMLEscape.text(StudentLabel.name(submission)))</td>"
      html += "<td class=\"num\">\(points(comment.points, comment.maximumPoints))</td>"
      html += "<td class=\"num\">\(MeasureValue.decimal(comment.percentage))</td>"
      html += "<td>\(HTMLEscape.text(comment.grade ?? ""))</td>"
      html += "<td class=\"num\">\(comment.analysis.text.statistics.words)</td>"
      html += "<td>\(HTMLEscape.text(levels))</td>"
      html +=
        "<td class=\"txt\">\(HTMLEscape.text(text.isEmpty ? "" : FeedbackItem.quote(text)))</td></tr>\n"
    }
    return html + "</tbody>\n</table>\n</section>\n"
  }
}
