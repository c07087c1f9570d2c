extension SyllableCounter {
  /// The syllables of one lowercase ASCII word part, given its `hash`: the
  /// exceptions table, else the rules.
  @inline(__always)
  static func countFolded(_ word: Letters, hash key: UInt64) -> Int {
    if let known = exceptionCounts.value(for: key) { return Int(known) }
    return countByRule(word)
  }

  /// FNV-1a over the letters: the exceptions table's key (no `String` per word).
  static func hash(_ word: [UInt8]) -> UInt64 { word.withUnsafeBufferPointer { hash($0) } }

  static func hash(_ word: Letters) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in word {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return hash
  }

  /// ``Syllables/exceptions`` keyed by ``hash(_:)``, plus the rule counts of the most
  /// frequent English words worked out once (a look-up is cheaper than the rules).
  static let exceptionCounts = WordKeyTable(
    frequentWords.map { word in
      let letters = Array(word.utf8)
      return (hash(letters), UInt8(letters.withUnsafeBufferPointer { countByRule($0) }))
    } + Syllables.exceptions.map { (hash(Array($0.key.utf8)), UInt8($0.value)) })

  /// The most frequent words of English prose (function words and common verbs, as in Fry's
  /// instant-word list): about half of all tokens.
  private static let frequentWords: [String] = [
    "the", "of", "and", "to", "a", "in", "is", "it", "you", "that", "he", "was", "for", "on",
    "are", "with", "as", "i", "his", "they", "be", "at", "one", "have", "this", "from", "or",
    "had", "by", "not", "but", "what", "some", "we", "can", "out", "other", "were", "all",
    "there", "when", "up", "use", "your", "how", "said", "an", "each", "she", "which", "do",
    "their", "time", "if", "will", "way", "about", "many", "then", "them", "would", "write",
    "like", "so", "these", "her", "long", "make", "thing", "see", "him", "two", "has", "look",
    "more", "day", "could", "go", "come", "did", "no", "most", "my", "over", "know", "than",
    "call", "first", "who", "may", "down", "side", "been", "now", "find", "any", "new", "work",
    "part", "take", "get", "place", "made", "live", "where", "after", "back", "little", "only",
    "because", "people", "should", "think", "also", "help", "students", "student", "school",
    "more", "very", "good", "just", "even", "being", "into", "its", "our", "us", "me", "does",
    "dont", "things", "want", "need", "way", "able", "really", "lot",
    "while", "such", "much", "why", "those", "car", "cars", "well", "same", "still", "own",
  ]

  static func isVowelLetter(_ letter: UInt8) -> Bool {
    letter == 0x61 || letter == 0x65 || letter == 0x69 || letter == 0x6F || letter == 0x75
  }

  @inline(__always)
  private static func isVowel(_ word: Letters, _ index: Int) -> Bool {
    switch word[index] {
    case 0x61, 0x65, 0x69, 0x6F: return true
    case 0x75: return index == 0 || word[index - 1] != 0x71  // u after q is a consonant
    case 0x79: return index > 0  // y is a consonant word-initially
    default: return false
    }
  }

  /// Up to eight letters packed into an integer, for comparing affixes without arrays: the
  /// word's last letters (``tail(_:)``, last letter in the low byte) or first letters
  /// (``head(_:)``, first letter in the low byte).
  struct Affix: Sendable {
    let packed: UInt64
    let mask: UInt64
    let length: Int

    private init(packed: UInt64, length: Int) {
      self.packed = packed
      self.length = length
      self.mask = length >= 8 ? ~0 : (1 << UInt64(8 * length)) - 1
    }

    /// The affix as a suffix (compare with ``tail(_:)``).
    static func suffix(_ text: StaticString) -> Affix {
      let bytes = text.withUTF8Buffer { Array($0) }
      var packed: UInt64 = 0
      for (index, byte) in bytes.reversed().enumerated() where index < 8 {
        packed |= UInt64(byte) << UInt64(8 * index)
      }
      return Affix(packed: packed, length: bytes.count)
    }

    /// The affix as a prefix (compare with ``head(_:)``).
    static func prefix(_ text: StaticString) -> Affix {
      let bytes = text.withUTF8Buffer { Array($0) }
      var packed: UInt64 = 0
      for (index, byte) in bytes.enumerated() where index < 8 {
        packed |= UInt64(byte) << UInt64(8 * index)
      }
      return Affix(packed: packed, length: bytes.count)
    }

    @inline(__always)
    func matches(_ packedWord: UInt64, length wordLength: Int) -> Bool {
      length <= wordLength && packedWord & mask == packed
    }
  }

  @inline(__always)
  static func tail(_ word: Letters) -> UInt64 {
    var packed: UInt64 = 0
    let count = word.count
    var index = 0
    while index < 8 && index < count {
      packed |= UInt64(word[count - 1 - index]) << UInt64(8 * index)
      index += 1
    }
    return packed
  }

  @inline(__always)
  static func head(_ word: Letters) -> UInt64 {
    var packed: UInt64 = 0
    var index = 0
    while index < 8 && index < word.count {
      packed |= UInt64(word[index]) << UInt64(8 * index)
      index += 1
    }
    return packed
  }

  private static func bytes(_ text: StaticString) -> [UInt8] {
    text.withUTF8Buffer { Array($0) }
  }

  /// The rule-based count (see ``Syllables``).
  static func countByRule(_ word: Letters) -> Int {
    let length = word.count
    guard length > 0 else { return 0 }
    var count = 0
    var previousVowel = false
    var hasVowelLetter = false
    for index in 0..<length {
      let vowel = isVowel(word, index)
      if vowel && !previousVowel { count += 1 }
      if vowel { hasVowelLetter = true }
      previousVowel = vowel
    }
    // Letters spoken one by one (tv, cctv, hiv's consonants): one syllable a letter.
    guard hasVowelLetter else { return length <= 5 ? length : 1 }
    guard length > 2 else { return count }
    if let compound = compoundCount(word) { return compound }
    count -= silentEndings(word)
    guard length > 3 else { return max(count, 1) }
    count += hiatus(word)
    let end = tail(word)
    for rule in addingEndingRules where rule.suffix.matches(end, length: length) {
      let before = length - rule.suffix.length - 1
      if before < 0 || rule.after == 0 || (rule.after == 1 && !isVowel(word, before))
        || (rule.after == 2 && isVowel(word, before) && word[before] != 0x75)
        || (rule.after == 3 && (word[before] == 0x63 || word[before] == 0x74))
      {
        count += rule.extra
        break
      }
    }
    // didnt, isnt: `n't` typed without its apostrophe.
    if length >= 4 && word[length - 1] == 0x74 && word[length - 2] == 0x6E {
      let before = word[length - 3]
      if !isVowel(word, length - 3) && before != 0x72 && before != 0x6E { count += 1 }
    }
    let start = head(word)
    for prefix in addingPrefixAffixes where prefix.matches(start, length: length) {
      count += 1
      break
    }
    if creat.matches(start, length: length) && !creatur.matches(start, length: length) {
      count += 1
    }
    // `idea`, `areas`: a final ea after one consonant after a vowel.
    let eaEnd =
      eas.matches(end, length: length)
      ? length - 3 : (ea.matches(end, length: length) ? length - 2 : -1)
    if eaEnd >= 2 && !isVowel(word, eaEnd - 1) && isVowel(word, eaEnd - 2) { count += 1 }
    return max(count, 1)
  }

  /// Endings that add a syllable (`-ism`, `-ier`, `fire`, `player`, `employee`), and `-ically`
  /// whose `a` is silent. `after`: 0 always, 1 after a consonant, 2 after a vowel, 3 after `c` or `t`
  /// (`appreciate`).
  private static let addingEndings: [(suffix: StaticString, after: Int, extra: Int)] = [
    ("isms", 0, 1), ("ism", 0, 1), ("iest", 1, 1), ("iers", 1, 1), ("ier", 1, 1),
    ("irement", 1, 1), ("irely", 1, 1), ("iring", 1, 1), ("ires", 1, 1), ("ired", 1, 1),
    ("ire", 1, 1), ("ings", 2, 1), ("ing", 2, 1), ("ically", 0, -1), ("ayers", 0, 1),
    ("ayer", 0, 1), ("iating", 3, 1), ("iated", 3, 1), ("iates", 3, 1), ("iate", 3, 1),
    ("oyees", 0, 1), ("oyee", 0, 1), ("oyers", 0, 1), ("oyer", 0, 1),
  ]

  /// One of ``addingEndings``, packed.
  private struct EndingRule: Sendable {
    let suffix: Affix
    let after: Int
    let extra: Int
  }

  private static let addingEndingRules: [EndingRule] = addingEndings.map {
    EndingRule(suffix: .suffix($0.suffix), after: $0.after, extra: $0.extra)
  }
  private static let addingPrefixAffixes: [Affix] = addingPrefixes.map { .prefix($0.prefix) }
  private static let creat = Affix.prefix("creat")
  private static let creatur = Affix.prefix("creatur")
  private static let eas = Affix.suffix("eas")
  private static let ea = Affix.suffix("ea")

  /// Word beginnings with a vowel pair spoken as two syllables (`cooperate`, `react`,
  /// `reality`, `theatre`, `science`).
  private static let addingPrefixes: [(prefix: StaticString, unused: Int)] = [
    ("coop", 0), ("coor", 0), ("react", 0), ("reali", 0), ("thea", 0),
    ("scie", 0), ("reen", 0), ("preex", 0), ("deact", 0),
  ]

  /// Compounds whose first part ends in a silent `e` (`lifestyle`, `moreover`, `someone`):
  /// the two parts counted apart.
  private static func compoundCount(_ word: Letters) -> Int? {
    let length = word.count
    guard length >= 5 else { return nil }
    var index = 2
    while index < length - 2 {
      defer { index += 1 }
      guard word[index] == 0x65, !isVowel(word, index - 1), isVowel(word, index - 2) else {
        continue
      }
      let tail = Letters(rebasing: word[(index + 1)...])
      guard compoundEndingKeys.contains(hash(tail)) else { continue }
      return countByRule(Letters(rebasing: word[0...index])) + countByRule(tail)
    }
    return nil
  }

  private static let compoundEndingKeys = WordKeyTable(
    compoundEndings.map { (hash(bytes($0)), 1) })

  /// Second parts of English compounds (`-over`, `-some`, `-style`, `-work`, …), longest first.
  private static let compoundEndings: [StaticString] = [
    "things", "thing", "styles", "style", "crafts", "craft", "walks", "walk", "lines", "where",
    "times", "works", "holds", "place", "stone",
    "over", "more", "most", "town", "work", "ball", "wise", "wife", "hold", "some", "book",
    "time", "body", "days", "ways", "fore", "line", "land", "side", "room", "ware", "one",
    "how", "day", "way", "man", "men", "by",
  ]

  /// Syllables to drop for silent endings: final `e`, `-es`, `-ed`, and the `e` before
  /// `-ly`, `-ment`, `-ful`, `-ness`, `-less`.
  private static func silentEndings(_ word: Letters) -> Int {
    let length = word.count
    let last = word[length - 1]
    let consonantLE = { (end: Int) -> Bool in
      // consonant + le (table, little): the e is the vowel of a syllable.
      end >= 3 && word[end - 1] == 0x6C && !isVowel(word, end - 2) && word[end - 2] != 0x6C
    }
    var drop = 0
    let consonantRE = length >= 4 && word[length - 2] == 0x72 && !isVowel(word, length - 3)
    if last == 0x65 && !isVowel(word, length - 2) && !consonantLE(length - 1) && !consonantRE {
      drop += 1  // make, time
    } else if last == 0x73 && word[length - 2] == 0x65 && !isVowel(word, length - 3) {
      let before = word[length - 3]
      let sibilant =
        before == 0x73 || before == 0x78 || before == 0x7A
        || before == 0x63 || before == 0x67
        || (before == 0x68 && length >= 5 && (word[length - 4] == 0x63 || word[length - 4] == 0x73))
      if !sibilant && !consonantLE(length - 2) { drop += 1 }  // makes, hopes; not boxes, tables
    } else if last == 0x64 && word[length - 2] == 0x65 && !isVowel(word, length - 3) {
      let before = word[length - 3]
      let hundred =
        before == 0x72 && length >= 5 && !isVowel(word, length - 4) && word[length - 4] != 0x72
      if before != 0x74 && before != 0x64 && !consonantLE(length - 2) && !hundred {
        drop += 1  // jumped, called; not wanted, handled, hundred
      }
    }
    // league, colleagues, unique: a final -gue/-que after a vowel is silent.
    let gueEnd = last == 0x73 ? length - 1 : length
    if gueEnd >= 5 && word[gueEnd - 1] == 0x65 && word[gueEnd - 2] == 0x75
      && word[gueEnd - 3] == 0x67 && isVowel(word, gueEnd - 4)
    {
      drop += 1
    }
    let end = tail(word)
    for suffix in silentESuffixAffixes {
      let stemEnd = length - suffix.length
      guard stemEnd >= (suffix.length >= 4 ? 4 : 3), suffix.matches(end, length: length) else {
        continue
      }
      let consonant = word[stemEnd - 2]
      let single =
        isVowel(word, stemEnd - 3) || consonant == 0x63 || consonant == 0x67 || consonant == 0x73
      if word[stemEnd - 1] == 0x65 && !isVowel(word, stemEnd - 2) && single
        && !consonantLE(stemEnd - 1)
      {
        drop += 1  // lovely, statement, hopeful
      }
      break
    }
    return drop
  }

  /// Suffixes before which a stem's final `e` is silent (`lovely`, `statement`, `careless`).
  /// Longest first, so `-ments` wins over `-s`.
  private static let silentESuffixes: [(text: StaticString, count: Int)] = [
    ("ments", 5), ("ment", 4), ("fully", 5), ("ful", 3), ("ness", 4), ("less", 4), ("ly", 2),
    ("ty", 2),
  ]

  private static let silentESuffixAffixes: [Affix] = silentESuffixes.map { .suffix($0.text) }

  /// Vowel pairs spoken as two syllables (`ia` in *media*, `io` in *radio*, `ua` in *actual*),
  /// with the contexts where they merge (`-tion`, `-cial`, `qua-`, `-geous`).
  private static func hiatus(_ word: Letters) -> Int {
    let length = word.count
    var extra = 0
    var index = 1
    while index < length - 1 {
      let first = word[index]
      let second = word[index + 1]
      let before = word[index - 1]
      let after: UInt8 = index + 2 < length ? word[index + 2] : 0
      switch (first, second) {
      case (0x69, 0x61):  // ia: media, material; not special, Asian, marriage
        if !softBefore(before) && after != 0x67 && !liquidL(word, index) { extra += 1 }
      case (0x69, 0x6F):  // io: radio, period; not nation, religion, million, opinion
        let merged = softBefore(before) || before == 0x78 || before == 0x6E || liquidL(word, index)
        if !merged { extra += 1 }
      case (0x69, 0x75):  // iu: medium, stadium; not genius
        if before != 0x6E { extra += 1 }
      case (0x6F, 0x79):  // oya: loyal, enjoyable
        if after == 0x61 { extra += 1 }
      case (0x6F, 0x65):  // oe + consonant: poet, whoever; not does, goes, shoe
        if after != 0 && after != 0x73 && !isVowelLetter(after) { extra += 1 }
      case (0x65, 0x79):  // eyo: surveyor, beyond
        if after == 0x6F { extra += 1 }
      case (0x61, 0x6F):  // ao: chaos
        extra += 1
      case (0x65, 0x75):  // eum: museum
        if after == 0x6D { extra += 1 }
      case (0x75, 0x61):  // ua: actual, situation; not quality, language
        if before != 0x71 && before != 0x67 && after != 0x62 { extra += 1 }  // not valuable
      case (0x75, 0x6F):  // uo: duo, continuous
        if before != 0x71 { extra += 1 }
      case (0x75, 0x65):  // ue + n/l/t: fluent, cruel, duet; not guess, question
        if before != 0x71 && before != 0x67 && (after == 0x6E || after == 0x6C || after == 0x74) {
          extra += 1
        }
      case (0x75, 0x69):  // uing, uin, uid: continuing, ruin, fluid
        if (after == 0x6E || after == 0x64) && before != 0x71 && before != 0x67 { extra += 1 }
      case (0x65, 0x6F):  // eo: video, geography; not people, gorgeous, surgeon
        let merged =
          before == 0x70 || ((before == 0x67 || before == 0x63) && (after == 0x75 || after == 0x6E))
        if !merged { extra += 1 }
      case (0x69, 0x65):  // ie + t / nc / nt: quiet, society, audience; not patient, ancient
        let nextTwo: UInt8 = index + 3 < length ? word[index + 3] : 0
        if after == 0x74 {
          if !softBefore(before) || before == 0x63 { extra += 1 }
        } else if after == 0x6E && (nextTwo == 0x63 || nextTwo == 0x74) && !softBefore(before)
          && before != 0x6E
        {
          extra += 1
        }
      default:
        break
      }
      index += 1
    }
    return extra
  }

  /// Letters before `i` that make `ia`/`io`/`ie` one syllable (`-tion`, `-sion`, `-cial`,
  /// `-gion`).
  private static func softBefore(_ letter: UInt8) -> Bool {
    letter == 0x74 || letter == 0x73 || letter == 0x63 || letter == 0x67 || letter == 0x68
  }

  /// `li` + vowel after `l` or `i` (`million`, `brilliant`, `familiar`): one syllable.
  private static func liquidL(_ word: Letters, _ index: Int) -> Bool {
    index >= 2 && word[index - 1] == 0x6C && (word[index - 2] == 0x6C || word[index - 2] == 0x69)
  }
}
