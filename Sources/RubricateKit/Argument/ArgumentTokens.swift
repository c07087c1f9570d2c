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

/// A list of phrases (word sequences) looked up by their first word, so that matching a
/// sentence costs one dictionary probe per token.
struct PhraseTable: Sendable, Equatable {
  private var byFirstWord: [String: [[String]]]
  /// Every phrase, as words.
  var phrases: [[String]] { byFirstWord.values.flatMap { $0 } }

  /// - Parameter phrases: lower-case phrases, words separated by single spaces.
  init(_ phrases: [String]) {
    var table: [String: [[String]]] = [:]
    for phrase in phrases {
      let words = phrase.split(separator: " ").map(String.init)
      guard let first = words.first else { continue }
      table[first, default: []].append(words)
    }
    // Longest first, so the reported match is the most specific phrase.
    byFirstWord = table.mapValues { $0.sorted { $0.count > $1.count } }
  }

  /// The first phrase starting at token `index`, as a token range.
  func match(_ tokens: ArgumentTokens, at index: Int) -> Range<Int>? {
    guard let candidates = byFirstWord[tokens.words[index]] else { return nil }
    for words in candidates where index + words.count <= tokens.count {
      var matched = true
      for (offset, word) in words.enumerated().dropFirst()
      where tokens.words[index + offset] != word {
        matched = false
        break
      }
      if matched { return index..<(index + words.count) }
    }
    return nil
  }

  /// Every non-overlapping match in the sentence, left to right.
  func matches(_ tokens: ArgumentTokens) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var index = 0
    while index < tokens.count {
      if let range = match(tokens, at: index) {
        result.append(range)
        index = range.upperBound
      } else {
        index += 1
      }
    }
    return result
  }

  /// The match that begins the sentence (at the first token), if any.
  func opening(_ tokens: ArgumentTokens) -> Range<Int>? {
    tokens.isEmpty ? nil : match(tokens, at: 0)
  }

  func contains(_ tokens: ArgumentTokens) -> Bool {
    (0..<tokens.count).contains { match(tokens, at: $0) != nil }
  }
}
