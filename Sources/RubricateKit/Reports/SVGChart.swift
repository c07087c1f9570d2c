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

  /// A generous width of one character of the charts' 12 px labels, so a label measured with it
  /// is never wider on the page (the browser check in `Tests/browser` holds us to it).
  static let characterWidth = 7.2
  /// The distance between two lines of a wrapped label.
  static let lineHeight = 13.0

  /// A vertical bar chart with the count above each bar and the label below it, whole: a label
  /// wraps at its spaces and hyphens, and the chart grows wider (each slot as wide as the
  /// longest word of any label) and taller (as many lines as the longest label needs) rather
  /// than cut a label or let two run into each other.
  static func bars(_ bars: [Bar], title: String, width: Int = 360, plotHeight: Double = 146)
    -> String
  {
    let left = 28.0
    let right = 8.0
    let top = 18.0
    let longestWord = bars.flatMap { pieces($0.label) }.map(\.text.count).max() ?? 1
    let minimumSlot = max(36, Double(longestWord) * characterWidth + 10)
    let plotWidth = max(Double(width) - left - right, minimumSlot * Double(max(1, bars.count)))
    let slot = bars.isEmpty ? plotWidth : plotWidth / Double(bars.count)
    let barWidth = max(2, slot * 0.75)
    let perLine = max(1, Int((slot - 6) / characterWidth))
    let labels = bars.map { wrap($0.label, width: perLine) }
    let lineCount = Double(max(1, labels.map(\.count).max() ?? 1))
    let bottom = 8 + lineHeight * lineCount
    let totalWidth = Int((left + plotWidth + right).rounded(.up))
    let height = Int((top + plotHeight + bottom).rounded(.up))
    let maximum = Double(max(1, bars.map(\.value).max() ?? 1))
    var svg =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(totalWidth) \(height)\" "
      + "width=\"\(totalWidth)\" height=\"\(height)\" role=\"img\" "
      + "aria-label=\"\(HTMLEscape.text(title))\">\n"
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
      svg += "<text text-anchor=\"middle\">"
      for (line, text) in labels[index].enumerated() {
        let lineY = baseline + 14 + lineHeight * Double(line)
        svg += "<tspan x=\"\(number(center))\" y=\"\(number(lineY))\">"
        svg += "\(HTMLEscape.text(text))</tspan>"
      }
      svg += "</text>\n"
    }
    return svg + "</svg>\n"
  }

  /// The chart's numbers as one line of text, for readers who cannot see the drawing.
  static func summary(_ bars: [Bar]) -> String {
    "<p class=\"chart-data\">"
      + bars.map { "\(HTMLEscape.text($0.label)): \($0.value)" }.joined(separator: " · ")
      + "</p>\n"
  }

  /// The pieces a label may break between: words, each hyphenated word split after its
  /// hyphens; `spaced` says whether a space stood before the piece.
  static func pieces(_ label: String) -> [(text: String, spaced: Bool)] {
    label.split(separator: " ").flatMap { word -> [(text: String, spaced: Bool)] in
      var pieces: [(text: String, spaced: Bool)] = []
      var current = ""
      for character in word {
        current.append(character)
        if character == "-" {
          pieces.append((current, pieces.isEmpty))
          current = ""
        }
      }
      if !current.isEmpty { pieces.append((current, pieces.isEmpty)) }
      return pieces
    }
  }

  /// Greedy line filling: pieces join as they stood while the line stays within `width`
  /// characters; a piece longer than that gets a line of its own.
  static func wrap(_ label: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for piece in pieces(label) {
      let joined = line + (piece.spaced ? " " : "") + piece.text
      if line.isEmpty {
        line = piece.text
      } else if joined.count <= width {
        line = joined
      } else {
        lines.append(line)
        line = piece.text
      }
    }
    if !line.isEmpty { lines.append(line) }
    return lines.isEmpty ? [""] : lines
  }

  /// One decimal, `.` separator, no trailing `.0`: short, stable coordinates.
  static func number(_ value: Double) -> String {
    MeasureValue.decimal(value)
  }
}
