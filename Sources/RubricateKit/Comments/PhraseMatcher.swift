/// Finds phrases from a table in a token sequence: longest match first, left to right, no
/// overlaps, in time linear in the number of tokens (phrases are indexed by their first word).
///
/// Phrase syntax: words separated by spaces, compared by stem (so `you argue` also matches
/// `you argued`); `*` stands for any one word; a leading `^` means the phrase must open a
/// sentence.
struct PhraseMatcher<Label: Sendable>: Sendable {
  struct Match {
    var label: Label
    /// Token indices covered.
    var tokens: Range<Int>
  }

  private struct Entry: Sendable {
    var stems: [String?]
    /// `hashValue` of each stem: a stem whose hash differs from a token's ``CommentToken/stemHash``
    /// is not the token's stem, so most comparisons are of two integers.
    var hashes: [Int]
    var sentenceInitial: Bool
    var label: Label
  }

  /// The phrases starting with one stem, longest first.
  private struct Group: Sendable {
    var stem: String
    var hash: Int
    var entries: [Entry]
    /// For each entry, whether it has a second stem (not `*`), and that stem's hash: a phrase
    /// whose second stem is not the next token's is passed over without reading the entry.
    var hasSecond: [Bool]
    var secondHashes: [Int]
  }

  private var groups: [Group] = []
  /// Open addressing on the first stem's hash: the index in ``groups`` of each occupied slot,
  /// −1 for an empty one; the size is a power of two, at least twice the number of groups.
  private var slots: [Int] = []
  /// The first stems: most tokens start no phrase, and this settles them before the table.
  private var firstStems: WordSet = []

  init(_ table: [(Label, [String])]) {
    var index: [String: [Entry]] = [:]
    // Tables repeat their words (`the`, `your`, `paragraph`): each is stemmed once.
    var known: [Substring: (stem: String, hash: Int)] = [:]
    for (label, phrases) in table {
      for phrase in phrases {
        var text = Substring(phrase)
        let initial = text.hasPrefix("^")
        if initial { text = text.dropFirst() }
        let parts: [(stem: String, hash: Int)?] = text.split(separator: " ").map { part in
          guard part != "*" else { return nil }
          if let seen = known[part] { return seen }
          let stem = CommentText.stemForm(CommentText.normalised(ArraySlice(part.unicodeScalars)))
          known[part] = (stem, stem.hashValue)
          return (stem, stem.hashValue)
        }
        guard let first = parts.first, let key = first?.stem else { continue }
        index[key, default: []].append(
          Entry(
            stems: parts.map { $0?.stem }, hashes: parts.map { $0?.hash ?? 0 },
            sentenceInitial: initial, label: label))
      }
    }
    for key in index.keys {
      index[key]?.sort { $0.stems.count > $1.stems.count }
    }
    firstStems = WordSet(index.keys)
    var size = 16
    while size < 2 * index.count { size *= 2 }
    slots = [Int](repeating: -1, count: size)
    for (stem, entries) in index {
      var slot = stem.hashValue & (size - 1)
      while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
      slots[slot] = groups.count
      groups.append(
        Group(
          stem: stem, hash: stem.hashValue, entries: entries,
          hasSecond: entries.map { $0.stems.count > 1 && $0.stems[1] != nil },
          secondHashes: entries.map { $0.hashes.count > 1 ? $0.hashes[1] : 0 }))
    }
  }

  /// The index in ``groups`` of the phrases whose first stem is the token's.
  private func group(startingWith token: Int, in tokens: [CommentToken]) -> Int? {
    guard firstStems.mayContain(tokens[token].stemEnds) else { return nil }
    let hash = tokens[token].stemHash
    let mask = slots.count - 1
    var slot = hash & mask
    while slots[slot] >= 0 {
      let group = slots[slot]
      if groups[group].hash == hash && groups[group].stem == tokens[token].stem { return group }
      slot = (slot + 1) & mask
    }
    return nil
  }

  /// The matches in `tokens`; `opensSentence(i)` says whether token `i` starts a sentence.
  func matches(in tokens: [CommentToken], opensSentence: (Int) -> Bool) -> [Match] {
    var result: [Match] = []
    var position = 0
    while position < tokens.count {
      var matched = 0
      if let group = group(startingWith: position, in: tokens) {
        let nextHash = position + 1 < tokens.count ? tokens[position + 1].stemHash : 0
        for index in groups[group].entries.indices {
          if groups[group].hasSecond[index] && groups[group].secondHashes[index] != nextHash {
            continue
          }
          let entry = groups[group].entries[index]
          guard position + entry.stems.count <= tokens.count else { continue }
          if entry.sentenceInitial && !opensSentence(position) { continue }
          var same = true
          var offset = 1
          while offset < entry.stems.count {
            if let stem = entry.stems[offset],
              tokens[position + offset].stemHash != entry.hashes[offset]
                || tokens[position + offset].stem != stem
            {
              same = false
              break
            }
            offset += 1
          }
          if same {
            result.append(
              Match(label: entry.label, tokens: position..<position + entry.stems.count))
            matched = entry.stems.count
            break
          }
        }
      }
      position += max(1, matched)
    }
    return result
  }
}
