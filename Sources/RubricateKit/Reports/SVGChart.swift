import Foundation

/// Inline SVG bar charts drawn from counts: no library, no script, fixed geometry so the same
/// counts always give the same bytes.
enum SVGChart {
  /// One bar: its category label, its count, and whether to draw it in the warning colour.
  struct Bar: Sendable, Equatable {
    var label: String
    var value: Int
    var highlighted: Bool = false
  }

  /// A vertical bar chart with the count above each bar and the label below it.
  static func bars(_ bars: [Bar], title: String, width: Int = 360, height: Int = 200) -> String {
    let left = 28.0
    let right = 8.0
    let top = 18.0
    let bottom = 36.0
    let plotWidth = Double(width) - left - right
    let plotHeight = Double(height) - top - bottom
    let maximum = Double(max(1, bars.map(\.value).max() ?? 1))
    let slot = bars.isEmpty ? plotWidth : plotWidth / Double(bars.count)
    let barWidth = max(2, slot * 0.75)
    // Labels are cut to what fits under a bar at about 6.5 pixels a character.
    let labelLength = max(3, Int(slot / 6.5))
    var svg =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" "
      + "width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-label=\"\(HTMLEscape.text(title))\">\n"
    svg += "<title>\(HTMLEscape.text(title))</title>\n"
    let baseline = top + plotHeight
    svg += "<line class=\"axis\" x1=\"\(number(left))\" y1=\"\(number(baseline))\" "
    svg += "x2=\"\(number(left + plotWidth))\" y2=\"\(number(baseline))\"/>\n"
    svg += "<text x=\"\(number(left - 4))\" y=\"\(number(top + 4))\" text-anchor=\"end\">"
    svg += "\(Int(maximum))</text>\n"
    svg +=
      "<text x=\"\(number(left - 4))\" y=\"\(number(baseline))\" text-anchor=\"end\">0</text>\n"
    for (index, bar) in bars.enumerated() {
      let barHeight = plotHeight * Double(bar.value) / maximum
      let x = left + slot * Double(index) + (slot - barWidth) / 2
      let y = baseline - barHeight
      let center = x + barWidth / 2
      let label = HTMLEscape.text(bar.label)
      svg += "<rect class=\"bar\(bar.highlighted ? " low" : "")\" x=\"\(number(x))\" "
      svg += "y=\"\(number(y))\" width=\"\(number(barWidth))\" height=\"\(number(barHeight))\">"
      svg += "<title>\(label): \(bar.value)</title></rect>\n"
      svg += "<text x=\"\(number(center))\" y=\"\(number(y - 3))\" text-anchor=\"middle\">"
      svg += "\(bar.value)</text>\n"
      let short =
        bar.label.count > labelLength ? String(bar.label.prefix(labelLength - 1)) + "…" : bar.label
      svg += "<text x=\"\(number(center))\" y=\"\(number(baseline + 14))\" text-anchor=\"middle\">"
      svg += "\(HTMLEscape.text(short))</text>\n"
    }
    return svg + "</svg>\n"
  }

  /// One decimal, `.` separator, no trailing `.0`: short, stable coordinates.
  static func number(_ value: Double) -> String {
    MeasureValue.decimal(value)
  }
}
