extension VocabularyProfile {
  /// ``LanguageAnalyzer/rareZipf`` in tenths (a whole number of them: a tenths value below
  /// it is exactly a Zipf frequency below the threshold, compared without a division).
  static let rareZipfTenths = UInt8((LanguageAnalyzer.rareZipf * 10).rounded())

  /// Words this frequent (Zipf ≥ 5.6: `the`, `because`, `people`) are function or everyday words,
  /// never reported as repeated content words.
  static let everydayZipfTenths: UInt8 = 56

  /// Profiles the words of a body; `misspelled` holds the start offsets of misspelled words,
  /// which are neither rare nor common.
  init(document: Document, words: [Span], misspelled: Set<Int>) {
    self.init(document: document, words: words, misspelledStarts: misspelled.sorted())
  }

  /// Profiles the words of a body; `misspelledStarts` holds the start offsets of misspelled
  /// words in ascending order.
  init(document: Document, words: [Span], misspelledStarts: [Int]) {
    self.init(
      document: document, words: words,
      table: LanguageWords(scalars: document.scalars, words: words),
      misspelledStarts: misspelledStarts)
  }

  /// What the profile keeps of one of the table's word types.
  private struct Tally {
    /// Its number over the words with letters, in order of first use; -1 before its first.
    var number: Int32 = -1
    /// From its Zipf frequency in the English table (worked out once per type: most words are
    /// written again): 1 if it is rare (or not in the table), 2 if it is not an everyday word.
    var kind: UInt8 = 0
    /// Its uses as a content word, and the first of them.
    var uses: Int32 = 0
    var firstUse = Span(0, 0)
  }

  /// Profiles the words of a body from their ``LanguageWords`` (made from the same words).
  ///
  /// One pass over the words through buffer pointers, with what is kept of each word type in
  /// one array indexed by the table's type: four arrays grown and written through their
  /// bounds and uniqueness checks cost more than the profile's own arithmetic.
  init(document: Document, words: [Span], table: LanguageWords, misspelledStarts: [Int]) {
    var tallies = [Tally](repeating: Tally(), count: table.typeCount)
    // Words without letters (numbers) have no type here: the table's types are numbered
    // again over the other words, in order of first use.
    var typeCount: Int32 = 0
    var letters = 0
    var judged = 0
    var rare = 0
    var nextMisspelled = 0
    // The Zipf frequencies of the English table's words (``TermWeights/englishWordFrequencies``)
    // are read from the table the spelling check reads first (``FrequentWords``), through a
    // local, like the threshold: a static's every read checks its initialisation.
    let frequent = SpellingDictionary.builtIn.frequent
    let rareTenths = Self.rareZipfTenths
    let types = [Int32](unsafeUninitializedCapacity: words.count) { types, written in
      tallies.withUnsafeMutableBufferPointer { tallies in
        table.words.withUnsafeBufferPointer { entries in
          for (position, word) in words.enumerated() {
            let entry = entries[position]
            let wordLetters = Int(entry.letters)
            guard wordLetters > 0 else { continue }  // a number
            let tableType = Int(entry.type)
            if tallies[tableType].number < 0 {
              tallies[tableType].number = typeCount
              typeCount += 1
              let zipf = frequent.info(for: entry.key)?.zipfTenths
              tallies[tableType].kind =
                (zipf.map { $0 < rareTenths } ?? true ? 1 : 0)
                | ((zipf ?? 0) < Self.everydayZipfTenths ? 2 : 0)
            }
            types[written] = tallies[tableType].number
            written += 1
            letters += wordLetters
            while nextMisspelled < misspelledStarts.count
              && misspelledStarts[nextMisspelled] < word.start
            {
              nextMisspelled += 1
            }
            if nextMisspelled < misspelledStarts.count
              && misspelledStarts[nextMisspelled] == word.start
            {
              continue
            }
            judged += 1
            let kind = tallies[tableType].kind
            rare += Int(kind & 1)
            if kind & 2 != 0 && wordLetters > 2 {
              if tallies[tableType].uses == 0 { tallies[tableType].firstUse = word }
              tallies[tableType].uses += 1
            }
          }
        }
      }
    }
    let scalars = document.scalars
    let repeated = tallies.filter { $0.uses >= 3 }
      .sorted { $0.uses != $1.uses ? $0.uses > $1.uses : $0.firstUse < $1.firstUse }
      .prefix(5)
      .map {
        RepeatedWord(
          word: Document.string(from: scalars[$0.firstUse.range]).lowercased(),
          count: Int($0.uses))
      }
    self.init(
      mattr: Self.mattr(
        types: types, typeCount: Int(typeCount), window: LanguageAnalyzer.mattrWindow),
      rareWordShare: judged == 0 ? 0 : Double(rare) / Double(judged),
      meanWordLength: types.isEmpty ? 0 : Double(letters) / Double(types.count),
      repeatedWords: Array(repeated))
  }

  /// The mean type-token ratio of every window of `window` consecutive words (the plain
  /// type-token ratio when there are fewer).
  static func mattr(_ keys: [UInt64], window: Int) -> Double {
    var index = WordTypeIndex(capacity: keys.count)
    let types = keys.map { index.type(of: $0) }
    return mattr(types: types, typeCount: index.count, window: window)
  }

  /// ``mattr(_:window:)`` over word types numbered 0..<`typeCount`.
  ///
  /// The windows' distinct counts are summed as integers (every partial sum is far below
  /// 2⁵³, so the total is the one the same sum in `Double` gives) and updated without
  /// branches: whether a type enters or leaves a window is as good as random.
  static func mattr(types: [Int32], typeCount: Int, window: Int) -> Double {
    guard !types.isEmpty else { return 0 }
    guard types.count > window else { return Double(typeCount) / Double(types.count) }
    var counts = [Int32](repeating: 0, count: typeCount)
    var total = 0
    counts.withUnsafeMutableBufferPointer { counts in
      types.withUnsafeBufferPointer { types in
        var distinct = 0
        for type in types[0..<window] {
          counts[Int(type)] += 1
          if counts[Int(type)] == 1 { distinct += 1 }
        }
        total = distinct
        for index in window..<types.count {
          let leaving = Int(types[index - window])
          counts[leaving] -= 1
          distinct -= counts[leaving] == 0 ? 1 : 0
          let entering = Int(types[index])
          counts[entering] += 1
          distinct += counts[entering] == 1 ? 1 : 0
          total += distinct
        }
      }
    }
    return Double(total) / Double(types.count - window + 1) / Double(window)
  }

}
