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

  /// Splits a document into lines, at the line starts the document indexed when it was made.
  static func lines(of document: Document) -> [PageLine] {
    document.lineStarts.indices.map {
      make(document, document.lineStarts[$0], document.lineEnd($0))
    }
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
  ///
  /// Written as UTF-8 bytes in one pass, lowercasing scalar by scalar as `String.lowercased()`
  /// does: lowercasing a copy and appending its scalars one by one to a `String` was most of
  /// the cost of splitting a page into lines. Plain ASCII takes a shorter path still.
  static func normalise(_ text: String) -> String {
    if let key = text.withPlainASCII(normaliseASCII) { return key }
    var key: [UInt8] = []
    key.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    func append(_ lower: Unicode.Scalar) {
      if lower.isSpace {
        pendingSpace = !key.isEmpty
        return
      }
      if pendingSpace {
        key.append(UInt8(ascii: " "))
        pendingSpace = false
      }
      switch lower {
      case "\u{2018}", "\u{2019}", "\u{201B}", "\u{2032}": key.append(UInt8(ascii: "'"))
      case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{00AB}", "\u{00BB}":
        key.append(UInt8(ascii: "\""))
      default: key.append(contentsOf: lower.utf8)
      }
    }
    for scalar in text.unicodeScalars {
      if scalar.isASCII {
        let isUpper = scalar >= "A" && scalar <= "Z"
        append(isUpper ? Unicode.Scalar(UInt8(scalar.value) + 0x20) : scalar)
      } else {
        for lower in scalar.properties.lowercaseMapping.unicodeScalars { append(lower) }
      }
    }
    return String(decoding: key, as: UTF8.self)
  }

  /// ``normalise(_:)`` of plain ASCII: lowercasing only maps `A`–`Z`, there are no curly
  /// quotes, and the white space is ``isSpace``.
  static func normaliseASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    String(unsafeUninitializedCapacity: bytes.count) { key in
      var count = 0
      var pendingSpace = false
      for byte in bytes {
        if Unicode.Scalar(byte).isSpace {
          pendingSpace = count > 0
          continue
        }
        if pendingSpace {
          key[count] = UInt8(ascii: " ")
          count += 1
          pendingSpace = false
        }
        let isUpper = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
        key[count] = isUpper ? byte + 0x20 : byte
        count += 1
      }
      return count
    }
  }

  /// The number of space-separated words in the key.
  var wordCount: Int {
    guard let key, !key.isEmpty else { return key == nil ? Int.max : 0 }
    return key.spaceSeparatedCount
  }
}
