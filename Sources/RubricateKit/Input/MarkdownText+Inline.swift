import Foundation

extension MarkdownText {
  /// Link text and targets longer than this are not links (keeps stray brackets cheap).
  static let maxLinkScan = 2000

  /// Appends one line of inline Markdown: emphasis markers dropped, links and code spans
  /// resolved, entities decoded. Linear: each bracket looks ahead a bounded distance.
  /// `start` is where `text` starts in the Markdown, in scalars.
  mutating func inline(_ text: String, at start: Int) {
    let scalars = Array(text.unicodeScalars)
    inlineBase = start
    inline(scalars[...])
  }

  mutating func inline(_ scalars: ArraySlice<Unicode.Scalar>) {
    var index = scalars.startIndex
    let end = scalars.endIndex
    // The next occurrence of each bracket is cached, so each is scanned for once per line.
    var cache: [Unicode.Scalar: Int] = [:]
    func find(_ target: Unicode.Scalar, from start: Int) -> Int? {
      var position = end
      if let cached = cache[target], cached >= start {
        position = cached
      } else {
        var cursor = start
        while cursor < end, scalars[cursor] != target { cursor += 1 }
        position = cursor
        cache[target] = cursor
      }
      return position < end && position - start <= Self.maxLinkScan ? position : nil
    }
    // Scalars copied from elsewhere than `index` set their own origin.
    func copy(_ range: Range<Int>) {
      for position in range {
        builder.source = inlineBase + position
        builder.append(scalars[position])
      }
    }
    while index < end {
      let scalar = scalars[index]
      builder.source = inlineBase + index
      switch scalar {
      case "\\":
        if index + 1 < end, scalars[index + 1].properties.isPatternSyntax {
          builder.source = inlineBase + index + 1
          builder.append(scalars[index + 1])
          index += 2
        } else {
          builder.append(scalar)
          index += 1
        }
      case "`":
        var ticks = index
        while ticks < end, scalars[ticks] == "`" { ticks += 1 }
        if let close = find("`", from: ticks) {
          copy(ticks..<close)
          var after = close
          while after < end, scalars[after] == "`" { after += 1 }
          index = after
        } else {
          index = ticks
        }
      case "!" where index + 1 < end && scalars[index + 1] == "[":
        if let (_, _, next) = link(at: index + 1, in: scalars, find: find) {
          index = next
        } else {
          builder.append(scalar)
          index += 1
        }
      case "[":
        if let (textRange, url, next) = link(at: index, in: scalars, find: find) {
          builder.openLink(url)
          inline(scalars[textRange])
          builder.closeLink()
          index = next
        } else {
          builder.append(scalar)
          index += 1
        }
      case "<":
        if let close = find(">", from: index + 1) {
          let inner = Document.string(from: scalars[(index + 1)..<close])
          if inner.hasPrefix("http://") || inner.hasPrefix("https://") || inner.hasPrefix("mailto:")
          {
            builder.openLink(inner)
            copy((index + 1)..<close)
            builder.closeLink()
            index = close + 1
            continue
          }
          if let first = inner.unicodeScalars.first,
            first.properties.isAlphabetic || first == "/" || first == "!"
          {
            if inner.lowercased().hasPrefix("br") { builder.lineBreak() }
            index = close + 1
            continue
          }
        }
        builder.append(scalar)
        index += 1
      case "&":
        if let (decoded, next) = HTMLEntities.decode(
          Array(scalars[index..<min(end, index + 40)]), at: 0)
        {
          builder.append(decoded)
          index += next
        } else {
          builder.append(scalar)
          index += 1
        }
      case "*", "~":
        index += 1
      case "_":
        let before = index > scalars.startIndex ? scalars[index - 1] : " "
        let after = index + 1 < end ? scalars[index + 1] : " "
        if isWordScalar(before) && isWordScalar(after) { builder.append(scalar) }
        index += 1
      case "h" where startsURL(scalars, at: index):
        var stop = index
        while stop < end, !scalars[stop].properties.isWhitespace, scalars[stop] != ")",
          scalars[stop] != "]", scalars[stop] != ">"
        {
          stop += 1
        }
        while stop > index, ".,;:!?\"'".unicodeScalars.contains(scalars[stop - 1]) { stop -= 1 }
        let url = Document.string(from: scalars[index..<stop])
        builder.openLink(url)
        copy(index..<stop)
        builder.closeLink()
        index = stop
      default:
        builder.append(scalar)
        index += 1
      }
    }
  }

  func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || (scalar >= "0" && scalar <= "9")
  }

  func startsURL(_ scalars: ArraySlice<Unicode.Scalar>, at index: Int) -> Bool {
    if index > scalars.startIndex, isWordScalar(scalars[index - 1]) { return false }
    for prefix in ["https://", "http://"] {
      let target = Array(prefix.unicodeScalars)
      if index + target.count <= scalars.endIndex,
        Array(scalars[index..<(index + target.count)]) == target
      {
        return true
      }
    }
    return false
  }

  /// `[text](url)`, `[text][label]`, `[label]`: the text range, the URL and the index after.
  func link(
    at index: Int, in scalars: ArraySlice<Unicode.Scalar>,
    find: (Unicode.Scalar, Int) -> Int?
  ) -> (Range<Int>, String, Int)? {
    guard let close = find("]", index + 1) else { return nil }
    let textRange = (index + 1)..<close
    let after = close + 1
    if after < scalars.endIndex, scalars[after] == "(", let end = find(")", after + 1) {
      let inside = Document.string(from: scalars[(after + 1)..<end])
        .trimmingCharacters(in: .whitespaces)
      let url = inside.split(separator: " ").first.map(String.init) ?? ""
      return (textRange, url.trimmingCharacters(in: CharacterSet(charactersIn: "<>")), end + 1)
    }
    if after < scalars.endIndex, scalars[after] == "[", let end = find("]", after + 1) {
      var label = Document.string(from: scalars[(after + 1)..<end]).lowercased()
      if label.isEmpty { label = Document.string(from: scalars[textRange]).lowercased() }
      if let url = definitions[label] { return (textRange, url, end + 1) }
      return nil
    }
    let label = Document.string(from: scalars[textRange]).lowercased()
    if let url = definitions[label] { return (textRange, url, after) }
    return nil
  }
}
