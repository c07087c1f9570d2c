import Foundation

/// The comment network as an inline SVG: students on a circle, an arrow from each commenter
/// to the author of the post they commented on, labelled with the comment's percentage.
enum SVGNetwork {
  /// A comment: who wrote it, whose post it answers, and its score in percent.
  struct Edge: Sendable, Equatable {
    var from: String
    var to: String
    var percentage: Double
  }

  /// Past this many people the drawing is unreadable; the class report shows only the table.
  static let maximumNodes = 40

  static func render(_ edges: [Edge], size: Int = 520) -> String? {
    let names = Set(edges.flatMap { [$0.from, $0.to] }).sorted()
    guard !names.isEmpty, names.count <= maximumNodes else { return nil }
    let center = Double(size) / 2
    let radius = center - 90
    var position: [String: (x: Double, y: Double)] = [:]
    for (index, name) in names.enumerated() {
      let angle = 2 * Double.pi * Double(index) / Double(names.count) - Double.pi / 2
      position[name] = (center + radius * cos(angle), center + radius * sin(angle))
    }
    let n = SVGChart.number
    var svg =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(size) \(size)\" width=\"\(size)\" "
      + "height=\"\(size)\" role=\"img\" aria-label=\"Comment network\">\n<title>Comment network</title>\n"
    svg += "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" "
    svg += "markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">"
    svg += "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#8a94a6\"/></marker></defs>\n"
    let nodeRadius = 6.0
    for edge in edges {
      guard let start = position[edge.from], let end = position[edge.to] else { continue }
      let label =
        "\(HTMLEscape.text(edge.from)) → \(HTMLEscape.text(edge.to)): "
        + "\(MeasureValue.decimal(edge.percentage))%"
      if edge.from == edge.to {
        // A student answering their own post: a small loop outside the circle.
        let dx = (start.x - center) / radius * 18
        let dy = (start.y - center) / radius * 18
        svg +=
          "<circle class=\"edge\" cx=\"\(n(start.x + dx))\" cy=\"\(n(start.y + dy))\" r=\"12\">"
        svg += "<title>\(label)</title></circle>\n"
        continue
      }
      let length = max(
        1,
        ((end.x - start.x) * (end.x - start.x) + (end.y - start.y) * (end.y - start.y)).squareRoot()
      )
      let ux = (end.x - start.x) / length
      let uy = (end.y - start.y) / length
      let x1 = start.x + ux * nodeRadius
      let y1 = start.y + uy * nodeRadius
      let x2 = end.x - ux * (nodeRadius + 2)
      let y2 = end.y - uy * (nodeRadius + 2)
      svg += "<line class=\"edge\" x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" "
      svg += "marker-end=\"url(#arrow)\"><title>\(label)</title></line>\n"
      // The label sits two thirds of the way along, toward the post's author.
      let lx = start.x + (end.x - start.x) * 0.66
      let ly = start.y + (end.y - start.y) * 0.66
      svg += "<text x=\"\(n(lx))\" y=\"\(n(ly - 3))\" text-anchor=\"middle\" font-size=\"10\">"
      svg += "\(Int(edge.percentage.rounded()))%</text>\n"
    }
    for name in names {
      guard let point = position[name] else { continue }
      svg +=
        "<circle class=\"node\" cx=\"\(n(point.x))\" cy=\"\(n(point.y))\" r=\"\(n(nodeRadius))\">"
      svg += "<title>\(HTMLEscape.text(name))</title></circle>\n"
      let outward = point.x >= center ? "start" : "end"
      let lx = point.x + (point.x >= center ? 10 : -10)
      let short = name.count > 18 ? String(name.prefix(17)) + "…" : name
      svg += "<text x=\"\(n(lx))\" y=\"\(n(point.y + 4))\" text-anchor=\"\(outward)\">"
      svg += "\(HTMLEscape.text(short))</text>\n"
    }
    return svg + "</svg>\n"
  }
}
