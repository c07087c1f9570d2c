/// The phrase tables of ``ArgumentLexicon``, by name, so that one scan finds them all.
enum LexiconGroup: Int, Sendable, CaseIterable {
  case conclusionOpeners, ordinalOpeners, additionOpeners, contrastOpeners, concessionOpeners
  case othersViewOpeners, anaphoricOpeners, conditionOpeners
  case conclusive, reason, example, attribution, sourceWords, opinion, stanceWords
  case obligation, possibility, prediction, evaluative
  case firstPersonSingular, firstPersonPlural, secondPerson, narrative
  case boosters, hedges, units, structureNouns, counts

  var table: PhraseTable {
    switch self {
    case .conclusionOpeners: ArgumentLexicon.conclusionOpeners
    case .ordinalOpeners: ArgumentLexicon.ordinalOpeners
    case .additionOpeners: ArgumentLexicon.additionOpeners
    case .contrastOpeners: ArgumentLexicon.contrastOpeners
    case .concessionOpeners: ArgumentLexicon.concessionOpeners
    case .othersViewOpeners: ArgumentLexicon.othersViewOpeners
    case .anaphoricOpeners: ArgumentLexicon.anaphoricOpeners
    case .conditionOpeners: ArgumentLexicon.conditionOpeners
    case .conclusive: ArgumentLexicon.conclusive
    case .reason: ArgumentLexicon.reason
    case .example: ArgumentLexicon.example
    case .attribution: ArgumentLexicon.attribution
    case .sourceWords: ArgumentLexicon.sourceWords
    case .opinion: ArgumentLexicon.opinion
    case .stanceWords: ArgumentLexicon.stanceWords
    case .obligation: ArgumentLexicon.obligation
    case .possibility: ArgumentLexicon.possibility
    case .prediction: ArgumentLexicon.prediction
    case .evaluative: ArgumentLexicon.evaluative
    case .firstPersonSingular: ArgumentLexicon.firstPersonSingular
    case .firstPersonPlural: ArgumentLexicon.firstPersonPlural
    case .secondPerson: ArgumentLexicon.secondPerson
    case .narrative: ArgumentLexicon.narrative
    case .boosters: ArgumentLexicon.boosters
    case .hedges: ArgumentLexicon.hedges
    case .units: ArgumentLexicon.units
    case .structureNouns: ArgumentLexicon.structureNouns
    case .counts: ArgumentLexicon.counts
    }
  }

  /// The number of groups (`allCases` builds an array on every call).
  static let count = allCases.count
}

/// Every group's phrases keyed by the id of their first word: one array look-up per token
/// finds the candidates of all groups at once, and candidates compare word ids.
struct LexiconIndex: Sendable {
  /// Knows every lexicon word and stop word (ids `0..<vocabularySize`); copy it to number a
  /// text's words.
  let words: WordInterner
  let vocabularySize: Int32
  /// The id of `since` (a reason, unless a year follows).
  let since: Int32
  /// Per lexicon word: whether it is one of ``ArgumentLexicon/stopWords``.
  private let stopWords: [Bool]
  /// Per lexicon word, and one past the last: where its candidates start in `candidates`.
  private let firstCandidate: [Int]
  /// The phrases grouped by first word; per first word the longest first, then by group.
  private let candidates: [Candidate]
  /// Per lexicon word: where its one-word candidates start (they come after the longer ones).
  private let firstSingle: [Int]
  /// One bit a pair of words that some phrase of two words or more opens with (a bit may be
  /// shared by other pairs): when the bit of a token and the next is clear, no longer phrase
  /// can start at the token and only its one-word candidates are tried.
  private let pairs: [UInt64]
  /// The words of every phrase, one after the other.
  private let phraseWords: [Int32]

  /// Eight bytes, so a word's candidates share a cache line.
  private struct Candidate: Sendable {
    var group: LexiconGroup
    /// The phrase's number of words.
    var count: UInt8
    /// The phrase's words in `phraseWords`.
    var start: Int32
  }

  static let shared = LexiconIndex()

  init() {
    var words = WordInterner()
    var phrases: [(words: [Int32], group: LexiconGroup)] = []
    for group in LexiconGroup.allCases {
      for phrase in group.table.phrases {
        phrases.append((phrase.map { words.id(of: $0) }, group))
      }
    }
    let stopWordIDs = ArgumentLexicon.stopWords.sorted().map { words.id(of: $0) }
    since = words.id(of: "since")
    vocabularySize = Int32(words.count)
    // Each text's copy reads these words in place and numbers its own in a table of its own.
    words.freeze()
    self.words = words
    var stopWords = [Bool](repeating: false, count: words.count)
    for id in stopWordIDs { stopWords[Int(id)] = true }
    self.stopWords = stopWords

    var byFirstWord = [[(words: [Int32], group: LexiconGroup)]](repeating: [], count: words.count)
    for phrase in phrases {
      guard let first = phrase.words.first else { continue }
      byFirstWord[Int(first)].append(phrase)
    }
    var firstCandidate: [Int] = []
    var firstSingle: [Int] = []
    var candidates: [Candidate] = []
    var phraseWords: [Int32] = []
    var pairs = [UInt64](repeating: 0, count: Self.pairBits / 64)
    for list in byFirstWord {
      firstCandidate.append(candidates.count)
      for phrase in list where phrase.words.count > 1 {
        let bit = Self.pairBit(phrase.words[0], phrase.words[1])
        pairs[bit >> 6] |= 1 << UInt64(bit & 63)
      }
      // Longest first, so each group's match at a position is its most specific phrase.
      let ordered = list.enumerated().sorted { lhs, rhs in
        if lhs.element.words.count != rhs.element.words.count {
          return lhs.element.words.count > rhs.element.words.count
        }
        return (lhs.element.group.rawValue, lhs.offset) < (rhs.element.group.rawValue, rhs.offset)
      }
      firstSingle.append(candidates.count + ordered.filter { $0.element.words.count > 1 }.count)
      for (_, phrase) in ordered {
        candidates.append(
          Candidate(
            group: phrase.group, count: UInt8(phrase.words.count), start: Int32(phraseWords.count)
          ))
        phraseWords += phrase.words
      }
    }
    firstCandidate.append(candidates.count)
    self.firstCandidate = firstCandidate
    self.firstSingle = firstSingle
    self.pairs = pairs
    self.candidates = candidates
    self.phraseWords = phraseWords
  }

  /// The size of the ``pairs`` filter (a power of two).
  private static let pairBits = 1 << 15

  /// The bit of the ``pairs`` filter that stands for `first` followed by `second`.
  @inline(__always)
  private static func pairBit(_ first: Int32, _ second: Int32) -> Int {
    let mixed =
      UInt32(bitPattern: first) &* 0x9E37_79B1 ^ UInt32(bitPattern: second) &* 0x85EB_CA77
    return Int(mixed >> 7) & (pairBits - 1)
  }

  /// Whether the word `id` is one of ``ArgumentLexicon/stopWords``.
  @inline(__always)
  func isStopWord(_ id: Int32) -> Bool {
    id < vocabularySize && stopWords[Int(id)]
  }

  /// Each group's non-overlapping matches, left to right (the same as matching the group's
  /// table alone).
  func scan(_ tokens: ArgumentTokens) -> LexiconMatches {
    var matches = LexiconMatches()
    if tokens.isEmpty { return matches }
    tokens.tokens.withUnsafeBufferPointer { tokens in
      candidates.withUnsafeBufferPointer { candidates in
        firstCandidate.withUnsafeBufferPointer { firstCandidate in
          firstSingle.withUnsafeBufferPointer { firstSingle in
            pairs.withUnsafeBufferPointer { pairs in
              phraseWords.withUnsafeBufferPointer { phraseWords in
                scan(
                  tokens,
                  Tables(
                    candidates: candidates, firstCandidate: firstCandidate,
                    firstSingle: firstSingle, pairs: pairs, phraseWords: phraseWords),
                  into: &matches)
              }
            }
          }
        }
      }
    }
    return matches
  }

  /// The index's arrays, opened for one scan.
  private struct Tables {
    var candidates: UnsafeBufferPointer<Candidate>
    var firstCandidate: UnsafeBufferPointer<Int>
    var firstSingle: UnsafeBufferPointer<Int>
    var pairs: UnsafeBufferPointer<UInt64>
    var phraseWords: UnsafeBufferPointer<Int32>
  }

  /// ``scan(_:)`` over the tables' buffers (no array look-up in the loop retains or checks).
  @inline(__always)
  private func scan(
    _ tokens: UnsafeBufferPointer<ArgumentTokens.Token>, _ tables: Tables,
    into matches: inout LexiconMatches
  ) {
    let (candidates, phraseWords) = (tables.candidates, tables.phraseWords)
    // Per group: the first token a new match may start at (matches of a group never overlap).
    withUnsafeTemporaryAllocation(of: Int.self, capacity: LexiconGroup.count) { nextAllowed in
      nextAllowed.initialize(repeating: 0)
      for index in 0..<tokens.count {
        let word = tokens[index].word
        guard word < vocabularySize else { continue }
        var first = tables.firstCandidate[Int(word)]
        let last = tables.firstCandidate[Int(word) + 1]
        guard first < last else { continue }
        if first < tables.firstSingle[Int(word)] {
          // Longer phrases start here only if the pair of words can open one.
          let bit = index + 1 < tokens.count ? Self.pairBit(word, tokens[index + 1].word) : 0
          if index + 1 == tokens.count || tables.pairs[bit >> 6] & (1 << UInt64(bit & 63)) == 0 {
            first = tables.firstSingle[Int(word)]
          }
        }
        var matchedHere: UInt64 = 0  // one bit a group (there are fewer than 64)
        for position in first..<last {
          let candidate = candidates[position]
          let group = Int(candidate.group.rawValue)
          let bit: UInt64 = 1 << UInt64(group)
          let length = Int(candidate.count)
          guard nextAllowed[group] <= index, matchedHere & bit == 0,
            index + length <= tokens.count
          else { continue }
          let start = Int(candidate.start)
          var offset = 1
          while offset < length && tokens[index + offset].word == phraseWords[start + offset] {
            offset += 1
          }
          guard offset == length else { continue }
          matches.append(candidate.group, index..<(index + length))
          nextAllowed[group] = index + length
          matchedHere |= bit
        }
      }
    }
  }
}

/// The phrase matches of one sentence, in token order (one list for all groups, so a sentence
/// with few matches allocates little).
struct LexiconMatches: Sendable, Equatable {
  private(set) var all: [(group: LexiconGroup, range: Range<Int>)] = []
  /// One bit a group: it has a match.
  private var present: UInt64 = 0
  /// One bit a group: it has a match at the first token.
  private var opening: UInt64 = 0

  @inline(__always)
  mutating func append(_ group: LexiconGroup, _ range: Range<Int>) {
    if all.isEmpty { all.reserveCapacity(8) }
    all.append((group, range))
    let bit: UInt64 = 1 << UInt64(group.rawValue)
    present |= bit
    if range.lowerBound == 0 { opening |= bit }
  }

  /// The group's matches, left to right.
  subscript(group: LexiconGroup) -> [Range<Int>] {
    has(group) ? all.filter { $0.group == group }.map(\.range) : []
  }

  /// The group's matches, left to right, without building an array.
  func ranges(_ group: LexiconGroup) -> GroupRanges {
    GroupRanges(all: has(group) ? all[...] : [], group: group)
  }

  /// The matches of one group, read from the list of all matches.
  struct GroupRanges: Sequence, IteratorProtocol {
    fileprivate var all: ArraySlice<(group: LexiconGroup, range: Range<Int>)>
    fileprivate let group: LexiconGroup

    mutating func next() -> Range<Int>? {
      while let match = all.popFirst() {
        if match.group == group { return match.range }
      }
      return nil
    }
  }

  /// The group's first match.
  func first(_ group: LexiconGroup) -> Range<Int>? {
    has(group) ? all.first { $0.group == group }?.range : nil
  }

  /// The number of the group's matches.
  func count(_ group: LexiconGroup) -> Int {
    has(group) ? all.reduce(0) { $0 + ($1.group == group ? 1 : 0) } : 0
  }

  /// Whether the sentence opens with a phrase of the group.
  @inline(__always)
  func opens(_ group: LexiconGroup) -> Bool { opening & (1 << UInt64(group.rawValue)) != 0 }

  @inline(__always)
  func has(_ group: LexiconGroup) -> Bool { present & (1 << UInt64(group.rawValue)) != 0 }

  static func == (lhs: LexiconMatches, rhs: LexiconMatches) -> Bool {
    lhs.all.elementsEqual(rhs.all) { $0.group == $1.group && $0.range == $1.range }
  }
}
