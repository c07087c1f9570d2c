/// Finds the body's words that the dictionary does not know and that are not names, acronyms,
/// numbers, addresses or course vocabulary.
struct SpellChecker {
  let dictionary: SpellingDictionary
  let dialects: Dialect
  /// Keys of words accepted here whatever the dictionary says.
  var known: Set<UInt64>
  /// Keys of the batch's names and titles (shared, read only).
  let batchNames: Set<UInt64>

  /// A word that failed the check (suggestions come later, only for these).
  struct Misspelling {
    var span: Span
    var text: String
    /// Listed, but a rare word one edit from a common one (``isRareConfusable(_:_:)``).
    var rareWord = false
  }

  init(
    dictionary: SpellingDictionary, options: LanguageOptions, knownWords: Set<UInt64>,
    batchNames: Set<UInt64> = []
  ) {
    self.batchNames = batchNames
    self.dictionary = dictionary
    self.dialects = options.dialect
    var known = knownWords
    for word in options.allowedWords { known.insert(SpellingDictionary.key(word.unicodeScalars)) }
    self.known = known
  }

  /// Adds the words written with a capital inside a sentence: names, wherever else they stand
  /// (with and without a possessive `'s`). `table` holds the words' keys and types, `initial`
  /// which start a sentence (``sentenceInitialWords(_:_:)``).
  ///
  /// A word's key is the table's; each type is learnt once (an essay writes "I" and its
  /// names many times, and each insertion hashed the key again for the set).
  mutating func learnNames(
    in scalars: [Unicode.Scalar], words: [Span], table: LanguageWords, initial: [Bool]
  ) {
    var learnt = [Bool](repeating: false, count: table.typeCount)
    for (index, word) in words.enumerated() where !initial[index] {
      let first = scalars[word.start].value
      guard
        (first >= 0x41 && first <= 0x5A)
          || (first >= 0x80 && ScalarClass.isUppercase(scalars[word.start]))
      else { continue }
      let entry = table.words[index]
      guard !learnt[Int(entry.type)] else { continue }
      learnt[Int(entry.type)] = true
      known.insert(entry.key)
      let mark = word.end - 2
      if mark >= word.start && (scalars[mark] == "'" || scalars[mark] == "’") {
        known.insert(SpellingDictionary.key(scalars[word.start..<mark]))
      }
    }
  }

  /// Whether each word starts a sentence (is the first word at or after a sentence's start).
  static func sentenceInitialWords(_ words: [Span], _ sentences: [Span]) -> [Bool] {
    var result = [Bool](repeating: false, count: words.count)
    var index = 0
    for sentence in sentences {
      while index < words.count && words[index].start < sentence.start { index += 1 }
      if index < words.count && words[index].start < sentence.end { result[index] = true }
    }
    return result
  }

  /// The misspelled words among `words` (whose ``LanguageWords`` is `table`, and whose
  /// sentence-initial words `initial` marks), skipping the `excluded` spans.
  func check(
    _ document: Document, words: [Span], table: LanguageWords, initial: [Bool],
    excluded: [Span]
  ) -> [Misspelling] {
    let scalars = document.scalars
    var result: [Misspelling] = []
    // The verdict depends only on the word's scalars: a word written again (most of an
    // essay's words are) reuses it. Per verdict: the misspelled part, relative to the word.
    // A plain word's verdict is found by its dictionary type and whether it is capitalised
    // (which tell its scalars); any other word's by its exact key. Each is kept as a code:
    // unknown yet, accepted (nearly every word, passed without reading a verdict), or the
    // index of a misspelled word's verdict.
    let unknown: Int32 = -1
    let accepted: Int32 = -2
    var verdicts: [(part: Span, rareWord: Bool)] = []
    var plainCodes = [Int32](repeating: unknown, count: 2 * table.typeCount)
    var otherTypes = WordTypeIndex()
    var otherCodes: [Int32] = []
    func code(for word: Span, plainlyAccepted: Bool) -> Int32 {
      guard !plainlyAccepted else { return accepted }
      let found = verdict(word, scalars)
      guard let part = found.part else { return accepted }
      verdicts.append((part, found.rareWord))
      return Int32(verdicts.count - 1)
    }
    table.words.withUnsafeBufferPointer { entries in
      for (index, word) in words.enumerated() {
        let entry = entries[index]
        let wordCode: Int32
        if entry.shape != .other {
          let slot = 2 * Int(entry.type) + (entry.shape == .plainCapitalised ? 1 : 0)
          if plainCodes[slot] == unknown {
            plainCodes[slot] = code(
              for: word, plainlyAccepted: isPlainlyAccepted(entry.key, length: word.length))
          }
          wordCode = plainCodes[slot]
        } else {
          let type = Int(otherTypes.type(of: entry.exactKey))
          if type == otherCodes.count {
            otherCodes.append(code(for: word, plainlyAccepted: false))
          }
          wordCode = otherCodes[type]
        }
        guard wordCode != accepted else { continue }
        let verdict = verdicts[Int(wordCode)]
        let part = Span(word.start + verdict.part.start, word.start + verdict.part.end)
        if LanguageExclusions.overlaps(word, excluded) { continue }
        if !initial[index] && ScalarClass.isUppercase(scalars[word.start]) { continue }
        result.append(
          Misspelling(
            span: part, text: Document.string(from: scalars[part.range]),
            rareWord: verdict.rareWord))
      }
    }
    return result
  }

  /// A word's verdict: its misspelled part relative to the word (`nil` when it is right), and
  /// whether it is listed but a rare word one edit from a common one.
  func verdict(_ word: Span, _ scalars: [Unicode.Scalar]) -> (part: Span?, rareWord: Bool) {
    var rareWord = false
    var found = misspelledPart(of: word, scalars)
    if found == nil && isRareConfusable(word, scalars) {
      found = word
      rareWord = true
    }
    return (found.map { Span($0.start - word.start, $0.end - word.start) }, rareWord)
  }

  /// Whether a plain word (``LanguageWords/Shape``) is spelled right by the dictionary alone, so that
  /// ``misspelledPart(of:_:)`` and ``isRareConfusable(_:_:)`` would both pass it: it is listed
  /// in one of the dialects, and it is too short for the rare-word check or not among the
  /// rarest words. (Nine new word types in ten end here, without the checks' own passes.)
  @inline(__always)
  func isPlainlyAccepted(_ key: UInt64, length: Int) -> Bool {
    guard let entry = dictionary.entry(for: key) else { return false }
    return !entry.dialects.isDisjoint(with: dialects)
      && (length <= 2 || entry.size < Self.rarestSize)
  }

  /// The SCOWL size of the rarest words the list keeps: SCOWL advises spell checkers to stop
  /// one size below, because its rarest words are often what a slip for a common word spells
  /// (`wether` for `weather`, `pomes` for `poems`).
  static let rarestSize: UInt8 = 70
  /// The SCOWL size of the commonest words, the ones such a slip was meant to be.
  static let commonestSize: UInt8 = 10

  /// Whether a lower-case word is listed only among the rarest words and is one edit from
  /// one of the commonest, and neither the writer's names nor the allow list hold it.
  func isRareConfusable(_ word: Span, _ scalars: [Unicode.Scalar]) -> Bool {
    guard word.length > 2 else { return false }
    var hasher = FNV1a()
    for offset in word.range {
      let value = scalars[offset].value
      guard value >= 0x61 && value <= 0x7A else { return false }
      hasher.combine(UInt8(value))
    }
    guard let entry = dictionary.entry(for: hasher.value), entry.size >= Self.rarestSize,
      !known.contains(hasher.value),
      !batchNames.contains(hasher.value)
    else { return false }
    let typed = word.range.map { UInt8(truncatingIfNeeded: scalars[$0].value) }
    return SpellingSuggester.oneEditCandidates(typed, in: dictionary, dialects: dialects)
      .contains { candidate in
        guard case .word(let other) = candidate else { return false }
        return dictionary.entries[other].size <= Self.commonestSize
      }
  }

  /// The part of the word that is misspelled (the word itself, or one part of a hyphenated
  /// word), or `nil` when it is spelled right or is not the kind of word a dictionary checks.
  func misspelledPart(of word: Span, _ scalars: [Unicode.Scalar]) -> Span? {
    guard word.length > 1 else { return nil }
    var capitals = 0
    var hyphens: [Int] = []
    var ascii = true
    for offset in word.range {
      let scalar = scalars[offset]
      let value = scalar.value
      if value < 0x80 {
        if value >= 0x41 && value <= 0x5A {
          capitals += 1
        } else if value == 0x2D {
          hyphens.append(offset)
        } else if !(value >= 0x61 && value <= 0x7A) && value != 0x27 {
          return nil  // a digit, `.`, `@`, `/`, `_`: a number, an address, an initialism
        }
      } else if value == 0x2019 || value == 0x2BC {
        continue
      } else if value == 0x2010 || value == 0x2011 {
        hyphens.append(offset)
      } else {
        ascii = false
        if ScalarClass.isUppercase(scalar) { capitals += 1 }
      }
    }
    if capitals > 1 { return nil }  // an acronym, or a name like McAdams
    if capitals == 1 && !ScalarClass.isUppercase(scalars[word.start]) {
      return nil  // a unit, a gene or a brand written in mixed case: dL, mmoX, iPhone
    }
    if isAccepted(Span(word.start, word.end), scalars) { return nil }
    guard ascii else { return nil }  // a foreign word or name the list lacks
    if capitals == 0 && word.length <= 5
      && scalars[word.range].allSatisfy({ "ivxlcdm".unicodeScalars.contains($0) })
    {
      return nil  // a roman numeral (`ii`, `xiv`)
    }
    guard !hyphens.isEmpty else { return word }
    var start = word.start
    for cut in hyphens + [word.end] {
      let part = Span(start, cut)
      // A part of one or two letters is a letter or a label (`wh-questions`, `e-mail`).
      if part.length > 2 && !isAccepted(part, scalars)
        && !isCompoundPart(part, last: cut == word.end, scalars)
      {
        return part
      }
      start = cut + 1
    }
    return nil
  }

  /// Prefixes written with a hyphen that dictionaries do not list alone (`pre-war`,
  /// `socio-economic`).
  static let prefixes: Set<String> = [
    "pre", "post", "non", "anti", "socio", "intra", "inter", "multi", "co", "re", "sub", "semi",
    "pseudo", "neo", "bio", "geo", "macro", "micro", "mid", "ex", "quasi", "proto", "trans",
    "ultra", "meta", "hyper", "cyber", "eco", "euro", "mis", "un", "cross", "counter",
  ]

  /// Whether a part of a hyphenated word is a name (`al-Asad`, `anti-American`), a prefix, a
  /// combining form (`spatio-temporal`, `ethno-linguistic`) or a listed word with an ending
  /// compounds add (`year-olds`, `single-handedly`, `self-centeredness`).
  func isCompoundPart(_ part: Span, last: Bool, _ scalars: [Unicode.Scalar]) -> Bool {
    let first = scalars[part.start].value
    if first >= 0x41 && first <= 0x5A { return true }
    let text = Document.string(from: scalars[part.range]).lowercased()
    if Self.prefixes.contains(text) { return true }
    if !last && text.hasSuffix("o") { return true }
    for ending in Self.compoundEndings where text.hasSuffix(ending.suffix) {
      let stem = part.length - ending.suffix.count
      if stem >= ending.shortestStem && isAccepted(Span(part.start, part.start + stem), scalars) {
        return true
      }
    }
    return false
  }

  /// Endings a compound's last part takes that the list lacks with it, each with the shortest
  /// stem it follows.
  static let compoundEndings: [(suffix: String, shortestStem: Int)] = [
    ("s", 3), ("ly", 3), ("ness", 3),
  ]

  /// Whether the dictionary, the allow list or the names here accept the span, with or without
  /// a possessive `'s` or a trailing apostrophe.
  func isAccepted(_ span: Span, _ scalars: [Unicode.Scalar]) -> Bool {
    var hasher = FNV1a()
    var withoutPossessive: UInt64?
    var offset = span.start
    while offset < span.end {
      let value = scalars[offset].value
      if offset == span.end - 2 && (value == 0x27 || value == 0x2019 || value == 0x2BC)
        && scalars[offset + 1].value | 0x20 == 0x73
      {
        withoutPossessive = hasher.value
      }
      SpellingDictionary.add(scalars[offset], to: &hasher)
      offset += 1
    }
    if accepts(hasher.value) { return true }
    return withoutPossessive.map(accepts) ?? false
  }

  @inline(__always)
  private func accepts(_ key: UInt64) -> Bool {
    dictionary.accepts(key: key, dialects: dialects) || known.contains(key)
      || batchNames.contains(key)
  }
}
