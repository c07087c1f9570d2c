/// A list of phrases (word sequences): the data of one ``ArgumentLexicon`` table.
///
/// ``LexiconIndex`` matches all tables at once; ``matches(_:words:)`` matches this table alone,
/// the plain way, as the reference the index is tested against.
struct PhraseTable: Sendable, Equatable {
  /// Every phrase, as words, in the order given.
  let phrases: [[String]]

  /// - Parameter phrases: lower-case phrases, words separated by single spaces.
  init(_ phrases: [String]) {
    self.phrases = phrases.map { $0.split(separator: " ").map(String.init) }.filter {
      !$0.isEmpty
    }
  }

  /// The longest phrase starting at token `index`, as a token range.
  func match(_ tokens: ArgumentTokens, at index: Int, words: WordInterner) -> Range<Int>? {
    var longest: Range<Int>?
    for phrase in phrases where index + phrase.count <= tokens.count {
      let matched = phrase.indices.allSatisfy { words.word(tokens[index + $0].word) == phrase[$0] }
      if matched && phrase.count > (longest?.count ?? 0) {
        longest = index..<(index + phrase.count)
      }
    }
    return longest
  }

  /// Every non-overlapping match in the sentence, left to right.
  func matches(_ tokens: ArgumentTokens, words: WordInterner) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var index = 0
    while index < tokens.count {
      if let range = match(tokens, at: index, words: words) {
        result.append(range)
        index = range.upperBound
      } else {
        index += 1
      }
    }
    return result
  }

  /// The match that begins the sentence (at the first token), if any.
  func opening(_ tokens: ArgumentTokens, words: WordInterner) -> Range<Int>? {
    tokens.isEmpty ? nil : match(tokens, at: 0, words: words)
  }
}
