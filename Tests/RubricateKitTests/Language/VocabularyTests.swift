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
