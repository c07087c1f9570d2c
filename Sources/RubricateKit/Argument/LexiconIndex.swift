/// The phrase tables of ``ArgumentLexicon``, by name, so that one scan finds them all.
enum LexiconGroup: Int, Sendable, CaseIterable {
  case conclusionOpeners, ordinalOpeners, additionOpeners, contrastOpeners, concessionOpeners
  case othersViewOpeners, anaphoricOpeners, conditionOpeners
  case conclusive, reason, example, attribution, sourceWords, opinion, stanceWords
  case obligation, possibility, prediction, evaluative
  case firstPersonSingular, firstPersonPlural, secondPerson, narrative
  case boosters, hedges, units

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
    }
  }
}

/// Every group's phrases keyed by their first word: one dictionary probe per token finds
/// the candidates of all groups at once.
struct LexiconIndex: Sendable {
  private var byFirstWord: [String: [(words: [String], group: LexiconGroup)]]

  static let shared = LexiconIndex()

  init() {
    var table: [String: [(words: [String], group: LexiconGroup)]] = [:]
    for group in LexiconGroup.allCases {
      for words in group.table.phrases {
        guard let first = words.first else { continue }
        table[first, default: []].append((words, group))
      }
    }
    // Longest first, so each group's match at a position is its most specific phrase.
    byFirstWord = table.mapValues { candidates in
      candidates.sorted {
        $0.words.count != $1.words.count
          ? $0.words.count > $1.words.count : $0.group.rawValue < $1.group.rawValue
      }
    }
  }

  /// Each group's non-overlapping matches, left to right (the same as matching the group's
  /// table alone).
  func scan(_ tokens: ArgumentTokens) -> LexiconMatches {
    var matches = LexiconMatches()
    var nextAllowed = [Int](repeating: 0, count: LexiconGroup.allCases.count)
    for index in 0..<tokens.count {
      guard let candidates = byFirstWord[tokens.words[index]] else { continue }
      var matchedHere: UInt64 = 0  // one bit a group (there are fewer than 64)
      for candidate in candidates {
        let group = candidate.group
        let bit: UInt64 = 1 << UInt64(group.rawValue)
        guard nextAllowed[group.rawValue] <= index, matchedHere & bit == 0,
          index + candidate.words.count <= tokens.count
        else { continue }
        var matched = true
        for (offset, word) in candidate.words.enumerated().dropFirst()
        where tokens.words[index + offset] != word {
          matched = false
          break
        }
        guard matched else { continue }
        let range = index..<(index + candidate.words.count)
        matches.ranges[group.rawValue].append(range)
        nextAllowed[group.rawValue] = range.upperBound
        matchedHere |= bit
      }
    }
    return matches
  }
}

/// The phrase matches of one sentence, by group.
struct LexiconMatches: Sendable, Equatable {
  var ranges = [[Range<Int>]](repeating: [], count: LexiconGroup.allCases.count)

  subscript(group: LexiconGroup) -> [Range<Int>] { ranges[group.rawValue] }

  /// Whether the sentence opens with a phrase of the group.
  func opens(_ group: LexiconGroup) -> Bool { self[group].first?.lowerBound == 0 }

  func has(_ group: LexiconGroup) -> Bool { !self[group].isEmpty }
}
