extension SpellChecker {
  /// The largest SCOWL size of a listed word one edit away (or of the two words a run-together
  /// spelling joins) that makes a word used twice a slip for it rather than a term.
  static let slipSizeTwice: UInt8 = 35
  /// The same for a word used three times or more: only a common word (`candidate` for
  /// `canidate`) outweighs that much use.
  static let slipSizeOften: UInt8 = 20
  /// The weighted distance (``SpellingCost``) within which such a word farther than one edit
  /// is also a slip (`neccesary`: one `c` too many, one `s` too few).
  static let slipDistance = 1.0

  /// The misspellings left when the document's terms are taken out.
  ///
  /// A word the list lacks that the writer uses more than once is a term of the field
  /// (`outgroup`, `zebrafish`, `upregulation`) rather than the same slip made again, unless a
  /// listed word of ``slipSizeTwice`` (or, used three times or more, ``slipSizeOften``) is one
  /// edit or ``slipDistance`` away: learners repeat `canidate`, `enviroment` and `neccesary`. A rare listed word one edit from
  /// a common one (``isRareConfusable(_:_:)``) is meant when it is used more than once.
  static func termsLeftOut(_ words: [Misspelling], suggester: SpellingSuggester)
    -> [Misspelling]
  {
    let dictionary = suggester.dictionary
    var uses: [String: (count: Int, rareWord: Bool)] = [:]
    for word in words {
      uses[word.text.lowercased(), default: (0, word.rareWord)].count += 1
    }
    var terms = Set<String>()
    for (text, use) in uses where use.count >= 2 {
      if use.rareWord {
        terms.insert(text)
        continue
      }
      let typed = Array(text.utf8)
      guard typed.allSatisfy({ $0 < 0x80 }) else { continue }
      let largest = use.count >= 3 ? slipSizeOften : slipSizeTwice
      let entries = dictionary.entries
      let slip = SpellingSuggester.oneEditCandidates(typed, in: dictionary, dialects: .any)
        .contains { candidate in
          switch candidate {
          case .word(let index): entries[index].size <= largest
          case .split(let first, let second):
            max(entries[first].size, entries[second].size) <= largest
          }
        }
      if slip { continue }
      let near = suggester.scan(typed, dialects: .any, within: slipDistance)
      if !near.contains(where: { entries[$0.index].size <= largest }) { terms.insert(text) }
    }
    return terms.isEmpty ? words : words.filter { !terms.contains($0.text.lowercased()) }
  }
}
