/// How one sentence of a revision relates to the draft.
public enum SentenceChange: Sendable, Equatable {
  /// The same sentence, in the same order relative to the other kept sentences.
  case unchanged(old: Int, new: Int)
  /// The same sentence, now somewhere else (a moved paragraph moves its sentences).
  case moved(old: Int, new: Int)
  /// A sentence the writer reworded: similar enough to be the same sentence, not equal.
  case rewritten(old: Int, new: Int)
  /// A sentence only the revision has.
  case added(new: Int)
  /// A sentence only the draft has.
  case removed(old: Int)
}

/// Pairs a draft's sentences with its revision's, in near-linear time.
///
/// 1. Equal sentences (after folding case and white space) are paired, the k-th occurrence in
///    the draft with the k-th in the revision.
/// 2. The longest run of those pairs that keeps its order (a longest increasing subsequence,
///    O(n log n)) is *unchanged*; the other equal pairs are *moved*.
/// 3. Between two unchanged sentences, a draft sentence and a revision sentence that share
///    most of their words (Dice coefficient on word sets ≥ ``rewriteThreshold``) are one
///    *rewritten* sentence, not a removal plus an addition. Sentences left over after that are
///    paired across the whole text through an index of their rarer words, so a paragraph that
///    was moved *and* reworded is still found.
/// 4. What is left is *added* or *removed*.
public struct SentenceAlignment: Sendable, Equatable {
  /// Every sentence of both texts exactly once: revision order, each removal placed after the
  /// draft sentence it followed.
  public var changes: [SentenceChange]

  /// Word-set similarity from which two sentences count as one rewritten sentence.
  public static let rewriteThreshold = 0.5
  /// Above this many candidate pairs in one gap, only pairs near the same relative position are
  /// compared, so a fully rewritten long text stays near-linear.
  static let gapPairBudget = 4096
  /// A word shared by more than this many leftover draft sentences is too common to index.
  static let commonWordLimit = 8

  /// Aligns the sentences of a draft with those of its revision.
  public init(old: [String], new: [String]) {
    let oldWords = old.map(Self.wordSet)
    let newWords = new.map(Self.wordSet)
    var oldMatch = [Int?](repeating: nil, count: old.count)
    var newMatch = [Int?](repeating: nil, count: new.count)
    var kind = [Int: Kind]()  // by new index

    // 1. Equal sentences.
    var positions: [String: [Int]] = [:]
    for (index, sentence) in old.enumerated() {
      positions[RevisionWords.key(sentence), default: []].append(index)
    }
    var taken: [String: Int] = [:]
    var pairs: [(old: Int, new: Int)] = []
    for (index, sentence) in new.enumerated() {
      let key = RevisionWords.key(sentence)
      guard let list = positions[key] else { continue }
      let next = taken[key, default: 0]
      guard next < list.count else { continue }
      taken[key] = next + 1
      pairs.append((list[next], index))
    }
    // 2. Order-keeping pairs are unchanged; the rest moved.
    let keep = Set(Self.longestIncreasing(pairs.map(\.old)))
    for (position, pair) in pairs.enumerated() {
      oldMatch[pair.old] = pair.new
      newMatch[pair.new] = pair.old
      kind[pair.new] = keep.contains(position) ? .unchanged : .moved
    }
    // 3a. Rewrites inside each gap between unchanged anchors.
    let anchors = pairs.enumerated().filter { keep.contains($0.offset) }.map(\.element)
    var previous = (old: -1, new: -1)
    for anchor in anchors + [(old.count, new.count)] {
      let oldGap = ((previous.old + 1)..<anchor.0).filter { oldMatch[$0] == nil }
      let newGap = ((previous.new + 1)..<anchor.1).filter { newMatch[$0] == nil }
      Self.pairRewrites(
        oldGap, newGap, oldWords: oldWords, newWords: newWords, oldMatch: &oldMatch,
        newMatch: &newMatch, kind: &kind)
      previous = anchor
    }
    // 3b. Rewrites anywhere, through an index of words.
    Self.pairDistantRewrites(
      oldWords: oldWords, newWords: newWords, oldMatch: &oldMatch, newMatch: &newMatch,
      kind: &kind)
    // 4. Lay out in revision order, removals after the draft sentence they followed.
    var removedAfter: [Int: [Int]] = [:]  // new index (-1: before all) → removed old indices
    var lastNew = -1
    for index in old.indices {
      if let match = oldMatch[index], kind[match] != .moved {
        lastNew = match
      } else if oldMatch[index] == nil {
        removedAfter[lastNew, default: []].append(index)
      }
    }
    var changes: [SentenceChange] = (removedAfter[-1] ?? []).map { .removed(old: $0) }
    for index in new.indices {
      if let match = newMatch[index] {
        switch kind[index] ?? .unchanged {
        case .unchanged: changes.append(.unchanged(old: match, new: index))
        case .moved: changes.append(.moved(old: match, new: index))
        case .rewritten: changes.append(.rewritten(old: match, new: index))
        }
      } else {
        changes.append(.added(new: index))
      }
      changes += (removedAfter[index] ?? []).map { .removed(old: $0) }
    }
    self.changes = changes
  }

  /// Whether the revision is the draft, sentence for sentence.
  public var isUnchanged: Bool {
    changes.allSatisfy { if case .unchanged = $0 { true } else { false } }
  }

  enum Kind { case unchanged, moved, rewritten }

  /// Case and runs of white space folded: the identity of a sentence.
  static func key(_ sentence: String) -> String { RevisionWords.key(sentence) }

  /// The sentence's words, lower-cased, without punctuation.
  static func wordSet(_ sentence: String) -> Set<String> {
    Set(RevisionWords.words(sentence))
  }

  /// Dice coefficient of two word sets: 1 for the same words, 0 for none in common.
  static func similarity(_ lhs: Set<String>, _ rhs: Set<String>) -> Double {
    let total = lhs.count + rhs.count
    guard total > 0 else { return 1 }
    let (small, large) = lhs.count <= rhs.count ? (lhs, rhs) : (rhs, lhs)
    let shared = small.reduce(0) { $0 + (large.contains($1) ? 1 : 0) }
    return 2 * Double(shared) / Double(total)
  }

  /// Indices (into `values`) of one longest strictly increasing subsequence.
  static func longestIncreasing(_ values: [Int]) -> [Int] {
    var tails: [Int] = []  // index into values of the smallest tail of each length
    var parent = [Int](repeating: -1, count: values.count)
    for (index, value) in values.enumerated() {
      var low = 0
      var high = tails.count
      while low < high {
        let middle = (low + high) / 2
        if values[tails[middle]] < value { low = middle + 1 } else { high = middle }
      }
      if low > 0 { parent[index] = tails[low - 1] }
      if low == tails.count { tails.append(index) } else { tails[low] = index }
    }
    var result: [Int] = []
    var cursor = tails.last ?? -1
    while cursor >= 0 {
      result.append(cursor)
      cursor = parent[cursor]
    }
    return result.reversed()
  }

  /// Pairs the most similar sentences of one gap first, each at most once.
  static func pairRewrites(
    _ oldGap: [Int], _ newGap: [Int], oldWords: [Set<String>], newWords: [Set<String>],
    oldMatch: inout [Int?], newMatch: inout [Int?], kind: inout [Int: Kind]
  ) {
    guard !oldGap.isEmpty, !newGap.isEmpty else { return }
    var candidates: [(similarity: Double, old: Int, new: Int)] = []
    let window =
      oldGap.count * newGap.count <= gapPairBudget
      ? Int.max : max(2, gapPairBudget / max(oldGap.count, newGap.count) / 2)
    for (i, oldIndex) in oldGap.enumerated() {
      // The new sentence at the same relative place in the gap, and a window around it.
      let centre = newGap.count * i / oldGap.count
      let low = window == Int.max ? 0 : max(0, centre - window)
      let high = window == Int.max ? newGap.count : min(newGap.count, centre + window + 1)
      for newIndex in newGap[low..<high] {
        let value = similarity(oldWords[oldIndex], newWords[newIndex])
        if value >= rewriteThreshold { candidates.append((value, oldIndex, newIndex)) }
      }
    }
    accept(candidates, oldMatch: &oldMatch, newMatch: &newMatch, kind: &kind)
  }

  /// Pairs leftover sentences anywhere in the text that share a rarer word and most words.
  static func pairDistantRewrites(
    oldWords: [Set<String>], newWords: [Set<String>], oldMatch: inout [Int?],
    newMatch: inout [Int?], kind: inout [Int: Kind]
  ) {
    var index: [String: [Int]] = [:]
    for (position, words) in oldWords.enumerated() where oldMatch[position] == nil {
      for word in words where word.count > 3 { index[word, default: []].append(position) }
    }
    guard !index.isEmpty else { return }
    var candidates: [(similarity: Double, old: Int, new: Int)] = []
    for (position, words) in newWords.enumerated() where newMatch[position] == nil {
      var seen = Set<Int>()
      for word in words where word.count > 3 {
        guard let list = index[word], list.count <= commonWordLimit else { continue }
        for oldIndex in list where seen.insert(oldIndex).inserted {
          let value = similarity(oldWords[oldIndex], words)
          if value >= rewriteThreshold { candidates.append((value, oldIndex, position)) }
        }
      }
    }
    accept(candidates, oldMatch: &oldMatch, newMatch: &newMatch, kind: &kind)
  }

  /// Takes candidate pairs best first (ties: earlier sentences first), each sentence once.
  static func accept(
    _ candidates: [(similarity: Double, old: Int, new: Int)], oldMatch: inout [Int?],
    newMatch: inout [Int?], kind: inout [Int: Kind]
  ) {
    let ordered = candidates.sorted {
      ($0.similarity, -$0.old, -$0.new) > ($1.similarity, -$1.old, -$1.new)
    }
    for candidate in ordered where oldMatch[candidate.old] == nil && newMatch[candidate.new] == nil
    {
      oldMatch[candidate.old] = candidate.new
      newMatch[candidate.new] = candidate.old
      kind[candidate.new] = .rewritten
    }
  }
}
