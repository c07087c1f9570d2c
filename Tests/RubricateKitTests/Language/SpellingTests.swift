import Testing

@testable import RubricateKit

/// The spelling check on marked texts: `⟦ ⟧` around every word it must flag, nothing else.
struct SpellingTests {
  static func flagged(_ text: String, options: LanguageOptions = LanguageOptions()) -> [Span] {
    LanguageAnalyzer.spelling(in: Document(text: text), options: options).map(\.span)
  }

  @Test(arguments: [
    "We ⟦recieved⟧ the letter and ⟦definately⟧ read it.",
    "⟦Becuase⟧ the bus was late, we walked.",
    "The ⟦goverment⟧ spent £3.5 million on 40 km of lanes in 2019.",
    // Names inside a sentence, acronyms, initialisms, URLs and e-mail addresses pass.
    "Yesterday Okafor and McAdams told the NHS and the U.S. team at https://ex.org/x or a@b.co.",
    // A source's words in quotation marks, and inline code, pass.
    "She wrote “the ⟦goverment⟧ is slow” once.".replacingOccurrences(of: "⟦", with: "")
      .replacingOccurrences(of: "⟧", with: ""),
    "Run `grep -rn foo` to see.",
    // Hyphenated words: only the misspelled part.
    "A well-known and ⟦wel⟧-liked plan.",
    // Possessives and contractions.
    "The city's plan doesn't say.",
    "British colour, American color, organise and organize all pass.",
  ])
  func flagsExactlyTheMarkedWords(_ marked: String) {
    let (text, spans) = SpanMarks.parse(marked)
    #expect(Self.flagged(text) == spans)
  }

  @Test(arguments: [
    // Latin and French phrases of academic prose, and words in mixed case (units, genes).
    "The cells died in vivo, a priori, and the state held a laissez-faire view of 5 dL of mmoX.",
    // Names, combining forms, letters and endings inside hyphenated words.
    "Then al-Asad wrote spatio-temporal notes on wh-questions single-handedly.",
    // A term used twice with no common word near it is the field's, not a slip.
    "The femicide rate grew. Each femicide was counted.",
    // A slip repeated is still a slip when a common word is one edit or a cheap step away.
    "The ⟦canidate⟧ won; the ⟦canidate⟧ spoke. It is ⟦neccesary⟧ and ⟦neccesary⟧.",
    // A rare listed word one edit from a common one is a slip, unless it is used again.
    "I wonder ⟦wether⟧ it rains.",
    "The wether grazed; the wether slept.",
  ])
  func termsNamesAndRareWords(_ marked: String) {
    let (text, spans) = SpanMarks.parse(marked)
    #expect(Self.flagged(text) == spans)
  }

  @Test func aWordTheSentenceStartHidesIsStillChecked() {
    // A capitalised word that is a name somewhere else in the text is a name at the start too.
    #expect(Self.flagged("Okafor spoke. Then Okafor left.") == [])
    #expect(Self.flagged("Teh end.") == [Span(0, 3)])
  }

  /// A name learnt inside a sentence, once per word however often it is written, and from its
  /// possessive with either apostrophe: the name alone passes at a sentence start.
  @Test func namesAreLearntFromPossessivesAndRepeats() {
    #expect(Self.flagged("We read Okafor's essay. Okafor agreed.") == [])
    #expect(Self.flagged("We read Okafor’s essay. Okafor agreed.") == [])
    #expect(Self.flagged("Then Zembla and Zembla again. Zembla won.") == [])
    // The possessive teaches the name, not the word before a lone apostrophe.
    #expect(Self.flagged("We read Okaforx' essay. Okafor agreed.") == [Span(24, 30)])
  }

  @Test func theDialectNarrowsWhatPasses() {
    let british = LanguageOptions(dialect: .british)
    #expect(Self.flagged("The color faded.", options: british) == [Span(4, 9)])
    #expect(Self.flagged("The colour faded.", options: british) == [])
    #expect(
      Self.flagged("The colour faded.", options: LanguageOptions(dialect: .american)) == [
        Span(4, 10)
      ])
  }

  @Test func theAllowListAcceptsCourseVocabulary() {
    let words = LanguageOptions.words(fromAllowList: "# course terms\nfoobarium, glorpish\n")
    #expect(words == ["foobarium", "glorpish"])
    #expect(Self.flagged("The foobarium glows.").count == 1)
    #expect(
      Self.flagged("The foobarium glows.", options: LanguageOptions(allowedWords: words)) == [])
  }

  @Test(arguments: [
    ("recieve", "receive"), ("definately", "definitely"), ("seperate", "separate"),
    ("accomodate", "accommodate"), ("begining", "beginning"), ("teh", "the"),
    ("Becuase", "Because"), ("goverment", "government"), ("wether", "whether"),
  ])
  func theFirstSuggestionIsTheIntendedWord(_ typed: String, _ intended: String) {
    #expect(SpellingSuggester.builtIn.suggestions(for: typed).first == intended)
  }

  @Test func theBatchNamesAndTheSubmissionsOwnWordsAreBothAccepted() {
    let document = Document(text: "We recieved the letter.")
    let text = TextAnalysis(document: document, paragraphs: document.paragraphs())
    func flagged(known: [String], batch: [String]) -> [String] {
      LanguageAnalyzer.analyze(
        LanguageAnalyzer.Input(
          document: document, paragraphs: text.paragraphs, sentences: text.sentences,
          words: text.words,
          knownWords: LanguageAnalyzer.wordKeys(in: known.joined(separator: " ")),
          batchNames: LanguageAnalyzer.wordKeys(in: batch.joined(separator: " "))),
        options: LanguageOptions()
      ).spelling.map(\.text)
    }
    #expect(flagged(known: [], batch: []) == ["recieved"])
    #expect(flagged(known: ["recieved"], batch: []) == [])
    #expect(flagged(known: [], batch: ["Recieved"]) == [])
  }

  @Test func theSuggestionCacheGivesWhatTheSuggesterGivesAndStopsAtItsCapacity() {
    let cache = SuggestionCache(suggester: .builtIn, capacity: 2)
    let direct = SpellingSuggester.builtIn.suggestions(for: "thier", dialects: .british)
    #expect(direct.first == "their")
    #expect(cache.suggestions(for: "thier", dialects: .british) == direct)
    #expect(cache.suggestions(for: "thier", dialects: .british) == direct)
    #expect(cache.count == 1)
    // Another dialect is another entry; past the capacity words are ranked, not stored.
    #expect(cache.suggestions(for: "colour", dialects: .american).first == "color")
    #expect(cache.suggestions(for: "recieve", dialects: .british).first == "receive")
    #expect(cache.count == 2)
  }

  @Test func theSlipCacheAnswersAsTheScanDoesAndAsksOnce() {
    let cache = SlipCache(capacity: 1)
    let scanned = SpellChecker.isSlip(
      Array("enviroment".utf8), largest: SpellChecker.slipSizeTwice, suggester: .builtIn)
    #expect(scanned)
    #expect(
      !SpellChecker.isSlip(
        Array("zebrafishes".utf8), largest: SpellChecker.slipSizeOften, suggester: .builtIn))
    var asked = 0
    for _ in 0..<2 {
      let answer = cache.isSlip("enviroment", largest: SpellChecker.slipSizeTwice) {
        asked += 1
        return scanned
      }
      #expect(answer)
    }
    #expect(asked == 1)
    // Past its capacity the cache works answers out each time.
    for _ in 0..<2 {
      _ = cache.isSlip("alot", largest: SpellChecker.slipSizeOften) {
        asked += 1
        return true
      }
    }
    #expect(asked == 3)
  }

  @Test func theDictionaryHoldsEveryDialect() {
    let dictionary = SpellingDictionary.builtIn
    #expect(dictionary.count > 100_000)
    #expect(dictionary.contains("colour", dialects: .british))
    #expect(!dictionary.contains("colour", dialects: .american))
    #expect(dictionary.contains("Color"))
    #expect(!dictionary.contains("recieve"))
  }

  /// The edit filter lets every listed spelling through, for a key built whole and for one
  /// made from a head and a tail as the edit scan makes it; most other keys it turns away.
  @Test(arguments: ["because", "colour", "necessary", "a", "they're"])
  func theEditFilterPassesEveryListedSpelling(_ word: String) {
    let dictionary = SpellingDictionary.builtIn
    let bytes = Array(word.utf8)
    var whole: UInt64 = 0
    for byte in bytes { whole = SpellingDictionary.editKey(whole, byte) }
    let cut = bytes.count / 2
    var head: UInt64 = 0
    var tail: UInt64 = 0
    var power: UInt64 = 1
    for byte in bytes[..<cut] { head = SpellingDictionary.editKey(head, byte) }
    for byte in bytes[cut...] {
      tail = SpellingDictionary.editKey(tail, byte)
      power = power &* SpellingDictionary.editBase
    }
    #expect(head &* power &+ tail == whole)
    #expect(dictionary.index(of: SpellingDictionary.key(word.unicodeScalars)) != nil)
    dictionary.withEditFilter { filter in
      #expect(filter.mayContain(whole))
      // Misspellings of the word: at most a few of them pass (each passes by chance).
      let passed = ["qzx" + word, word + "qzx", "x" + word + "q"].filter { slip in
        var key: UInt64 = 0
        for byte in slip.utf8 { key = SpellingDictionary.editKey(key, byte) }
        return filter.mayContain(key)
      }
      #expect(passed.count <= 1)
    }
  }

  /// The letter-slot filter lets through, for every position of every listed spelling (one in
  /// 97 of them, to keep the test quick), the letter standing there; for a blank that no
  /// spelling fills, it lets only a letter or two through by chance.
  @Test func theLetterSlotFilterPassesEveryListedLetter() {
    let dictionary = SpellingDictionary.builtIn
    let slots = dictionary.letterSlots
    func pattern(_ bytes: [UInt8], blanking position: Int) -> UInt64 {
      var head: UInt64 = 0
      var tail: UInt64 = 0
      var power: UInt64 = 1
      for byte in bytes[..<position] { head = SpellingDictionary.editKey(head, byte) }
      for byte in bytes[(position + 1)...] {
        tail = SpellingDictionary.editKey(tail, byte)
        power = power &* SpellingDictionary.editBase
      }
      return LetterSlotFilter.pattern(head: head, tail: tail, tailPower: power)
    }
    var checked = 0
    var missed: [String] = []
    for index in stride(from: 0, to: dictionary.count, by: 97) {
      let form = dictionary.form(index)
      let bytes = form.utf8.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
      for position in bytes.indices {
        guard let letter = LetterSlotFilter.letterIndex(bytes[position]) else { continue }
        checked += 1
        if slots.letters(pattern(bytes, blanking: position)) & (1 << UInt32(letter)) == 0 {
          missed.append(form)
        }
      }
    }
    #expect(checked > 10_000)
    #expect(missed.isEmpty)
    #expect(slots.letters(pattern(Array("colour".utf8), blanking: 4)) & (1 << 20) != 0)  // u
    // Blanks no spelling fills: about 1.6 of the 27 letters pass each by chance.
    var passed = 0
    for word in ["qzxv", "xkcdqw", "zzqjvk", "bcdfgk", "qwrtpz", "vvxxqq", "jjkkzz", "pqxzrt"] {
      let bytes = Array(word.utf8)
      for position in bytes.indices {
        passed += slots.letters(pattern(bytes, blanking: position)).nonzeroBitCount
      }
    }
    #expect(passed < 3 * 40)
  }

  @Test func oneEditCandidatesCoverEveryKindOfEdit() {
    let dictionary = SpellingDictionary.builtIn
    func found(_ typed: String) -> [String] {
      SpellingSuggester.oneEditCandidates(Array(typed.utf8), in: dictionary, dialects: .any)
        .map { candidate in
          switch candidate {
          case .word(let index): dictionary.form(index)
          case .split(let first, let second): dictionary.form(first) + " " + dictionary.form(second)
          }
        }
    }
    #expect(found("becuase").contains("because"))  // transposition
    #expect(found("becase").contains("because"))  // insertion
    #expect(found("becausse").contains("because"))  // deletion
    #expect(found("becauze").contains("because"))  // substitution
    #expect(found("alot").contains("a lot"))  // split
  }
}

@Suite struct SpellingCostBoundTests {
  /// `exceeds` may only turn away a word whose exact distance is above the limit, and does
  /// turn away one far from it.
  @Test(arguments: [
    ("recieve", "receive"), ("neccesary", "necessary"), ("thier", "their"),
    ("definately", "definitely"), ("alot", "allot"), ("zebra", "zephyr"),
    ("beleive", "believe"), ("arguement", "argument"),
    // Length gaps and edits near either end, for the band of cells the bound computes.
    ("acommodate", "accommodate"), ("tommorow", "tomorrow"), ("wierd", "weird"),
    ("abc", "abcde"), ("untill", "until"), ("goverment", "government"), ("xabcd", "abcd"),
    ("abcdx", "abcd"), ("teh", "the"), ("recieved", "deceived"),
  ])
  func integerBoundAgreesWithTheExactDistance(_ typed: String, _ word: String) {
    let a = Array(typed.utf8)
    let b = Array(word.utf8)
    let deleteCosts: [Int32] = a.indices.map { i in
      (i >= 1 && a[i - 1] == a[i]) || (i + 1 < a.count && a[i + 1] == a[i]) ? 10 : 20
    }
    for limit in [1.0, 2.0] {
      var rows: [Double] = []
      var scratch = [Int32](repeating: 0, count: 4 * (b.count + 1))
      let exact = a.withUnsafeBufferPointer { a in
        b.withUnsafeBufferPointer { SpellingCost.distance(a, $0, limit: limit, rows: &rows) }
      }
      let out = a.withUnsafeBufferPointer { a in
        b.withUnsafeBufferPointer { b in
          deleteCosts.withUnsafeBufferPointer { d in
            SpellingCost.substitutionTwentieths.withUnsafeBufferPointer { costs in
              scratch.withUnsafeMutableBufferPointer { rows in
                SpellingCost.exceeds(
                  a, deleteCosts: d, b, limit: Int32(limit * 20), costs: costs,
                  rows: rows.baseAddress!)
              }
            }
          }
        }
      }
      #expect(out == (exact > limit), "\(typed) → \(word) within \(limit): \(exact)")
    }
  }
}
