/// The class report's "Since the drafts" section (`grade --previous`): how far the revisions
/// moved the scores, which criteria improved most and least, and what could not be paired.
extension ClassReport {
  /// Buckets of a post's change in points, as the chart shows them: each bucket holds the
  /// changes up to its bound (the last, everything above the one before).
  static let changeBuckets: [(label: String, upTo: Double)] = [
    ("lost >5", -5.000_001), ("lost 1–5", -0.000_001), ("same", 0), ("+1–5", 5), ("+6–10", 10),
    ("+>10", .infinity),
  ]

  static func bucket(_ change: Double) -> Int {
    changeBuckets.firstIndex { change <= $0.upTo } ?? changeBuckets.count - 1
  }

  static func revisionSection(_ batch: RevisionBatch, results: [SubmissionResult]) -> String {
    let ids = batch.revisions.keys.sorted()
    let revisions = ids.compactMap { batch.revisions[$0] }
    var html = "<section id=\"revision\">\n<h2>Since the drafts</h2>\n"
    html += "<p>\(counted(revisions.count, "post")) compared with a draft"
    let resolved = revisions.reduce(0) { $0 + $1.resolved.count }
    let new = revisions.reduce(0) { $0 + $1.new.count }
    let open = revisions.reduce(0) { $0 + $1.open.count }
    let uptake = revisions.reduce(0) { $0 + $1.uptake.count }
    html += "; findings \(resolved) resolved, \(new) new, \(open) still open; "
    html += "\(counted(uptake, "peer suggestion")) taken up.</p>\n"
    if !revisions.isEmpty {
      let bars = changeBuckets.enumerated().map { index, bucket in
        SVGChart.Bar(
          label: bucket.label,
          value: revisions.filter { Self.bucket($0.pointsChange) == index }.count,
          highlighted: bucket.label.hasPrefix("lost"))
      }
      html += "<figure>\n"
      html += SVGChart.bars(bars, title: "Change in points since the draft (posts)", width: 420)
      html += SVGChart.summary(bars)
      html += "<figcaption>Change in points since the draft (posts)</figcaption>\n</figure>\n"
      html += criterionChanges(revisions)
    }
    let names = Dictionary(
      results.map { ($0.submission.id, StudentLabel.name($0.submission)) },
      uniquingKeysWith: { first, _ in first })
    if !batch.unpairedFinals.isEmpty {
      html += "<p>No draft found for: "
      html += batch.unpairedFinals.map { HTMLEscape.text(names[$0] ?? $0) }.joined(separator: ", ")
      html += ".</p>\n"
    }
    if !batch.unpairedDrafts.isEmpty {
      html += "<p>Drafts with no final: "
      html += batch.unpairedDrafts.map(HTMLEscape.text).joined(separator: ", ") + ".</p>\n"
    }
    return html + "</section>\n"
  }

  /// Criteria by mean change, most improved first.
  static func criterionChanges(_ revisions: [Revision]) -> String {
    var total: [String: Double] = [:]
    var count: [String: Int] = [:]
    var titles: [String: String] = [:]
    for revision in revisions {
      for criterion in revision.criteria {
        guard let change = criterion.change else { continue }
        total[criterion.id, default: 0] += change
        count[criterion.id, default: 0] += 1
        titles[criterion.id] = criterion.title
      }
    }
    let rows = total.keys.map { id in
      (id: id, mean: (total[id] ?? 0) / Double(max(1, count[id] ?? 1)), n: count[id] ?? 0)
    }
    .sorted { ($0.mean, $1.id) > ($1.mean, $0.id) }
    var html = "<table>\n<caption>Mean change per criterion, most improved first</caption>\n"
    html += "<thead><tr><th scope=\"col\">Criterion</th><th scope=\"col\" class=\"num\">"
    html += "Mean change</th><th scope=\"col\" class=\"num\">Posts</th></tr></thead>\n<tbody>\n"
    for row in rows {
      html += "<tr><td>\(HTMLEscape.text(titles[row.id] ?? row.id))</td>"
      html += "<td class=\"num\">\(RevisionReport.signed((row.mean * 10).rounded() / 10))</td>"
      html += "<td class=\"num\">\(row.n)</td></tr>\n"
    }
    return html + "</tbody>\n</table>\n"
  }
}
