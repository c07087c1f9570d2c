import Foundation
import Testing

@testable import RubricateKit

/// The geometry of the class report's drawings, as far as it can be checked without a browser
/// (`Tests/browser/check-html.sh` measures the laid-out page).
@Suite struct ReportLayoutTests {
  @Test func barLabelsWrapAtSpacesAndHyphensInsteadOfBeingCut() {
    #expect(SVGChart.wrap("Well supported", width: 9) == ["Well", "supported"])
    #expect(SVGChart.wrap("Some over-claiming", width: 9) == ["Some", "over-", "claiming"])
    #expect(SVGChart.wrap("Too short or too long", width: 12) == ["Too short or", "too long"])
    #expect(SVGChart.wrap("Meets", width: 3) == ["Meets"])
  }

  @Test func aChartGrowsToItsLabels() {
    let labels = ["Well supported", "Partly supported", "Weakly supported", "Unsupported", "None"]
    let svg = SVGChart.bars(labels.map { SVGChart.Bar(label: $0, value: 1) }, title: "Claims")
    // Five slots as wide as "supported" (9 characters at 7.2 px, plus 10): 374.5 px of bars
    // (wider than the 324 px of the default chart), two lines of labels.
    #expect(svg.contains("viewBox=\"0 0 482 198\""))
    #expect(!svg.contains("…"))
    #expect(svg.contains("<tspan x=\"72.6\" y=\"191\">supported</tspan>"))
    #expect(
      SVGChart.summary([SVGChart.Bar(label: "A & B", value: 2)])
        == "<p class=\"chart-data\">A &amp; B: 2</p>\n")
  }

  @Test func noArrowOfTheNetworkPassesThroughAnotherNode() {
    // Every pair of fifteen students, both ways: each curve keeps clear of the other nodes.
    let names = (1...15).map { "Student \($0)" }
    let edges = names.flatMap { from in
      names.filter { $0 != from }.map { SVGNetwork.Edge(from: from, to: $0, percentage: 50) }
    }
    let svg = SVGNetwork.render(edges) ?? ""
    #expect(svg.contains("viewBox=\"0 0 570 462\""))
    let radius = 195.0
    let center = SVGNetwork.Point(x: radius + 72 + 18, y: radius + 36)
    let points = names.indices.map { index -> SVGNetwork.Point in
      let angle = 2 * Double.pi * Double(index) / 15 - Double.pi / 2
      return SVGNetwork.Point(x: center.x + radius * cos(angle), y: center.y + radius * sin(angle))
    }
    var blocked: [String] = []
    for from in names.indices {
      for to in names.indices where to != from {
        let control = SVGNetwork.bend(from: from, to: to, positions: points, center: center)
        for node in names.indices where node != from && node != to {
          let gap = SVGNetwork.distance(
            from: points[node], toCurve: points[from], control, points[to])
          if gap <= SVGNetwork.nodeRadius + 1 { blocked.append("\(from)→\(to) via \(node)") }
        }
      }
    }
    #expect(blocked.isEmpty)
  }

  @Test func theNetworkIsAsWideAsItsLongestName() throws {
    let svg = try #require(
      SVGNetwork.render([
        SVGNetwork.Edge(from: "Tomás Herrera", to: "Amara Okonkwo", percentage: 80),
        SVGNetwork.Edge(from: "Amara Okonkwo", to: "Tomás Herrera", percentage: 17.1),
      ]))
    // 110 px radius, 13 characters at 7.2 px and 18 px beside each name: 2 × (110 + 111.6).
    #expect(svg.contains("viewBox=\"0 0 444 292\""))
    #expect(svg.contains(">80%</text>") && svg.contains(">17%</text>"))
  }

  @Test func theAttentionListNamesWhatToLookAt() {
    var attention = ClassAttention.empty
    attention.missing = ["Bo Chen"]
    attention.unreadable = [
      ClassAttention.UnreadableFile(path: "in/essay.pages", reason: "unsupported-type")
    ]
    attention.comments = [
      ClassAttention.Flag(
        student: "Ana Ruiz", submissionID: "c1", items: [ClassAttention.genericPraise])
    ]
    let html = ClassReport.attentionSection(attention, links: ["c1": "Ana Ruiz_c1.html"])
    #expect(
      html.hasPrefix(
        "<section id=\"attention\" class=\"attention\">\n<h2>Needs your attention</h2>\n"))
    #expect(html.contains("<h3>Missing (1)</h3>\n<ul>\n<li>Bo Chen</li>\n</ul>\n"))
    #expect(html.contains("<h3>Late (0)</h3>\n<p class=\"muted\">No late submission.</p>\n"))
    #expect(html.contains("<li>in/essay.pages: unsupported-type</li>"))
    #expect(
      html.contains(
        "<li>Ana Ruiz (<a href=\"Ana%20Ruiz_c1.html\">c1</a>): generic praise</li>"))
    #expect(ClassReport.attentionSection(.empty, links: [:]).contains("<p>Nothing: every student"))
  }
}
