/// `calibration.md` and `calibration.html`: the agreement report a teacher reads.
extension CalibrationReport {
  /// The figures as Markdown.
  public func markdown() -> String {
    var lines = ["# Calibration of \(rubricID)", ""]
    lines.append(
      "\(graded) graded submissions; figures are \(validation.isEmpty ? "on the graded submissions" : validation), never the fit to the same grades."
    )
    if let scale {
      lines.append(
        "The teacher's scale: \(p(scale.min))–\(p(scale.max)) in steps of \(p(scale.step)).")
    }
    lines.append("")
    if rubricTotal != nil || model != nil {
      lines += [
        "## Total against the teacher's scores", "",
        "| scored by | QWK | exact | adjacent | Spearman |", "|---|---|---|---|---|",
      ]
      if let rubricTotal {
        lines.append(row("the rubric as it is (total mapped to the scale)", rubricTotal))
      }
      if let model {
        lines.append(
          row(
            "the calibrated model (held out)", model,
            qwkNote: modelQWKError.map { " ± \(p($0))" } ?? ""))
      }
      lines.append("")
      if let model { lines += confusionMarkdown(model, title: "Calibrated model") }
    }
    if let fittedModel {
      lines += ["## The calibrated model", ""]
      lines.append(
        "Score = \(p(fittedModel.intercept)) + Σ weight × (value − center) / spread, clipped to the scale and rounded to its step (ridge weights pulled towards the prior model with penalty \(p(penalty ?? 0)), chosen by leave-one-out: larger keeps closer to the prior; stretched to the teacher's spread)."
      )
      lines += ["", "| measure | transform | center | spread | weight |", "|---|---|---|---|---|"]
      for term in fittedModel.terms {
        lines.append(
          "| \(term.measure) | \(term.transform?.rawValue ?? "") | \(p(term.center)) | \(p(term.spread)) | \(p(term.weight)) |"
        )
      }
      lines.append("")
    }
    if !measures.isEmpty {
      lines += [
        "## Measures ranked by how well they follow the teacher", "",
        "| measure | Spearman with the score |", "|---|---|",
      ]
      for rank in measures {
        lines.append("| \(rank.measure) | \(rank.varies ? p(rank.spearman) : "never varies") |")
      }
      lines.append("")
    }
    lines += [
      "## Criteria", "",
      "| criterion | Spearman with the score | QWK with the teacher's levels | exact | adjacent | suggestion |",
      "|---|---|---|---|---|---|",
    ]
    for entry in criteria {
      let agreement = entry.agreement
      lines.append(
        "| \(entry.id) | \(entry.varies ? entry.spearmanWithScore.map(p) ?? "" : "never varies") | \(agreement.map { p($0.qwk) } ?? "") | \(agreement.map { p($0.exact) } ?? "") | \(agreement.map { p($0.adjacent) } ?? "") | \(suggestionText(entry.suggestion)) |"
      )
    }
    lines.append("")
    if !warnings.isEmpty {
      lines += ["## Warnings", ""]
      lines += warnings.map { "- \($0)" }
      lines.append("")
    }
    return lines.joined(separator: "\n")
  }

  /// The figures as a self-contained HTML page with inline SVG scatter plots.
  public func html() -> String {
    var html = HTMLStyle.pageStart(title: "Calibration of \(rubricID)")
    html += "<h1>Calibration of \(HTMLEscape.text(rubricID))</h1>\n"
    html +=
      "<p>\(graded) graded submissions; figures are \(HTMLEscape.text(validation)), never the fit to the same grades.</p>\n"
    if rubricTotal != nil || model != nil {
      html += "<h2>Total against the teacher's scores</h2>\n<table>\n"
      html +=
        "<tr><th>scored by</th><th>QWK</th><th>exact</th><th>adjacent</th><th>Spearman</th></tr>\n"
      for (label, agreement, note) in [
        ("the rubric as it is", rubricTotal, ""),
        ("the calibrated model (held out)", model, modelQWKError.map { " ± \(p($0))" } ?? ""),
      ] {
        guard let agreement else { continue }
        html +=
          "<tr><td>\(label)</td><td class=\"num\">\(p(agreement.qwk))\(note)</td><td class=\"num\">\(p(agreement.exact))</td><td class=\"num\">\(p(agreement.adjacent))</td><td class=\"num\">\(p(agreement.spearman))</td></tr>\n"
      }
      html += "</table>\n"
      if !points.isEmpty {
        html += scatter(
          points.map { ($0.teacher, $0.model) }, title: "Calibrated model (held out)",
          xLabel: "teacher", yLabel: "model")
        html += scatter(
          points.map { ($0.teacher, $0.rubric) }, title: "Rubric total on the scale",
          xLabel: "teacher", yLabel: "rubric")
      }
    }
    if let fittedModel {
      html += "<h2>The calibrated model</h2>\n<table>\n"
      html +=
        "<tr><th>measure</th><th>transform</th><th>center</th><th>spread</th><th>weight</th></tr>\n"
      for term in fittedModel.terms {
        html +=
          "<tr><td>\(HTMLEscape.text(term.measure))</td><td>\(term.transform?.rawValue ?? "")</td><td class=\"num\">\(p(term.center))</td><td class=\"num\">\(p(term.spread))</td><td class=\"num\">\(p(term.weight))</td></tr>\n"
      }
      html += "</table>\n"
    }
    if !measures.isEmpty {
      html += "<h2>Measures ranked by how well they follow the teacher</h2>\n<table>\n"
      html += "<tr><th>measure</th><th>Spearman with the score</th></tr>\n"
      for rank in measures {
        html +=
          "<tr><td>\(HTMLEscape.text(rank.measure))</td><td class=\"num\">\(rank.varies ? p(rank.spearman) : "never varies")</td></tr>\n"
      }
      html += "</table>\n"
    }
    html += "<h2>Criteria</h2>\n<table>\n"
    html +=
      "<tr><th>criterion</th><th>Spearman with the score</th><th>QWK with the teacher's levels</th><th>suggestion</th></tr>\n"
    for entry in criteria {
      html +=
        "<tr><td>\(HTMLEscape.text(entry.id))</td><td class=\"num\">\(entry.varies ? entry.spearmanWithScore.map(p) ?? "" : "never varies")</td><td class=\"num\">\(entry.agreement.map { p($0.qwk) } ?? "")</td><td>\(HTMLEscape.text(suggestionText(entry.suggestion)))</td></tr>\n"
    }
    html += "</table>\n"
    if !warnings.isEmpty {
      html += "<h2>Warnings</h2>\n<ul>\n"
      html += warnings.map { "<li>\(HTMLEscape.text($0))</li>\n" }.joined()
      html += "</ul>\n"
    }
    return html + HTMLStyle.pageEnd
  }

  func row(_ label: String, _ agreement: Agreement, qwkNote: String = "") -> String {
    "| \(label) | \(p(agreement.qwk))\(qwkNote) | \(p(agreement.exact)) | \(p(agreement.adjacent)) | \(p(agreement.spearman)) |"
  }

  func confusionMarkdown(_ agreement: Agreement, title: String) -> [String] {
    var lines = [
      "\(title): confusion matrix (rows: the teacher's score, columns: the model's)", "",
      "| teacher \\ model | " + agreement.labels.map(p).joined(separator: " | ") + " |",
      "|---|" + agreement.labels.map { _ in "---|" }.joined(),
    ]
    for (index, label) in agreement.labels.enumerated() {
      lines.append(
        "| \(p(label)) | " + agreement.confusion[index].map(String.init).joined(separator: " | ")
          + " |")
    }
    return lines + [""]
  }

  func suggestionText(_ suggestion: Suggestion?) -> String {
    guard let suggestion else { return "" }
    let sign = suggestion.side == .min ? "≥" : "≤"
    let moved = suggestion.cuts.map { "\(sign) \(p($0))" }.joined(separator: ", ")
    let current = suggestion.current.map { "\(sign) \(p($0))" }.joined(separator: ", ")
    let figures =
      "QWK \(p(suggestion.currentQWK)) now, \(p(suggestion.crossValidatedQWK)) held out"
    return suggestion.suggested
      ? "move cut-points \(current) to \(moved) (\(figures))"
      : "keep (\(figures); a change needs a gain of \(p(Calibration.minimumGain)))"
  }

  /// A scatter plot of (x, y) pairs with the diagonal, as inline SVG.
  func scatter(_ pairs: [(Double, Double)], title: String, xLabel: String, yLabel: String)
    -> String
  {
    let size = 240.0
    let margin = 30.0
    let values = pairs.flatMap { [$0.0, $0.1] }
    let low = values.min() ?? 0
    let high = max(values.max() ?? 1, low + 1)
    func place(_ value: Double) -> Double {
      margin + (value - low) / (high - low) * (size - 2 * margin)
    }
    var svg =
      "<figure><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(size))\" height=\"\(Int(size))\" viewBox=\"0 0 \(Int(size)) \(Int(size))\" role=\"img\" aria-label=\"\(HTMLEscape.text(title))\">\n"
    svg +=
      "<line x1=\"\(n(margin))\" y1=\"\(n(size - margin))\" x2=\"\(n(size - margin))\" y2=\"\(n(margin))\" stroke=\"#bbb\"/>\n"
    for (x, y) in pairs {
      svg +=
        "<circle cx=\"\(n(place(x)))\" cy=\"\(n(size - place(y)))\" r=\"3\" fill=\"#1f5fa8\" fill-opacity=\"0.6\"/>\n"
    }
    svg +=
      "<text x=\"\(n(size / 2))\" y=\"\(n(size - 6))\" text-anchor=\"middle\">\(xLabel) (\(p(low))–\(p(high)))</text>\n"
    svg +=
      "<text x=\"10\" y=\"\(n(size / 2))\" transform=\"rotate(-90 10 \(n(size / 2)))\" text-anchor=\"middle\">\(yLabel)</text>\n"
    svg += "</svg><figcaption>\(HTMLEscape.text(title))</figcaption></figure>\n"
    return svg
  }

  func p(_ value: Double) -> String { MeasureValue.plain(value) }
  func n(_ value: Double) -> String { MeasureValue.decimal(value) }
}
