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
