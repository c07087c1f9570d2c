extension VocabularyProfile {
  /// The Zipf frequency × 10 of the English table's words (``TermWeights/englishWordFrequencies``),
  /// keyed as ``SpellingDictionary`` keys words.
  static let zipfTenths: WordKeyTable = {
    var entries: [(key: UInt64, value: UInt8)] = []
    for line in TermWeights.englishWordFrequencies.split(separator: "\n") {
      let fields = line.split(separator: " ")
      guard let first = fields.first, let tenths = UInt8(first) else { continue }
      for word in fields.dropFirst() {
        entries.append((SpellingDictionary.key(word.unicodeScalars), tenths))
      }
    }
    return WordKeyTable(entries)
  }()

  /// Words this frequent (Zipf ≥ 5.6: `the`, `because`, `people`) are function or everyday words,
  /// never reported as repeated content words.
  static let everydayZipfTenths: UInt8 = 56

  /// Profiles the words of a body; `misspelled` holds the start offsets of misspelled words,
  /// which are neither rare nor common.
  init(document: Document, words: [Span], misspelled: Set<Int>) {
    let scalars = document.scalars
    var keys: [UInt64] = []
    keys.reserveCapacity(words.count)
    var letters = 0
    var judged = 0
    var rare = 0
    var counts: [UInt64: (count: Int, first: Span)] = [:]
    for word in words {
      var hasher = FNV1a()
      var wordLetters = 0
      for scalar in scalars[word.range] {
        if scalar.isLetter { wordLetters += 1 }
        SpellingDictionary.add(scalar, to: &hasher)
      }
      guard wordLetters > 0 else { continue }  // a number
      keys.append(hasher.value)
      letters += wordLetters
      guard !misspelled.contains(word.start) else { continue }
      judged += 1
      let zipf = Self.zipfTenths.value(for: hasher.value)
      if zipf.map({ Double($0) / 10 < LanguageAnalyzer.rareZipf }) ?? true { rare += 1 }
      if (zipf ?? 0) < Self.everydayZipfTenths && wordLetters > 2 {
        let old = counts[hasher.value]
        counts[hasher.value] = ((old?.count ?? 0) + 1, old?.first ?? word)
      }
    }
    let repeated = counts.values.filter { $0.count >= 3 }
      .sorted { $0.count != $1.count ? $0.count > $1.count : $0.first < $1.first }
      .prefix(5)
      .map {
        RepeatedWord(
          word: Document.string(from: scalars[$0.first.range]).lowercased(), count: $0.count)
      }
    self.init(
      mattr: Self.mattr(keys, window: LanguageAnalyzer.mattrWindow),
      rareWordShare: judged == 0 ? 0 : Double(rare) / Double(judged),
      meanWordLength: keys.isEmpty ? 0 : Double(letters) / Double(keys.count),
      repeatedWords: Array(repeated))
  }

  /// The mean type-token ratio of every window of `window` consecutive words (the plain
  /// type-token ratio when there are fewer).
  static func mattr(_ keys: [UInt64], window: Int) -> Double {
    guard !keys.isEmpty else { return 0 }
    guard keys.count > window else { return Double(Set(keys).count) / Double(keys.count) }
    // Each word's type as a small number, so the window counts live in an array.
    var typeOf: [UInt64: Int32] = [:]
    typeOf.reserveCapacity(keys.count)
    let types = keys.map { key -> Int32 in
      if let known = typeOf[key] { return known }
      let next = Int32(typeOf.count)
      typeOf[key] = next
      return next
    }
    var counts = [Int32](repeating: 0, count: typeOf.count)
    var distinct = 0
    for type in types[0..<window] {
      counts[Int(type)] += 1
      if counts[Int(type)] == 1 { distinct += 1 }
    }
    var total = Double(distinct)
    for index in window..<types.count {
      let leaving = Int(types[index - window])
      counts[leaving] -= 1
      if counts[leaving] == 0 { distinct -= 1 }
      let entering = Int(types[index])
      counts[entering] += 1
      if counts[entering] == 1 { distinct += 1 }
      total += Double(distinct)
    }
    return total / Double(keys.count - window + 1) / Double(window)
  }
}
