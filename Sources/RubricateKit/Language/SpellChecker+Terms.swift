import Foundation

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
  static func termsLeftOut(
    _ words: [Misspelling], suggester: SpellingSuggester, slips: SlipCache? = nil
  ) -> [Misspelling] {
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
      let slip =
        if let slips {
          slips.isSlip(text, largest: largest) {
            isSlip(typed, largest: largest, suggester: suggester)
          }
        } else {
          isSlip(typed, largest: largest, suggester: suggester)
        }
      if !slip { terms.insert(text) }
    }
    return terms.isEmpty ? words : words.filter { !terms.contains($0.text.lowercased()) }
  }

  /// Whether a listed word of at most SCOWL size `largest` is one edit or ``slipDistance``
  /// from `typed` (lower-case ASCII): the repeated word is then a slip for it, not a term.
  static func isSlip(_ typed: [UInt8], largest: UInt8, suggester: SpellingSuggester) -> Bool {
    let dictionary = suggester.dictionary
    let entries = dictionary.entries
    let oneEdit = SpellingSuggester.oneEditCandidates(typed, in: dictionary, dialects: .any)
      .contains { candidate in
        switch candidate {
        case .word(let index): entries[index].size <= largest
        case .split(let first, let second):
          max(entries[first].size, entries[second].size) <= largest
        }
      }
    if oneEdit { return true }
    return suggester.scan(typed, dialects: .any, within: slipDistance)
      .contains { entries[$0.index].size <= largest }
  }
}

/// Whether a word repeated in a document is a slip (``SpellChecker/isSlip(_:largest:suggester:)``),
/// worked out once per run for each word and size: learners across a class repeat the same
/// slips, and each answer costs an edit scan of the word list. The answer depends only on the
/// word, the size and the built-in list, so it does not depend on which document asks first.
final class SlipCache: @unchecked Sendable {
  struct Key: Hashable {
    var word: String
    var largest: UInt8
  }

  /// The cache of the built-in suggester, behind ``LanguageAnalyzer``.
  static let shared = SlipCache()

  /// Past this many words the cache stops growing; later ones are worked out each time.
  let capacity: Int
  private var stored: [Key: Bool] = [:]
  private let lock = NSLock()

  init(capacity: Int = 100_000) { self.capacity = capacity }

  /// The stored answer for `word` and `largest`, or `compute()`'s, stored.
  func isSlip(_ word: String, largest: UInt8, compute: () -> Bool) -> Bool {
    let key = Key(word: word, largest: largest)
    lock.lock()
    let known = stored[key]
    lock.unlock()
    if let known { return known }
    let answer = compute()
    lock.lock()
    if stored.count < capacity { stored[key] = answer }
    lock.unlock()
    return answer
  }
}
