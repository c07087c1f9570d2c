import Testing

@testable import RubricateKit

/// Exact output for small fixtures: re-record only on purpose (a changed report is a changed
/// contract). The statistics section is left out: its numbers belong to the text core.
@Suite struct HTMLGoldenTests {
  @Test func reportBodyUpToTheStatistics() throws {
    let html = HTMLReporter.render(HTMLReporterTests.sample())
    let body = try #require(html.components(separatedBy: "<body>\n").last)
    let upToStatistics = try #require(
      body.components(separatedBy: "<section id=\"statistics\">").first)
    #expect(upToStatistics == Self.reportBody)
  }

  @Test func barChart() {
    let svg = SVGChart.bars(
      [
        SVGChart.Bar(label: "Weak", value: 3, highlighted: true),
        SVGChart.Bar(label: "Strong & clear", value: 1),
      ],
      title: "Claims <by level>", width: 200, plotHeight: 66)
    #expect(svg == Self.chart)
  }

  static let reportBody = """
    <header>
    <h1>Cars</h1>
    <dl class="facts">
    <dt>Student</dt><dd>Ana Ruiz</dd>
    <dt>Student ID</dt><dd>42</dd>
    <dt>Kind</dt><dd>post</dd>
    <dt>Submission</dt><dd>s1</dd>
    <dt>Rubric</dt><dd>Post rubric (post)</dd>
    <dt>Total</dt><dd><span class="total">2 / 6</span></dd>
    <dt>Percentage</dt><dd>33.3%</dd>
    <dt>Grade</dt><dd>C</dd>
    </dl>
    </header>
    <section id="criteria">
    <h2>Criteria</h2>
    <table>
    <thead><tr><th scope="col">Criterion</th><th scope="col" class="num">Measured</th><th scope="col">Level</th><th scope="col" class="num">Points</th><th scope="col">Feedback</th><th scope="col">Where</th></tr></thead>
    <tbody>
    <tr><td>Claims<br><span class="note">body.words</span></td><td class="num">2</td><td>Some</td><td class="num">2 / 4</td><td class="feedback">Support your claims.</td><td><a href="#f1">line 1</a>, <a href="#f2">line 2</a></td></tr>
    <tr class="lowest"><td>Length<br><span class="note">body.words</span></td><td class="num">0</td><td>Too short</td><td class="num">0 / 2</td><td class="feedback">Write more.</td><td></td></tr>
    </tbody>
    </table>
    </section>
    <div class="layout">
    <main>
    <h2 id="text">Text</h2>
    <p class="legend"><span class="evidence">Evidence behind the scores</span></p>
    <div class="text"><span class="ln" data-line="1"><mark class="f evidence" id="f1" title="Evidence behind the scores: Claims">Cars pollute cities.</mark>
    </span><span class="ln" data-line="2">Studies show it <mark class="f evidence" id="f2" title="Evidence behind the scores: Claims">(Lee, 2020)</mark>.
    </span><span class="ln" data-line="3"><span class="boilerplate">Share this post!</span></span></div>
    </main>
    <aside>
    <h2 id="findings">Findings</h2>
    <h3>Evidence behind the scores (2)</h3>
    <ol>
    <li><a href="#f1">line 1</a> “Cars pollute cities.” <span class="note">Claims</span></li>
    <li><a href="#f2">line 2</a> “(Lee, 2020)” <span class="note">Claims</span></li>
    </ol>
    </aside>
    </div>

    """

  static let chart = """
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 118" width="200" height="118" role="img" aria-label="Claims &lt;by level&gt;">
    <title>Claims &lt;by level&gt;</title>
    <line class="axis" x1="28" y1="84" x2="192" y2="84"/>
    <text x="24" y="22" text-anchor="end">3</text>
    <text x="24" y="84" text-anchor="end">0</text>
    <rect class="bar low" x="38.3" y="18" width="61.5" height="66"><title>Weak: 3</title></rect>
    <text x="69" y="15" text-anchor="middle">3</text>
    <text text-anchor="middle"><tspan x="69" y="98">Weak</tspan></text>
    <rect class="bar" x="120.3" y="62" width="61.5" height="22"><title>Strong &amp; clear: 1</title></rect>
    <text x="151" y="59" text-anchor="middle">1</text>
    <text text-anchor="middle"><tspan x="151" y="98">Strong &amp;</tspan><tspan x="151" y="111">clear</tspan></text>
    </svg>

    """
}
