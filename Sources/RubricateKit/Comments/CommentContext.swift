import Foundation

/// A post (or the comment a reply answers) prepared for comparison with comments: its words,
/// its TF-IDF vector, its key terms and an index of its word sequences.
///
/// Build it once per post and reuse it for every comment on that post.
public struct CommentContext: Sendable, Equatable {
  /// The post's key terms: its this many highest-weighted terms, and the terms it repeats
  /// (a writer repeats what the post is about) that are not much lighter than those.
  static let keyTermCount = 30
  /// The length of the word sequences a comment must repeat to echo the post.
  static let shingleLength = 4

  let tokens: [CommentToken]
  /// TF-IDF weight of each content stem: `(1 + ln tf) × idf`.
  let vector: [String: Double]
  let norm: Double
  /// The post's key terms (stems), most important first.
  let keyTerms: [String]
  /// The index of each key term in ``keyTerms``.
  let keyTermRanks: [String: Int]
  /// The first spelling of each stem in the post.
  let spelling: [String: String]
  /// Hashes of every run of ``shingleLength`` stems.
  let shingles: Set<Int>
  /// The number of distinct content stems of each sentence.
  let sentenceSizes: [Int]
  /// The sentences (indices into ``sentenceSizes``) each content stem (by ``CommentToken/stemHash``)
  /// occurs in.
  let sentencesOfStem: [Int: [Int]]

  /// Prepares the text of `body` (spans of `document`) for comparison.
  public init(document: Document, body: [Span], weights: TermWeights) {
    let tokens = CommentText.tokens(in: document, spans: body)
    // One pass: each content stem's count, first position and first spelling.
    var stems: [String: (count: Int, first: Int, word: String)] = [:]
    stems.reserveCapacity(tokens.count / 2)
    for (index, token) in tokens.enumerated() where token.isContent {
      if let seen = stems[token.stem] {
        stems[token.stem] = (seen.count + 1, seen.first, seen.word)
      } else {
        stems[token.stem] = (1, index, token.word)
      }
    }
    var vector: [String: Double] = [:]
    vector.reserveCapacity(stems.count)
    for (stem, seen) in stems {
      vector[stem] = (1 + log(Double(seen.count))) * weights.weight(of: stem)
    }
    self.tokens = tokens
    self.vector = vector
    self.norm = CommentContext.norm(of: vector)
    self.spelling = stems.mapValues(\.word)
    let ranked = vector.sorted { lhs, rhs in
      lhs.value != rhs.value
        ? lhs.value > rhs.value : (stems[lhs.key]?.first ?? 0) < (stems[rhs.key]?.first ?? 0)
    }
    // Repeated terms beyond the top ones count when they weigh at least half as much as the
    // last of the top ones (so `every` or `come` used twice do not).
    let floor =
      ranked.count > CommentContext.keyTermCount
      ? ranked[CommentContext.keyTermCount - 1].value / 2 : 0
    let keyTerms = ranked.enumerated().filter { rank, term in
      rank < CommentContext.keyTermCount
        || ((stems[term.key]?.count ?? 0) >= 2 && term.value >= floor)
    }.map(\.element.key)
    self.keyTerms = keyTerms
    self.keyTermRanks = Dictionary(
      keyTerms.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    self.shingles = Set(CommentContext.shingles(of: tokens))
    var sizes: [Int] = []
    var sentencesOfStem: [Int: [Int]] = [:]
    for sentence in CommentContext.sentences(of: tokens, in: document) {
      var stemsOfSentence = Set<Int>()
      for token in tokens[sentence] where token.isContent {
        stemsOfSentence.insert(token.stemHash)
      }
      for stem in stemsOfSentence { sentencesOfStem[stem, default: []].append(sizes.count) }
      sizes.append(stemsOfSentence.count)
    }
    self.sentenceSizes = sizes
    self.sentencesOfStem = sentencesOfStem
  }

  /// Runs of tokens between sentence-ending punctuation (`.`, `!`, `?`) or blank lines: a
  /// cheap sentence split, good enough to compare a comment's sentence with the post's.
  static func sentences(of tokens: [CommentToken], in document: Document) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var start = 0
    for index in tokens.indices.dropFirst() {
      let gap = tokens[index - 1].span.end..<tokens[index].span.start
      var newlines = 0
      let ends = gap.contains { offset in
        let scalar = document.scalars[offset]
        if scalar == "\n" { newlines += 1 }
        return scalar == "." || scalar == "!" || scalar == "?" || newlines >= 2
      }
      if ends {
        result.append(start..<index)
        start = index
      }
    }
    if start < tokens.count { result.append(start..<tokens.count) }
    return result
  }

  /// The post sentence sharing the most content stems (by hash) with `stems`, and how many.
  func closestSentence(to stems: Set<Int>) -> (sentence: Int, shared: Int)? {
    var counts: [Int: Int] = [:]
    for stem in stems {
      for sentence in sentencesOfStem[stem] ?? [] { counts[sentence, default: 0] += 1 }
    }
    return counts.max { lhs, rhs in
      lhs.value != rhs.value ? lhs.value < rhs.value : lhs.key > rhs.key
    }.map { ($0.key, $0.value) }
  }

  /// The sublinear TF-IDF vector of the content tokens.
  static func vector(of tokens: [CommentToken], weights: TermWeights) -> [String: Double] {
    var counts: [String: Int] = [:]
    for token in tokens where token.isContent { counts[token.stem, default: 0] += 1 }
    var vector: [String: Double] = [:]
    vector.reserveCapacity(counts.count)
    for (stem, count) in counts {
      vector[stem] = (1 + log(Double(count))) * weights.weight(of: stem)
    }
    return vector
  }

  /// ``vector(of:weights:)`` as (stem, weight) pairs in stem order, the order every sum over a
  /// vector runs in: built by sorting the content stems, without a dictionary.
  static func sortedVector(of tokens: [CommentToken], weights: TermWeights) -> [(
    key: String, value: Double
  )] {
    var stems: [String] = []
    stems.reserveCapacity(tokens.count)
    for token in tokens where token.isContent { stems.append(token.stem) }
    stems.sort()
    var result: [(key: String, value: Double)] = []
    var start = 0
    while start < stems.count {
      var end = start + 1
      while end < stems.count, stems[end] == stems[start] { end += 1 }
      let stem = stems[start]
      result.append((stem, (1 + log(Double(end - start))) * weights.weight(of: stem)))
      start = end
    }
    return result
  }

  /// The Euclidean norm, summed in sorted key order so that the result is the same in every
  /// run (dictionary order is not).
  static func norm(of vector: [String: Double]) -> Double {
    norm(ofSorted: vector.sorted { $0.key < $1.key })
  }

  /// The Euclidean norm of a vector given in stem order.
  static func norm(ofSorted vector: [(key: String, value: Double)]) -> Double {
    vector.reduce(0) { sum, entry in sum + entry.value * entry.value }.squareRoot()
  }

  /// The cosine similarity between a vector and this text's.
  func cosine(_ other: [String: Double]) -> Double {
    cosine(sorted: other.sorted { $0.key < $1.key })
  }

  /// The cosine similarity between a vector given in stem order and this text's.
  func cosine(sorted other: [(key: String, value: Double)]) -> Double {
    let otherNorm = CommentContext.norm(ofSorted: other)
    guard norm > 0, otherNorm > 0 else { return 0 }
    var dot = 0.0
    for (stem, weight) in other {
      if let mine = vector[stem] { dot += weight * mine }
    }
    return min(1, dot / (norm * otherNorm))
  }

  /// Whether the words occur in this text as consecutive words.
  func contains(words: [String]) -> Bool {
    firstOccurrence(of: words, after: -1) != nil
  }

  /// The index just past the first occurrence of `words` that starts after `after`
  /// (a linear scan: quotations are few).
  func firstOccurrence(of words: [String], after: Int) -> Int? {
    guard let first = words.first, words.count <= tokens.count else { return nil }
    var start = after + 1
    while start + words.count <= tokens.count {
      if tokens[start].word == first {
        var same = true
        for offset in 1..<words.count where tokens[start + offset].word != words[offset] {
          same = false
          break
        }
        if same { return start + words.count }
      }
      start += 1
    }
    return nil
  }

  /// A hash of every run of ``shingleLength`` stems, in order (entry `i` covers the tokens from
  /// `i`); each stem is hashed once and the run's hashes combined arithmetically.
  static func shingles(of tokens: [CommentToken]) -> [Int] {
    guard tokens.count >= shingleLength else { return [] }
    let hashes = tokens.map(\.stemHash)
    return (0...(tokens.count - shingleLength)).map { start in
      var value = 0
      for offset in 0..<shingleLength {
        value = value &* 1_000_003 ^ hashes[start + offset]
      }
      return value
    }
  }
}
