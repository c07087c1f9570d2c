/// A word, number or punctuation mark inside a reference entry or citation.
struct CitationToken: Sendable, Equatable {
  enum Kind: Sendable, Equatable {
    /// Letters (possibly with digits, inner apostrophes or hyphens).
    case word
    /// Digits only.
    case number
    /// One punctuation scalar.
    case punct
    /// A URL or DOI, kept whole.
    case link
  }

  var kind: Kind
  /// Scalar offsets into the document.
  var start: Int
  var end: Int
  var text: String
  /// Whether white space separates this token from the previous one.
  var spaceBefore: Bool

  /// The first scalar (tokens are never empty).
  var first: Unicode.Scalar { text.unicodeScalars.first ?? " " }

  var isCapitalized: Bool { kind == .word && CitationScalars.isUpper(first) }
  var isLowercaseWord: Bool { kind == .word && CitationScalars.isLower(first) }

  /// A four-digit number in the year range, or such a number followed by one letter (`2007a`).
  var yearValue: Int? {
    let scalars = Array(text.unicodeScalars)
    var digits = scalars[...]
    // `2007a` is a year with a suffix; `1980s` is a decade.
    if scalars.count == 5, let last = scalars.last, CitationScalars.isLower(last), last != "s" {
      digits = scalars[0..<4]
    }
    guard digits.count == 4, let value = CitationScalars.number(digits),
      CitationScalars.yearRange.contains(value)
    else { return nil }
    return value
  }

  var isYear: Bool { yearValue != nil }

  /// A single capital letter, or a short all-capital run (`ML` in Vancouver-style `Lindholm ML`).
  var isInitial: Bool {
    guard kind == .word else { return false }
    let scalars = Array(text.unicodeScalars)
    if scalars.count == 1 { return CitationScalars.isUpper(scalars[0]) }
    // `Th.`, `Ch.`, `Chr.` style abbreviated given names, and `J.-P` joined initials.
    if scalars.count <= 3, CitationScalars.isUpper(scalars[0]),
      scalars.dropFirst().allSatisfy({ CitationScalars.isLower($0) || $0 == "-" }),
      ["Th", "Ch", "Chr", "Ph", "Wm", "Jas", "Geo", "St"].contains(text)
    {
      return true
    }
    return scalars.count <= 3 && scalars.allSatisfy { CitationScalars.isUpper($0) }
  }

  func isPunct(_ scalar: Unicode.Scalar) -> Bool { kind == .punct && first == scalar }
}

/// Splits a span of a document into ``CitationToken``s in one pass.
enum CitationTokenizer {
  /// Where a URL or DOI starts (checked only at a token start, so the scan stays linear).
  static let linkPrefixes: [[Unicode.Scalar]] = [
    "https://", "http://", "www.", "doi:", "DOI:", "doi.org/", "dx.doi.org/",
  ].map { Array($0.unicodeScalars) }

  /// The tokens of `span` (words, numbers, links and single marks) with their text.
  static func tokens(in document: Document, span: Span) -> [CitationToken] {
    let scalars = document.scalars
    var tokens: [CitationToken] = []
    forEachToken(in: scalars, span: span) { kind, start, end, spaceBefore in
      tokens.append(
        CitationToken(
          kind: kind, start: start, end: end,
          text: Document.string(from: scalars[start..<end]), spaceBefore: spaceBefore))
    }
    return tokens
  }

  /// Calls `body` with each token's kind, start, end and whether a space comes before it, in
  /// order, as ``tokens(in:span:)`` finds them, without making their text (for callers that
  /// only count or test tokens).
  static func forEachToken(
    in scalars: [Unicode.Scalar], span: Span,
    _ body: (CitationToken.Kind, Int, Int, Bool) -> Void
  ) {
    var offset = span.start
    var spaceBefore = false
    while offset < span.end {
      let scalar = scalars[offset]
      if CitationScalars.isSpace(scalar) {
        spaceBefore = true
        offset += 1
        continue
      }
      if let linkEnd = linkEnd(scalars, at: offset, limit: span.end) {
        body(.link, offset, linkEnd, spaceBefore)
        offset = linkEnd
        spaceBefore = false
        continue
      }
      let start = offset
      let kind: CitationToken.Kind
      if CitationScalars.isLetter(scalar) || CitationScalars.isDigit(scalar) {
        var sawLetter = false
        while offset < span.end {
          let current = scalars[offset]
          if CitationScalars.isLetter(current) {
            sawLetter = true
            offset += 1
          } else if CitationScalars.isDigit(current) {
            offset += 1
          } else if CitationScalars.isWordJoiner(current), offset + 1 < span.end,
            CitationScalars.isLetter(scalars[offset + 1]), sawLetter
          {
            offset += 1
          } else {
            break
          }
        }
        kind = sawLetter ? .word : .number
      } else {
        offset += 1
        kind = .punct
      }
      body(kind, start, offset, spaceBefore)
      spaceBefore = false
    }
  }

  /// The end of a URL or DOI starting at `offset`, or `nil` when none starts there.
  static func linkEnd(_ scalars: [Unicode.Scalar], at offset: Int, limit: Int) -> Int? {
    let first = scalars[offset]
    guard first == "h" || first == "w" || first == "d" || first == "D" || first == "1" else {
      return nil
    }
    if offset > 0, !CitationScalars.isSpace(scalars[offset - 1]), scalars[offset - 1] != "(",
      scalars[offset - 1] != "<", scalars[offset - 1] != ":", scalars[offset - 1] != "["
    {
      return nil
    }
    var matched = false
    for prefix in linkPrefixes where offset + prefix.count <= limit {
      if scalars[offset..<(offset + prefix.count)].elementsEqual(prefix) {
        matched = true
        break
      }
    }
    // A bare DOI: `10.` then at least four digits then `/`.
    if !matched, first == "1", offset + 8 <= limit, scalars[offset + 1] == "0",
      scalars[offset + 2] == "."
    {
      var cursor = offset + 3
      while cursor < limit, CitationScalars.isDigit(scalars[cursor]) { cursor += 1 }
      matched = cursor - offset - 3 >= 4 && cursor < limit && scalars[cursor] == "/"
    }
    guard matched else { return nil }
    var end = offset
    while end < limit, !CitationScalars.isSpace(scalars[end]), scalars[end] != ">" {
      end += 1
    }
    // Keep a closing bracket that has its opening partner inside the URL.
    let hasOpening = scalars[offset..<end].contains("(")
    while end > offset, [".", ",", ";", ")", "]", "”", "\"", "’"].contains(scalars[end - 1]) {
      if scalars[end - 1] == ")", hasOpening { break }
      end -= 1
    }
    return end > offset ? end : nil
  }
}
