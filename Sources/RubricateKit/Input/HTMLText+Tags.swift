/// Reading tags, comments and attributes: each scan is bounded or jumps past what it read.
extension HTMLText {
  /// Skips comments, doctype and processing instructions; returns the index after them.
  func skipSpecial(at index: Int) -> Int? {
    guard index + 1 < scalars.count else { return nil }
    let next = scalars[index + 1]
    if next == "!" && index + 3 < scalars.count && scalars[index + 2] == "-"
      && scalars[index + 3] == "-"
    {
      var cursor = index + 4
      while cursor + 2 < scalars.count {
        if scalars[cursor] == "-" && scalars[cursor + 1] == "-" && scalars[cursor + 2] == ">" {
          return cursor + 3
        }
        cursor += 1
      }
      return scalars.count
    }
    if next == "!" || next == "?" {
      var cursor = index + 2
      while cursor < scalars.count, scalars[cursor] != ">" { cursor += 1 }
      return min(cursor + 1, scalars.count)
    }
    return nil
  }

  struct Tag {
    var name: String
    var closing: Bool
    var selfClosing: Bool
    var attributes: [String: String]
    var end: Int
  }

  /// Reads the tag at `index`, or nil when the `<` is literal text.
  func readTag(at index: Int) -> Tag? {
    var cursor = index + 1
    var closing = false
    if cursor < scalars.count, scalars[cursor] == "/" {
      closing = true
      cursor += 1
    }
    let nameStart = cursor
    while cursor < scalars.count,
      scalars[cursor].properties.isAlphabetic || (scalars[cursor] >= "0" && scalars[cursor] <= "9")
        || scalars[cursor] == "-" || scalars[cursor] == ":"
    {
      cursor += 1
    }
    guard cursor > nameStart, scalars[nameStart].properties.isAlphabetic else { return nil }
    let name = Document.string(from: scalars[nameStart..<cursor]).lowercased()
    var attributes: [String: String] = [:]
    var quote: Unicode.Scalar?
    var attributeStart = cursor
    let limit = min(scalars.count, cursor + Self.maxTagScan)
    while cursor < limit {
      let scalar = scalars[cursor]
      if let open = quote {
        if scalar == open { quote = nil }
      } else if scalar == "\"" || scalar == "'" {
        quote = scalar
      } else if scalar == ">" {
        break
      }
      cursor += 1
    }
    if cursor >= limit {
      cursor = attributeStart
      while cursor < scalars.count, scalars[cursor] != ">" { cursor += 1 }
      guard cursor < scalars.count else { return nil }
    }
    let selfClosing = cursor > attributeStart && scalars[cursor - 1] == "/"
    // `<h1>` for its class: a theme's post title (`entry-title`) beside a site-title `<h1>`.
    if name == "a" || name == "ul" || name == "ol" || name == "h1" {
      attributes = Self.parseAttributes(scalars[attributeStart..<cursor])
    }
    attributeStart = cursor
    return Tag(
      name: name, closing: closing, selfClosing: selfClosing, attributes: attributes,
      end: cursor + 1)
  }

  /// `name="value"` pairs (only `href` and friends are needed).
  static func parseAttributes(_ slice: ArraySlice<Unicode.Scalar>) -> [String: String] {
    var result: [String: String] = [:]
    let text = Document.string(from: slice)
    var remainder = Substring(text)
    while let equals = remainder.firstIndex(of: "=") {
      let name =
        remainder[..<equals].split(whereSeparator: { $0.isWhitespace }).last
        .map { $0.lowercased() } ?? ""
      var rest = remainder[remainder.index(after: equals)...].drop(while: { $0.isWhitespace })
      var value: Substring
      if let quote = rest.first, quote == "\"" || quote == "'" {
        rest = rest.dropFirst()
        let close = rest.firstIndex(of: quote) ?? rest.endIndex
        value = rest[..<close]
        remainder = close < rest.endIndex ? rest[rest.index(after: close)...] : ""
      } else {
        let close = rest.firstIndex(where: { $0.isWhitespace || $0 == ">" }) ?? rest.endIndex
        value = rest[..<close]
        remainder = rest[close...]
      }
      result[name] = decodeEntities(String(value))
    }
    return result
  }

  static func decodeEntities(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    var view = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      if scalars[index] == "&", let (decoded, next) = HTMLEntities.decode(scalars, at: index) {
        view.append(decoded)
        index = next
      } else {
        view.append(scalars[index])
        index += 1
      }
    }
    return String(view)
  }

  /// Finds `</name>` from `start` (case-insensitive); content end and the index after it.
  func closingTag(_ name: String, from start: Int) -> (contentEnd: Int, after: Int) {
    let target = Array(name.unicodeScalars)
    var cursor = start
    while cursor + 1 + target.count < scalars.count {
      if scalars[cursor] == "<" && scalars[cursor + 1] == "/" {
        var matches = true
        for (offset, scalar) in target.enumerated() {
          let candidate = scalars[cursor + 2 + offset].properties.lowercaseMapping
          if candidate != String(scalar) {
            matches = false
            break
          }
        }
        if matches {
          var end = cursor + 2 + target.count
          while end < scalars.count, scalars[end] != ">" { end += 1 }
          return (cursor, min(end + 1, scalars.count))
        }
      }
      cursor += 1
    }
    return (scalars.count, scalars.count)
  }
}
