extension SentenceSplitter {
  /// The list-item markers inside `span` (`1.`, `2.)`, `3)`, `a.`), each from its first
  /// character to just past its delimiter.
  ///
  /// A marker counts when it opens a line (only white space or a bullet before it on its line)
  /// or when it continues the current series inline (`1.) … 2.) …`, `a. … b. …`): same kind,
  /// same delimiter, next value. A lone `2.` in running text is not a marker.
  static func listMarkers(in scalars: ScalarBuffer, span: Span) -> [Span] {
    var markers: [Span] = []
    let bullets = SentenceSplitter.bullets
    var series: (kind: Int, delimiter: Int, next: Int)?
    var lineStart = true
    let end = min(span.end, scalars.count)
    var offset = span.start
    while offset < end {
      let scalar = scalars[offset]
      if scalar == "\n" {
        lineStart = true
        offset += 1
        continue
      }
      if ScalarClass.isWhitespace(scalar) || bullets.contains(scalar.value) {
        offset += 1
        continue
      }
      // Cheap test first: a marker's second character is a digit, `.` or `)`.
      let second = offset + 1 < end ? scalars[offset + 1].value : 0
      let mayBeMarker = second == 0x2E || second == 0x29 || (second >= 0x30 && second <= 0x39)
      let previousAllows =
        mayBeMarker
        && (offset == span.start || ScalarClass.isWhitespace(scalars[offset - 1])
          || bullets.contains(scalars[offset - 1].value))
      if previousAllows, let marker = parseMarker(scalars, offset, end) {
        let continues =
          series.map {
            $0.kind == marker.kind && $0.delimiter == marker.delimiter && $0.next == marker.value
          } ?? false
        // An inline series may start mid-line (`choose a) the bus b) the train`) when its
        // second item follows in the same span.
        let opensInline =
          !lineStart && !continues && marker.value == 1 && marker.delimiter == 2
          && secondItemFollows(scalars, marker, from: marker.end, end: end)
        if lineStart || continues || opensInline {
          markers.append(Span(offset, marker.end))
          series = (marker.kind, marker.delimiter, marker.value + 1)
          lineStart = false
          offset = marker.end
          continue
        }
      }
      lineStart = false
      offset += 1
      // Skip the rest of an ASCII token: a marker only starts after white space or a bullet.
      while offset < end {
        let value = scalars[offset].value
        guard value > 0x20 && value < 0x80 else { break }
        offset += 1
      }
    }
    return markers
  }

  /// How far ahead an inline series' second item is looked for.
  static let inlineSeriesReach = 400

  /// Whether a marker of the same kind and delimiter with the next value (`b)` after `a)`)
  /// stands after white space within ``inlineSeriesReach`` scalars.
  private static func secondItemFollows(
    _ scalars: ScalarBuffer, _ marker: (kind: Int, delimiter: Int, value: Int, end: Int),
    from start: Int, end: Int
  ) -> Bool {
    var offset = start
    let limit = min(end, start + inlineSeriesReach)
    while offset + 2 < limit {
      if ScalarClass.isWhitespace(scalars[offset]), scalars[offset + 2] == ")",
        let next = parseMarker(scalars, offset + 1, end), next.kind == marker.kind,
        next.delimiter == marker.delimiter, next.value == marker.value + 1
      {
        return true
      }
      offset += 1
    }
    return false
  }

  /// A marker at `offset`: one or two digits, or one ASCII letter, then `.`, `.)` or `)`, then
  /// white space. Kinds: 0 digits, 1 lowercase letter, 2 uppercase letter; delimiters:
  /// 0 `.`, 1 `.)`, 2 `)`.
  private static func parseMarker(
    _ scalars: ScalarBuffer, _ offset: Int, _ end: Int
  ) -> (kind: Int, delimiter: Int, value: Int, end: Int)? {
    var cursor = offset
    var value = 0
    var kind: Int
    let first = scalars[offset].value
    if first >= 0x30 && first <= 0x39 {
      kind = 0
      while cursor < end, cursor - offset < 3, ScalarClass.isDigit(scalars[cursor]),
        scalars[cursor].value < 0x80
      {
        value = value * 10 + Int(scalars[cursor].value - 0x30)
        cursor += 1
      }
      guard cursor - offset <= 2 else { return nil }
    } else if first >= 0x61 && first <= 0x7A {
      kind = 1
      value = Int(first - 0x60)
      cursor += 1
    } else if first >= 0x41 && first <= 0x5A {
      kind = 2
      value = Int(first - 0x40)
      cursor += 1
    } else {
      return nil
    }
    guard cursor < end else { return nil }
    var delimiter: Int
    if scalars[cursor] == "." {
      if cursor + 1 < end, scalars[cursor + 1] == ")" {
        delimiter = 1
        cursor += 2
      } else {
        delimiter = 0
        cursor += 1
      }
    } else if scalars[cursor] == ")" {
      delimiter = 2
      cursor += 1
    } else {
      return nil
    }
    guard cursor < end, ScalarClass.isWhitespace(scalars[cursor]) else { return nil }
    return (kind, delimiter, value, cursor)
  }
}
