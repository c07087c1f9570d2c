/// Finds where an element's text, as the XML parser delivered it, was written in the export, so
/// that a post or comment read from a WordPress export keeps the export's lines and columns.
///
/// The parser hands over text with CDATA sections opened, entities decoded and CR LF turned
/// into LF; walking the source beside the text undoes exactly that, in one pass.
struct XMLSourceAlignment {
  /// Where an element starts: its qualified name and the line the parser reported for it.
  struct Place: Sendable, Equatable {
    var name: String
    var line: Int
  }

  /// A run of source scalars the parser can drop (a CR before LF, a control XML forbids); more
  /// means the text is not where we looked.
  static let maxSkipped = 16

  let source: [Unicode.Scalar]
  /// The offset at which each line of the source starts, as the XML parser counts lines.
  let lineStarts: [Int]
  /// The source's lines as reports count them (CR alone ends one too), for every document.
  let lines: SourceLines

  init(_ source: [Unicode.Scalar]) {
    self.source = source
    var starts = [0]
    for (offset, scalar) in source.enumerated() where scalar == "\n" { starts.append(offset + 1) }
    lineStarts = starts
    lines = SourceLines(source)
  }

  /// The offset just past the start tag of the element at `place`: the last `<name` that opens
  /// on or before the parser's line (the parser reports the line where the tag ended).
  func contentStart(_ place: Place) -> Int? {
    guard place.line >= 1, place.line <= lineStarts.count, !place.name.isEmpty else { return nil }
    let lineEnd = place.line < lineStarts.count ? lineStarts[place.line] : source.count
    let target = ["<"] + Array(place.name.unicodeScalars)
    var cursor = lineEnd - target.count
    while cursor >= 0 {
      if source[cursor] == "<", Array(source[cursor..<(cursor + target.count)]) == target {
        var end = cursor + target.count
        while end < source.count, source[end] != ">" { end += 1 }
        return end < source.count ? end + 1 : nil
      }
      cursor -= 1
    }
    return nil
  }

  /// For each scalar of `text` (the element's text as parsed), its offset in the source, or nil
  /// when the text is not found from `start` on.
  func origins(of text: [Unicode.Scalar], from start: Int) -> [Int]? {
    var origins: [Int] = []
    origins.reserveCapacity(text.count)
    var cursor = start
    var inCDATA = false
    let open = Array("<![CDATA[".unicodeScalars)
    let close = Array("]]>".unicodeScalars)
    for scalar in text {
      var skipped = 0
      while true {
        guard cursor < source.count, skipped <= Self.maxSkipped else { return nil }
        if !inCDATA, matches(open, at: cursor) {
          cursor += open.count
          inCDATA = true
          continue
        }
        if inCDATA, matches(close, at: cursor) {
          cursor += close.count
          inCDATA = false
          continue
        }
        if !inCDATA, source[cursor] == "&",
          let (decoded, next) = HTMLEntities.decode(source, at: cursor), decoded == scalar
        {
          origins.append(cursor)
          cursor = next
          break
        }
        if source[cursor] == scalar {
          origins.append(cursor)
          cursor += 1
          break
        }
        if !inCDATA, source[cursor] == "<" { return nil }
        cursor += 1
        skipped += 1
      }
    }
    return origins
  }

  func matches(_ target: [Unicode.Scalar], at index: Int) -> Bool {
    guard index + target.count <= source.count else { return false }
    for (offset, scalar) in target.enumerated() where source[index + offset] != scalar {
      return false
    }
    return true
  }

  /// Where each scalar of `text` came from, when `text` is the element at `place`'s text.
  func origins(of text: String, at place: Place?) -> [Int]? {
    guard let place, let start = contentStart(place) else { return nil }
    return origins(of: Array(text.unicodeScalars), from: start)
  }
}
