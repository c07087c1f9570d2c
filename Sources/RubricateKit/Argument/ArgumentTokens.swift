/// The lower-cased word tokens of one sentence, with their spans, for phrase matching.
///
/// Letters, digits and apostrophes (straight or curly, folded to `'`) make a token; `%` and `$`
/// are tokens of their own because statistics are recognised by them. One pass over the
/// scalars, so building tokens stays linear in the sentence length.
struct ArgumentTokens: Sendable, Equatable {
  var words: [String]
  var spans: [Span]

  init(document: Document, span: Span) {
    var words: [String] = []
    var spans: [Span] = []
    var current = String.UnicodeScalarView()
    var start = span.start
    let scalars = document.scalars
    func flush(_ end: Int) {
      if !current.isEmpty {
        words.append(String(current))
        spans.append(Span(start, end))
        current = String.UnicodeScalarView()
      }
    }
    for offset in span.range {
      let scalar = scalars[offset]
      // ASCII first: the Unicode property look-up is the slow path.
      let isWordScalar =
        scalar.isASCII
        ? (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
          || ("0"..."9").contains(scalar))
        : scalar.properties.isAlphabetic
      if isWordScalar {
        if current.isEmpty { start = offset }
        if scalar.isASCII {
          let value = scalar.value
          current.append(
            (65...90).contains(value) ? Unicode.Scalar(value + 32) ?? scalar : scalar)
        } else {
          current.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        }
      } else if (scalar == "'" || scalar == "’") && !current.isEmpty {
        current.append("'")
      } else if (scalar == "." || scalar == ",") && !current.isEmpty
        && offset + 1 < span.end && ("0"..."9").contains(scalars[offset + 1])
        && current.last.map({ ("0"..."9").contains($0) }) == true
      {
        // `3.5` and `1,000` stay one number.
        current.append(scalar)
      } else {
        flush(offset)
        if scalar == "%" || scalar == "$" || scalar == "£" || scalar == "€" {
          words.append(String(scalar))
          spans.append(Span(offset, offset + 1))
        }
      }
    }
    flush(span.end)
    self.words = words
    self.spans = spans
  }

  var count: Int { words.count }
  var isEmpty: Bool { words.isEmpty }

  /// Whether the token at `index` is a number (it starts with a digit).
  func isNumber(_ index: Int) -> Bool {
    words[index].unicodeScalars.first.map { ("0"..."9").contains($0) } ?? false
  }
}
