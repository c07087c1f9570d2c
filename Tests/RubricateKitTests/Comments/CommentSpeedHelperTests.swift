import Testing

@testable import RubricateKit

/// The helpers that keep comment analysis fast must answer exactly as the slow forms they
/// replace.
@Suite struct CommentSpeedHelperTests {
  @Test func aWordSetHoldsExactlyItsMembers() {
    let set: WordSet = ["but", "though", "although", "yet", ""]
    for member in ["but", "though", "although", "yet", ""] { #expect(set.contains(member)) }
    // Same first byte, last byte or length as a member.
    for other in ["bat", "bu", "buts", "thought", "ye", "yes", "a", "x", "b\u{301}ut"] {
      #expect(!set.contains(other))
    }
    #expect(set.words.count == 5)
  }

  @Test func aWordSetWithWordsBeyondASCIIKeepsCanonicalEquivalence() {
    let set: WordSet = ["é", "naïve", ";"]
    #expect(set.contains("é"))
    #expect(set.contains("e\u{301}"))
    #expect(set.contains("nai\u{308}ve"))
    #expect(set.contains("\u{37E}"))
    #expect(!set.contains("naive"))
  }

  @Test func wordShapesMixFirstAndLastBytesWithTheLength() {
    #expect(WordSet.shape(of: "") == 0)
    // ("b" × 31 + "t") × 64 + 3 = (98 × 31 + 116) × 64 + 3 = 201,859; mod 4,096 = 1,155.
    #expect(WordSet.shape(of: "but") == 1_155)
    #expect(
      WordSet.shape(of: String(repeating: "a", count: 100))
        == WordSet.shape(of: String(repeating: "a", count: 63)))
  }

  @Test func everyGrammarWordPassesItsSet() {
    for word in CommentGrammar.triggerWords.words {
      #expect(CommentGrammar.triggerWords.contains(word))
    }
    for word in CommentGrammar.numberedParts.words {
      #expect(CommentGrammar.numberedParts.contains(word))
    }
    #expect(CommentGrammar.triggerWords.contains("should"))
    #expect(CommentGrammar.triggerWords.contains("n't"))
    #expect(!CommentGrammar.triggerWords.contains("uniforms"))
    #expect(CommentGrammar.triggerStems.contains(CommentText.stemForm("unclear")))
    #expect(CommentGrammar.ordinals.contains("second-to-last"))
    #expect(!CommentGrammar.partDeterminers.contains("thee"))
  }

  @Test func quotationMarkSwitchesAgreeWithTheTable() {
    let closers = Set(CommentAnalyzer.quotationMarks.values.flatMap { $0 })
    for value in UInt32(0)..<0x3100 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      #expect(
        CommentAnalyzer.isOpeningMark(scalar) == (CommentAnalyzer.quotationMarks[scalar] != nil))
      #expect(CommentAnalyzer.isClosingMark(scalar) == closers.contains(scalar))
    }
  }

  @Test func wordEndsReadTheFirstAndLastBytesAndTheLength() {
    for (word, first, last, length) in [
      ("but", 0x62, 0x74, 3), ("", 0, 0, 0), ("–", 0xE2, 0x93, 3), ("naïve", 0x6E, 0x65, 6),
    ] {
      let ends = WordEnds(word)
      #expect([Int(ends.first), Int(ends.last), ends.length] == [first, last, length])
    }
    #expect(WordEnds("a").shape == (0x61 * 31 + 0x61) * 64 % 4_096 + 1)
  }

  @Test(arguments: ["", "a", "ab", "é", "e\u{301}", "e\u{301}x", "\r\n", "\r\nx", "ü1", "1ü"])
  func fewerThanTwoCharactersAgreesWithCount(word: String) {
    #expect(
      CommentText.hasFewerThanTwoCharacters(word, ends: WordEnds(word)) == (word.count < 2))
  }

  @Test func theSortedVectorIsTheVectorInStemOrder() {
    let document = Document(
      text: "Uniforms cost money; uniforms cost families more than uniforms save. Cats purr.")
    let tokens = CommentText.tokens(in: document, spans: [document.fullSpan])
    let weights = TermWeights.builtIn
    let sorted = CommentContext.sortedVector(of: tokens, weights: weights)
    let vector = CommentContext.vector(of: tokens, weights: weights)
    #expect(sorted.map(\.key) == ["cat", "cost", "famili", "money", "purr", "sav", "uniform"])
    #expect(sorted.map(\.value) == sorted.map { vector[$0.key] ?? -1 })
    let post = CommentContext(
      document: Document(text: "School uniforms cost money."),
      body: [Span(0, 27)], weights: weights)
    #expect(post.cosine(sorted: sorted) == post.cosine(vector))
    #expect(CommentContext.norm(ofSorted: sorted) == CommentContext.norm(of: vector))
    #expect(post.keyTerms.enumerated().allSatisfy { post.keyTermRanks[$1] == $0 })
  }

  @Test func thePhraseMatcherFindsTheLongestPhraseByHashedStems() {
    // Forty phrases on one first word fill the table's probe chains; `*` is any word; `^` opens
    // a sentence.
    var phrases = (0..<40).map { "the word\($0)" }
    phrases += ["the * paragraph", "the second paragraph", "^try"]
    let matcher = PhraseMatcher<Int>([(1, phrases), (2, ["you argued"])])
    let document = Document(
      text: "Try the second paragraph. You argue the word7 and the best paragraph; try.")
    let tokens = CommentText.tokens(in: document, spans: [document.fullSpan])
    let matches = matcher.matches(in: tokens) { $0 == 0 || $0 == 4 }
    #expect(matches.map(\.tokens) == [0..<1, 1..<4, 4..<6, 6..<8, 9..<12])
    #expect(matches.map(\.label) == [1, 1, 2, 1, 1])
  }

  @Test func commonWordsAreKnownAsIfSeenForTheFirstTime() {
    #expect(CommentText.commonWords.count >= 6_000)
    for word in ["the", "arguments", "studies", "couldn't", "people", "i"] {
      let known = CommentText.commonWords[word]
      let fresh = CommentText.Known(word)
      #expect(known?.stem == fresh.stem)
      #expect(known?.isContent == fresh.isContent)
      #expect(known?.stemHash == fresh.stemHash)
      #expect(known?.wordEnds == fresh.wordEnds)
      #expect(known?.stemEnds == fresh.stemEnds)
    }
    #expect(CommentText.commonWords["studies"]?.stem == "studi")
    #expect(CommentText.commonWords["studies"]?.isContent == true)
    #expect(CommentText.commonWords["the"]?.isContent == false)
    #expect(
      CommentText.commonWords["uniforms"] == nil
        || CommentText.commonWords["uniforms"]?.stem == "uniform")
  }
}
