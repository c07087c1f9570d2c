import Testing

@testable import RubricateKit

/// The small table of the commonest words answers exactly what the dictionary and the
/// frequency table answer.
struct FrequentWordsTests {
  @Test func aWordsInfoComesFromTheDictionaryAndTheLaterFrequency() throws {
    // Size 10 in every dialect; size 35 British only; `the` listed twice in the frequencies.
    let dictionary = SpellingDictionary(list: "10 1f the cat\n35 2 colour\n")
    let table = FrequentWords(
      [("the", 78), ("Colour", 52), ("zzxq", 10), ("the", 70)], dictionary: dictionary)
    let the = try #require(table.info(for: SpellingDictionary.key("the".unicodeScalars)))
    #expect(the == .init(zipfTenths: 70, listed: true, dialects: .any, size: 10))
    let colour = try #require(table.info(for: SpellingDictionary.key("colour".unicodeScalars)))
    #expect(colour == .init(zipfTenths: 52, listed: true, dialects: .british, size: 35))
    let unlisted = try #require(table.info(for: SpellingDictionary.key("ZZXQ".unicodeScalars)))
    #expect(unlisted == .init(zipfTenths: 10, listed: false, dialects: [], size: 0))
    // `cat` is listed but not among the frequent words: the caller asks the dictionary.
    #expect(table.info(for: SpellingDictionary.key("cat".unicodeScalars)) == nil)
    #expect(FrequentWords().info(for: SpellingDictionary.key("the".unicodeScalars)) == nil)
  }

  /// Every word of the English table, in the built-in dictionary's table, says what the
  /// dictionary's own arrays say (and the English table's frequency, the later one for a
  /// word listed twice).
  @Test func theBuiltInTableAgreesWithTheDictionary() throws {
    let dictionary = SpellingDictionary.builtIn
    var zipf: [UInt64: UInt8] = [:]
    for (word, tenths) in TermWeights.englishWords {
      zipf[SpellingDictionary.key(word.unicodeScalars)] = tenths
    }
    #expect(zipf.count > 5_500)
    var listed = 0
    for (key, tenths) in zipf {
      let info = try #require(dictionary.frequent.info(for: key))
      let entry = dictionary.index(of: key).map { dictionary.entries[$0] }
      #expect(info.zipfTenths == tenths)
      #expect(info.listed == (entry != nil))
      #expect(info.dialects == (entry?.dialects ?? []))
      #expect(info.size == (entry?.size ?? 0))
      if info.listed { listed += 1 }
    }
    // Most of the commonest words are in the dictionary; names and slang of the web are not.
    #expect(listed > 5_000)
  }

  /// The dictionary's entry for a key is the same whether it comes from the frequent words
  /// or from the table: a frequent word, a listed rare word, and a spelling nobody lists.
  @Test func anEntryIsTheSameFromEitherTable() throws {
    let dictionary = SpellingDictionary.builtIn
    for word in ["because", "colour", "zygote", "qxzvw"] {
      let key = SpellingDictionary.key(word.unicodeScalars)
      let fromTable = dictionary.index(of: key).map { dictionary.entries[$0] }
      let entry = dictionary.entry(for: key)
      #expect(entry?.size == fromTable?.size, "\(word)")
      #expect(entry?.dialects == fromTable?.dialects, "\(word)")
    }
    // `because` is answered by the frequent words, `zygote` by the table, `qxzvw` by neither.
    #expect(dictionary.frequent.info(for: SpellingDictionary.key("because".unicodeScalars)) != nil)
    #expect(dictionary.frequent.info(for: SpellingDictionary.key("zygote".unicodeScalars)) == nil)
    #expect(dictionary.entry(for: SpellingDictionary.key("zygote".unicodeScalars)) != nil)
    #expect(dictionary.entry(for: SpellingDictionary.key("qxzvw".unicodeScalars)) == nil)
  }
}
