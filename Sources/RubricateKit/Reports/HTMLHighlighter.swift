/// A stretch of text to wrap in an element: a finding (`<mark>`) or a region (`<span>`).
struct HTMLHighlight: Sendable, Equatable {
  var span: Span
  /// `mark` for findings, `span` for regions such as boilerplate.
  var tag: String
  /// Class names, from Rubricate's own vocabulary (never student text).
  var classes: String
  /// The anchor id, put on the first piece only.
  var id: String?
  /// Hover text; escaped when written.
  var title: String?
}

/// Writes a document range as escaped HTML with highlights wrapped around their spans.
///
/// Highlights may nest or cross. Nested ones nest; where two cross, the inner one is closed at
/// the boundary and reopened after it (a continuation piece without the id), so the markup is
/// always well formed and every highlighted scalar sits inside each element that covers it.
enum HTMLHighlighter {
  static func render(document: Document, range: Span, highlights: [HTMLHighlight]) -> String {
    let lower = min(max(0, range.start), document.scalars.count)
    let upper = min(max(lower, range.end), document.scalars.count)
    var items: [HTMLHighlight] = []
    for highlight in highlights {
      var clipped = highlight
      clipped.span = Span(max(lower, highlight.span.start), min(upper, highlight.span.end))
      if !clipped.span.isEmpty { items.append(clipped) }
    }
    // Outer first: earlier start, then longer, then given order (a stable sort keeps it).
    let order = items.indices.sorted {
      let left = items[$0].span
      let right = items[$1].span
      if left.start != right.start { return left.start < right.start }
      if left.end != right.end { return left.end > right.end }
      return $0 < $1
    }
    var boundaries = Set<Int>([upper])
    for item in items {
      boundaries.insert(item.span.start)
      boundaries.insert(item.span.end)
    }
    var output = ""
    output.reserveCapacity((upper - lower) + items.count * 48)
    var stack: [Int] = []
    var next = 0
    var position = lower
    for boundary in boundaries.sorted() where boundary >= lower {
      if boundary > position {
        HTMLEscape.append(document.scalars[position..<boundary], to: &output)
        position = boundary
      }
      if let first = stack.firstIndex(where: { items[$0].span.end <= boundary }) {
        let popped = stack[first...]
        for index in popped.reversed() { output += close(items[index]) }
        stack.removeSubrange(first...)
        for index in popped where items[index].span.end > boundary {
          output += open(items[index], first: false)
          stack.append(index)
        }
      }
      while next < order.count, items[order[next]].span.start == boundary {
        output += open(items[order[next]], first: true)
        stack.append(order[next])
        next += 1
      }
    }
    for index in stack.reversed() { output += close(items[index]) }
    return output
  }

  static func open(_ item: HTMLHighlight, first: Bool) -> String {
    var tag =
      "<\(item.tag) class=\"\(HTMLEscape.text(first ? item.classes : item.classes + " cont"))\""
    if first, let id = item.id { tag += " id=\"\(HTMLEscape.text(id))\"" }
    if let title = item.title { tag += " title=\"\(HTMLEscape.text(title))\"" }
    return tag + ">"
  }

  static func close(_ item: HTMLHighlight) -> String { "</\(item.tag)>" }
}
