import Foundation

/// The comment network as an inline SVG: students on a circle, a curved arrow from each
/// commenter to the author of the post they commented on, labelled with the comment's
/// percentage.
///
/// The layout keeps it readable: the drawing is as wide as its longest name needs (no name is
/// cut at the edge), every arrow bows toward the middle and is bent further if it would pass
/// through someone else's node, and each percentage goes to the first place along its arrow
/// where it overlaps no name, node or other percentage. `Tests/browser` checks all three in a
/// real browser.
enum SVGNetwork {
  /// A comment: who wrote it, whose post it answers, and its score in percent.
  struct Edge: Sendable, Equatable {
    var from: String
    var to: String
    var percentage: Double
  }

  /// Past this many people the drawing is unreadable; the class report shows only the table.
  static let maximumNodes = 40
  /// Generous widths of one character of a 12 px name and a 10 px percentage.
  static let nameCharacter = 7.2
  static let labelCharacter = 6.2
  static let nodeRadius = 6.0
  /// Names longer than this are cut (the node's tooltip and the table give them whole).
  static let longestName = 24

  struct Point {
    var x: Double
    var y: Double
  }

  /// An axis-aligned box, for keeping labels apart.
  struct Box {
    var minX: Double
    var minY: Double
    var maxX: Double
    var maxY: Double

    func overlaps(_ other: Box) -> Bool {
      minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }
  }

  static func render(_ edges: [Edge]) -> String? {
    let names = Set(edges.flatMap { [$0.from, $0.to] }).sorted()
    guard !names.isEmpty, names.count <= maximumNodes else { return nil }
    let shown = names.map { $0.count > longestName ? String($0.prefix(longestName - 1)) + "…" : $0 }
    let widest = Double(shown.map(\.count).max() ?? 1) * nameCharacter
    // Room on the circle for the nodes, and beside it for the names.
    let radius = max(110, Double(names.count) * 13)
    let marginX = widest + 18
    let marginY = 36.0
    let width = Int((2 * (radius + marginX)).rounded(.up))
    let height = Int((2 * (radius + marginY)).rounded(.up))
    let center = Point(x: radius + marginX, y: radius + marginY)
    var position: [Point] = []
    var angles: [Double] = []
    for index in names.indices {
      let angle = 2 * Double.pi * Double(index) / Double(names.count) - Double.pi / 2
      angles.append(angle)
      position.append(Point(x: center.x + radius * cos(angle), y: center.y + radius * sin(angle)))
    }
    let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
    let n = SVGChart.number
    var svg =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" "
      + "height=\"\(height)\" role=\"img\" aria-label=\"Comment network\">\n<title>Comment network</title>\n"
    svg += "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" "
    svg += "markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">"
    svg += "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#8a94a6\"/></marker></defs>\n"

    // Names first (they only depend on the nodes), so percentages can keep clear of them.
    var taken: [Box] = position.map {
      Box(
        minX: $0.x - nodeRadius - 2, minY: $0.y - nodeRadius - 2, maxX: $0.x + nodeRadius + 2,
        maxY: $0.y + nodeRadius + 2)
    }
    var nameText = ""
    for (node, name) in shown.enumerated() {
      let point = position[node]
      let cosine = cos(angles[node])
      let textWidth = Double(name.count) * nameCharacter
      let anchor: String
      let x: Double
      let y: Double
      if abs(cosine) < 0.1 {
        // Top and bottom of the circle: the name centred above or below its node.
        anchor = "middle"
        x = point.x
        y = sin(angles[node]) < 0 ? point.y - 11 : point.y + 20
        taken.append(
          Box(minX: x - textWidth / 2, minY: y - 11, maxX: x + textWidth / 2, maxY: y + 3))
      } else {
        anchor = cosine > 0 ? "start" : "end"
        x = point.x + (cosine > 0 ? 10 : -10)
        y = point.y + 4
        let minX = cosine > 0 ? x : x - textWidth
        taken.append(Box(minX: minX, minY: y - 11, maxX: minX + textWidth, maxY: y + 3))
      }
      nameText += "<text class=\"name\" x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"\(anchor)\">"
      nameText += "\(HTMLEscape.text(name))</text>\n"
    }

    for edge in edges {
      guard let from = index[edge.from], let to = index[edge.to] else { continue }
      let start = position[from]
      let end = position[to]
      let label =
        "\(HTMLEscape.text(edge.from)) → \(HTMLEscape.text(edge.to)): "
        + "\(MeasureValue.decimal(edge.percentage))%"
      if from == to {
        // A student answering their own post: a small loop outside the circle.
        let dx = (start.x - center.x) / radius * 18
        let dy = (start.y - center.y) / radius * 18
        svg +=
          "<circle class=\"edge\" cx=\"\(n(start.x + dx))\" cy=\"\(n(start.y + dy))\" r=\"12\">"
        svg += "<title>\(label)</title></circle>\n"
        continue
      }
      let control = bend(from: from, to: to, positions: position, center: center)
      let (x1, y1) = towards(start, control, by: nodeRadius)
      let (x2, y2) = towards(end, control, by: nodeRadius + 2)
      svg += "<path class=\"edge\" data-from=\"\(from)\" data-to=\"\(to)\" "
      svg += "d=\"M\(n(x1)),\(n(y1)) Q\(n(control.x)),\(n(control.y)) \(n(x2)),\(n(y2))\" "
      svg += "marker-end=\"url(#arrow)\"><title>\(label)</title></path>\n"
      let text = "\(Int(edge.percentage.rounded()))%"
      let box = place(
        text, start: start, control: control, end: end, taken: taken,
        bounds: Box(minX: 0, minY: 0, maxX: Double(width), maxY: Double(height)))
      taken.append(box)
      let x = (box.minX + box.maxX) / 2
      svg += "<text class=\"edge-label\" x=\"\(n(x))\" y=\"\(n(box.maxY - 2))\" "
      svg += "text-anchor=\"middle\">\(text)</text>\n"
    }
    for (node, name) in names.enumerated() {
      let point = position[node]
      svg +=
        "<circle class=\"node\" data-node=\"\(node)\" cx=\"\(n(point.x))\" cy=\"\(n(point.y))\" "
      svg += "r=\"\(n(nodeRadius))\"><title>\(HTMLEscape.text(name))</title></circle>\n"
    }
    return svg + nameText + "</svg>\n"
  }

  /// The control point of the arrow's curve: the chord's midpoint pulled toward the centre and
  /// to the right of the direction of travel (so A→B and B→A part), bent further until the
  /// curve passes no other node.
  static func bend(from: Int, to: Int, positions: [Point], center: Point) -> Point {
    let start = positions[from]
    let end = positions[to]
    let mid = Point(x: (start.x + end.x) / 2, y: (start.y + end.y) / 2)
    let dx = end.x - start.x
    let dy = end.y - start.y
    let length = max(1, (dx * dx + dy * dy).squareRoot())
    // The right-hand normal of the direction of travel (y grows downward).
    let normal = Point(x: -dy / length, y: dx / length)
    var best = mid
    for (pull, side) in [
      (0.35, 0.12), (0.55, 0.12), (0.35, 0.3), (0.7, 0.2), (0.2, -0.2), (0.85, 0.3),
    ] {
      let control = Point(
        x: mid.x + (center.x - mid.x) * pull + normal.x * length * side,
        y: mid.y + (center.y - mid.y) * pull + normal.y * length * side)
      if best.x == mid.x && best.y == mid.y { best = control }
      let clear = positions.indices.allSatisfy { node in
        node == from || node == to
          || distance(from: positions[node], toCurve: start, control, end) > nodeRadius + 6
      }
      if clear { return control }
    }
    return best
  }

  static func point(_ t: Double, _ a: Point, _ b: Point, _ c: Point) -> Point {
    let u = 1 - t
    return Point(
      x: u * u * a.x + 2 * u * t * b.x + t * t * c.x, y: u * u * a.y + 2 * u * t * b.y + t * t * c.y
    )
  }

  static func distance(from p: Point, toCurve a: Point, _ b: Point, _ c: Point) -> Double {
    var best = Double.infinity
    for step in 0...64 {
      let q = point(Double(step) / 64, a, b, c)
      best = min(best, ((q.x - p.x) * (q.x - p.x) + (q.y - p.y) * (q.y - p.y)).squareRoot())
    }
    return best
  }

  /// A node's centre moved `by` toward `target` (where an arrow leaves or meets its node).
  static func towards(_ point: Point, _ target: Point, by amount: Double) -> (Double, Double) {
    let dx = target.x - point.x
    let dy = target.y - point.y
    let length = max(1, (dx * dx + dy * dy).squareRoot())
    return (point.x + dx / length * amount, point.y + dy / length * amount)
  }

  /// The first spot along the curve (middle outward), or beside it, where the percentage
  /// overlaps nothing already placed and stays inside the drawing.
  static func place(
    _ text: String, start: Point, control: Point, end: Point, taken: [Box], bounds: Box
  ) -> Box {
    let width = Double(text.count) * labelCharacter + 2
    let height = 12.0
    func box(at p: Point) -> Box {
      Box(
        minX: p.x - width / 2, minY: p.y - height / 2, maxX: p.x + width / 2, maxY: p.y + height / 2
      )
    }
    let first = box(at: point(0.5, start, control, end))
    for t in [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.2, 0.8] {
      let p = point(t, start, control, end)
      for offset in [0.0, -9, 9, -17, 17] {
        let candidate = box(at: Point(x: p.x, y: p.y + offset))
        let inside =
          candidate.minX >= bounds.minX && candidate.maxX <= bounds.maxX
          && candidate.minY >= bounds.minY && candidate.maxY <= bounds.maxY
        if inside && !taken.contains(where: { $0.overlaps(candidate) }) { return candidate }
      }
    }
    return first
  }
}
