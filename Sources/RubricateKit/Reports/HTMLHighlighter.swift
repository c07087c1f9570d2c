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
  /// Nesting rank: a lower layer always encloses a higher one (lines 0, regions 1, findings 2),
  /// whatever their lengths; within a layer the longer encloses the shorter.
  var layer: Int = 2
  /// A `data-line` attribute (line elements show their number from it).
  var line: Int?
}

/// Writes a document range as escaped HTML with highlights wrapped around their spans.
///
/// Highlights may nest or cross. Nested ones nest; where two cross, the inner one is closed at
/// the boundary and reopened after it (a continuation piece without the id), so the markup is
/// always well formed and every highlighted scalar sits inside each element that covers it.
enum HTMLHighlighter {
  static func render(document: Document, range: Span, highlights: [HTMLHighlight]) -> String {
    var output = ReportBytes()
    render(document: document, range: range, highlights: highlights, into: &output)
    return output.string
  }

  /// Writes the range with its highlights into a report's bytes.
  static func render(
    document: Document, range: Span, highlights: [HTMLHighlight], into output: inout ReportBytes
  ) {
    let lower = min(max(0, range.start), document.scalars.count)
    let upper = min(max(lower, range.end), document.scalars.count)
    var items: [HTMLHighlight] = []
    for highlight in highlights {
      var clipped = highlight
      clipped.span = Span(max(lower, highlight.span.start), min(upper, highlight.span.end))
      if !clipped.span.isEmpty { items.append(clipped) }
    }
    // The spans and layers apart: the comparisons below copied whole highlights (and retained
    // their strings) for every look.
    let spans = items.map(\.span)
    let layers = items.map(\.layer)
    // Outer first: earlier start, then lower layer, then longer, then given order.
    let order = items.indices.sorted {
      if spans[$0].start != spans[$1].start { return spans[$0].start < spans[$1].start }
      if layers[$0] != layers[$1] { return layers[$0] < layers[$1] }
      if spans[$0].end != spans[$1].end { return spans[$0].end > spans[$1].end }
      return $0 < $1
    }
    // Sorted, each once (a sort beats hashing them into a set).
    var boundaries = [upper]
    boundaries.reserveCapacity(items.count * 2 + 1)
    for span in spans {
      boundaries.append(span.start)
      boundaries.append(span.end)
    }
    boundaries.sort()
    output.bytes.reserveCapacity(
      output.bytes.count + (upper - lower) * 11 / 10 + items.count * 48)
    // Open elements, outermost first; layers never decrease from bottom to top.
    var stack: [Int] = []
    var next = 0
    var position = lower
    // Reused between boundaries: most boundaries (line ends) close one element and open one.
    var reopen: [Int] = []
    var push: [(index: Int, isNew: Bool)] = []
    var previous: Int?
    for boundary in boundaries where boundary >= lower && boundary != previous {
      previous = boundary
      if boundary > position {
        output.writeHTML(document.scalars[position..<boundary])
        position = boundary
      }
      reopen.removeAll(keepingCapacity: true)
      if let first = stack.firstIndex(where: { spans[$0].end <= boundary }) {
        for index in stack[first...].reversed() { close(items[index], into: &output) }
        reopen += stack[first...].filter { spans[$0].end > boundary }
        stack.removeSubrange(first...)
      }
      let firstOpening = next
      var lowest = Int.max
      while next < order.count, spans[order[next]].start == boundary {
        lowest = min(lowest, layers[order[next]])
        next += 1
      }
      // An element of a lower layer starting here must enclose everything above its layer:
      // those are closed and reopened inside it.
      if lowest != Int.max, let first = stack.firstIndex(where: { layers[$0] > lowest }) {
        for index in stack[first...].reversed() { close(items[index], into: &output) }
        reopen.insert(contentsOf: stack[first...], at: 0)
        stack.removeSubrange(first...)
      }
      push.removeAll(keepingCapacity: true)
      for index in reopen { push.append((index, false)) }
      for index in order[firstOpening..<next] { push.append((index, true)) }
      if push.count > 1 {
        push.sort {
          let (left, right) = ($0.index, $1.index)
          if layers[left] != layers[right] { return layers[left] < layers[right] }
          if spans[left].end != spans[right].end { return spans[left].end > spans[right].end }
          return spans[left].start != spans[right].start
            ? spans[left].start < spans[right].start : left < right
        }
      }
      for (index, isNew) in push {
        open(items[index], first: isNew, into: &output)
        stack.append(index)
      }
    }
    for index in stack.reversed() { close(items[index], into: &output) }
  }

  /// The start tag; a continuation piece (not `first`) has the class `cont` and no id.
  static func open(_ item: HTMLHighlight, first: Bool, into output: inout ReportBytes) {
    output.write("<")
    output.write(item.tag)
    output.write(" class=\"")
    output.writeHTML(item.classes)
    if !first { output.write(" cont") }
    output.write("\"")
    if first, let id = item.id {
      output.write(" id=\"")
      output.writeHTML(id)
      output.write("\"")
    }
    if let title = item.title {
      output.write(" title=\"")
      output.writeHTML(title)
      output.write("\"")
    }
    if first, let line = item.line {
      output.write(" data-line=\"")
      output.write(line)
      output.write("\"")
    }
    output.write(">")
  }

  static func close(_ item: HTMLHighlight, into output: inout ReportBytes) {
    output.write("</")
    output.write(item.tag)
    output.write(">")
  }
}
