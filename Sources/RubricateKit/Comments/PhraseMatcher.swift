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
    var sentenceInitial: Bool
    var label: Label
  }

  private var index: [String: [Entry]] = [:]
  /// The keys of ``index``: most tokens start no phrase, and this settles them unhashed.
  private var firstStems: WordSet = []

  init(_ table: [(Label, [String])]) {
    for (label, phrases) in table {
      for phrase in phrases {
        var text = Substring(phrase)
        let initial = text.hasPrefix("^")
        if initial { text = text.dropFirst() }
        let stems: [String?] = text.split(separator: " ").map { part in
          part == "*"
            ? nil : CommentText.stemForm(CommentText.normalised(ArraySlice(part.unicodeScalars)))
        }
        guard let first = stems.first, let key = first else { continue }
        index[key, default: []].append(Entry(stems: stems, sentenceInitial: initial, label: label))
      }
    }
    for key in index.keys {
      index[key]?.sort { $0.stems.count > $1.stems.count }
    }
    firstStems = WordSet(index.keys)
  }

  /// The matches in `tokens`; `opensSentence(i)` says whether token `i` starts a sentence.
  func matches(in tokens: [CommentToken], opensSentence: (Int) -> Bool) -> [Match] {
    var result: [Match] = []
    var position = 0
    while position < tokens.count {
      var matched = 0
      if firstStems.contains(tokens[position].stem, ends: tokens[position].stemEnds),
        let entries = index[tokens[position].stem]
      {
        for entry in entries where position + entry.stems.count <= tokens.count {
          if entry.sentenceInitial && !opensSentence(position) { continue }
          var same = true
          for (offset, stem) in entry.stems.enumerated().dropFirst() {
            if let stem, tokens[position + offset].stem != stem {
              same = false
              break
            }
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
