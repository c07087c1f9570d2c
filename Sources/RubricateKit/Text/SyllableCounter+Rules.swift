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

  static func hash(_ word: Letters) -> UInt64 { FNV1a.hash(word) }

  /// ``Syllables/exceptions`` keyed by ``hash(_:)``, plus the rule counts of the most
  /// frequent English words worked out once (a look-up is cheaper than the rules).
  static let exceptionCounts = WordKeyTable(
    frequentWords.map { word in
      let letters = Array(word.utf8)
      return (hash(letters), UInt8(letters.withUnsafeBufferPointer { countByRule($0) }))
    } + Syllables.exceptions.map { (hash(Array($0.key.utf8)), UInt8($0.value)) })

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
