/// One line of a page, trimmed, with a normalised key for the rule tables.
struct PageLine: Sendable, Equatable {
  /// Lines longer than this are prose: no title, dateline, heading or boilerplate is this long,
  /// and skipping them keeps a 50 MB single-line file linear.
  static let maxRuleLength = 300

  /// The line without its surrounding white space (empty at the line start when blank).
  var span: Span
  /// Leading white space, tabs counting four.
  var indent: Int
  /// The trimmed text when the line is short enough for rules, else nil.
  var text: String?
  /// Lowercased, quotes straightened, white space collapsed; nil for long lines.
  var key: String?

  var isBlank: Bool { span.isEmpty }

  /// Splits a document (or a part of it) into lines in one pass.
  static func lines(of document: Document, in range: Span? = nil) -> [PageLine] {
    let range = range ?? document.fullSpan
    var result: [PageLine] = []
    var lineStart = range.start
    let scalars = document.scalars
    var offset = range.start
    while offset <= range.end {
      if offset == range.end || scalars[offset] == "\n" {
        result.append(make(document, lineStart, offset))
        lineStart = offset + 1
      }
      offset += 1
    }
    return result
  }

  static func make(_ document: Document, _ start: Int, _ end: Int) -> PageLine {
    let scalars = document.scalars
    var first = start
    var indent = 0
    while first < end,
      scalars[first].isSpace || scalars[first] == Document.byteOrderMark
    {
      indent += scalars[first] == "\t" ? 4 : 1
      first += 1
    }
    var last = end
    while last > first, scalars[last - 1].isSpace { last -= 1 }
    if first == last { return PageLine(span: Span(start, start), indent: 0, text: "", key: "") }
    let span = Span(first, last)
    guard span.length <= maxRuleLength else {
      return PageLine(span: span, indent: indent, text: nil, key: nil)
    }
    let text = document.text(of: span)
    return PageLine(span: span, indent: indent, text: text, key: normalise(text))
  }

  /// Lowercases, straightens curly quotes and collapses white space, so that rule tables can
  /// be written in plain ASCII.
  static func normalise(_ text: String) -> String {
    var view = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in text.lowercased().unicodeScalars {
      if scalar.properties.isWhitespace {
        pendingSpace = !view.isEmpty
        continue
      }
      if pendingSpace {
        view.append(" ")
        pendingSpace = false
      }
      switch scalar {
      case "\u{2018}", "\u{2019}", "\u{201B}", "\u{2032}": view.append("'")
      case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{00AB}", "\u{00BB}": view.append("\"")
      default: view.append(scalar)
      }
    }
    return String(view)
  }

  /// The number of space-separated words in the key.
  var wordCount: Int {
    guard let key, !key.isEmpty else { return key == nil ? Int.max : 0 }
    return key.split(separator: " ").count
  }
}
