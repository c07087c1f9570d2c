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
}
