import Foundation

/// Pairs each final post with its draft by who wrote it; never guesses.
///
/// A post is known by its identity keys: the LMS user id, and the writer's name folded
/// (case, diacritics and punctuation dropped; "Kenji Watanabe", "Watanabe, Kenji" and the
/// login `watanabekenji` all give `watanabekenji` or `kenjiwatanabe`). A draft and a final pair
/// when they share a key and neither shares one with any other post of the other side;
/// everything else is listed as unpaired.
public struct RevisionPairing: Sendable, Equatable {
  /// One post on either side, with the keys that identify its writer.
  public struct Candidate: Sendable, Equatable {
    public var index: Int
    public var keys: Set<String>

    public init(index: Int, keys: Set<String>) {
      self.index = index
      self.keys = keys
    }
  }

  /// (draft index, final index) pairs, in the finals' order.
  public var pairs: [(previous: Int, current: Int)]
  /// Finals with no draft, or with more than one that could be theirs.
  public var unpairedCurrent: [Int]
  /// Drafts with no final.
  public var unpairedPrevious: [Int]

  public static func == (lhs: RevisionPairing, rhs: RevisionPairing) -> Bool {
    lhs.pairs.map(\.previous) == rhs.pairs.map(\.previous)
      && lhs.pairs.map(\.current) == rhs.pairs.map(\.current)
      && lhs.unpairedCurrent == rhs.unpairedCurrent
      && lhs.unpairedPrevious == rhs.unpairedPrevious
  }

  public init(previous: [Candidate], current: [Candidate]) {
    var previousByKey: [String: Set<Int>] = [:]
    for candidate in previous {
      for key in candidate.keys { previousByKey[key, default: []].insert(candidate.index) }
    }
    var currentByKey: [String: Set<Int>] = [:]
    for candidate in current {
      for key in candidate.keys { currentByKey[key, default: []].insert(candidate.index) }
    }
    var pairs: [(previous: Int, current: Int)] = []
    var used = Set<Int>()
    var unpaired: [Int] = []
    for candidate in current {
      let matches = candidate.keys.reduce(into: Set<Int>()) {
        $0.formUnion(previousByKey[$1] ?? [])
      }
      // The draft must point back at this final only.
      guard matches.count == 1, let match = matches.first,
        let draft = previous.first(where: { $0.index == match }),
        draft.keys.reduce(into: Set<Int>(), { $0.formUnion(currentByKey[$1] ?? []) })
          == [candidate.index]
      else {
        unpaired.append(candidate.index)
        continue
      }
      pairs.append((match, candidate.index))
      used.insert(match)
    }
    self.pairs = pairs
    unpairedCurrent = unpaired
    unpairedPrevious = previous.map(\.index).filter { !used.contains($0) }
  }

  /// The identity keys of a writer: the user id, and each name folded in both word orders.
  public static func keys(userId: String?, names: [String?]) -> Set<String> {
    var keys = Set<String>()
    if let userId, !userId.isEmpty { keys.insert("id:" + userId) }
    for case let name? in names {
      let words = foldedWords(name)
      guard !words.isEmpty else { continue }
      keys.insert("name:" + words.joined())
      keys.insert("name:" + words.reversed().joined())
    }
    return keys
  }

  /// A name's words, lower-cased, without diacritics or punctuation ("Watanabe, Kenji" →
  /// `watanabe`, `kenji`; "Tomás Herrera" → `tomas`, `herrera`).
  static func foldedWords(_ name: String) -> [String] {
    let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    var words: [String] = []
    var current = ""
    for character in folded {
      if character.isLetter || character.isNumber {
        current.append(character)
      } else if !current.isEmpty {
        words.append(current)
        current = ""
      }
    }
    if !current.isEmpty { words.append(current) }
    // "Watanabe, Kenji" is "Kenji Watanabe".
    if name.contains(","), words.count == 2 { words.reverse() }
    return words
  }
}
