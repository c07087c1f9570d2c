import Testing

@testable import RubricateKit

struct VocabularyTests {
  @Test func mattrAveragesEveryWindow() {
    // Windows of 2 over a b a b: each holds 2 types.
    #expect(VocabularyProfile.mattr([1, 2, 1, 2], window: 2) == 1)
    // a a b: windows {a a} 1/2 and {a b} 2/2.
    #expect(VocabularyProfile.mattr([1, 1, 2], window: 2) == 0.75)
    #expect(VocabularyProfile.mattr([1, 1, 2], window: 50) == 2.0 / 3.0)
    #expect(VocabularyProfile.mattr([], window: 50) == 0)
  }

  @Test func profilesABody() {
    let text = "Bicycles help cities. Bicycles are cheap. Bicycles are quiet, and bicycles last."
    let document = Document(text: text)
    let words = WordTokenizer.words(in: document, span: document.fullSpan)
    let profile = VocabularyProfile(document: document, words: words, misspelled: [])
    #expect(profile.repeatedWords == [RepeatedWord(word: "bicycles", count: 4)])
    #expect(abs(profile.meanWordLength - 65.0 / 12.0) < 1e-9)
  }

  /// One pass gives each word its dictionary key and type (case folded), its letters and
  /// whether it is plain, for the spelling check and the vocabulary profile alike.
  @Test func languageWordsKeyTypeAndShapeEachWord() {
    let document = Document(text: "The cat’s CAT naïve 42 the Cat x e-mail")
    let words = WordTokenizer.words(in: document, span: document.fullSpan)
    let table = LanguageWords(scalars: document.scalars, words: words)
    #expect(
      words.map { document.text(of: $0) } == [
        "The", "cat’s", "CAT", "naïve", "42", "the", "Cat", "x", "e-mail",
      ])
    #expect(table.words.map(\.type) == [0, 1, 2, 3, 4, 0, 2, 5, 6])
    #expect(table.typeCount == 7)
    #expect(table.words.map(\.letters) == [3, 4, 3, 5, 0, 3, 3, 1, 5])
    #expect(
      table.words.map(\.shape) == [
        .plainCapitalised, .other, .other, .other, .other, .plainLowercase, .plainCapitalised,
        .other, .other,
      ])
    #expect(table.words[1].key == SpellingDictionary.key("cat's".unicodeScalars))
    #expect(table.words[0].key == table.words[5].key)
    // Plain words are told apart by type and shape; others by their exact scalars.
    #expect(table.words[0].exactKey == 0)
    #expect(table.words[2].exactKey != 0)
    #expect(table.words[2].exactKey != table.words[4].exactKey)
  }

  /// The rare-word threshold in whole tenths agrees with the threshold itself for every
  /// value the frequency table can hold.
  @Test func rareThresholdInTenthsAgreesWithTheZipfThreshold() {
    #expect(Double(VocabularyProfile.rareZipfTenths) == LanguageAnalyzer.rareZipf * 10)
    for tenths in UInt8.min...UInt8.max {
      #expect(
        (tenths < VocabularyProfile.rareZipfTenths)
          == (Double(tenths) / 10 < LanguageAnalyzer.rareZipf))
    }
  }

  @Test func wordTypeIndexNumbersKeysInFirstSeenOrderAcrossGrowth() {
    var index = WordTypeIndex(capacity: 1)
    // Keys 16 apart share a slot in the first table, so probing and growth both run.
    let keys: [UInt64] = (1...40).map { UInt64($0) * 16 }
    #expect(keys.map { index.type(of: $0) } == (0..<40).map(Int32.init))
    #expect(keys.reversed().map { index.type(of: $0) } == (0..<40).reversed().map(Int32.init))
    #expect(index.count == 40)
    #expect(index.type(of: 7) == 40)
  }
}
