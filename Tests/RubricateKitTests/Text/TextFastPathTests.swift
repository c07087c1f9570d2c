import Testing

@testable import RubricateKit

/// The text core's shortcuts (ASCII runs in the tokenizer, one-part words in the syllable
/// counter, symbol runs counted while tokenising) against the general rules they stand in for.
@Suite struct TextFastPathTests {
  /// Texts that reach every branch the shortcuts skip: joiners before white space and before
  /// letters, digits, addresses, initialisms, other scripts, combining marks, symbol runs,
  /// capitals, words at the end of the text and words longer than the letter buffer.
  static let texts: [String] = [
    "Cars are loud . Buses are not . Trains -- well, they are!!",
    "It's the students' view: don't, won't - and self-report; 3.5, 1,000, 2:30, 3/4, 40–58.",
    "Mail jo.okafor@example.edu or see https://example.org/a-b?c=1. Then www.example.com.",
    "The U.S. economy, e.g. in 1990, grew (per Ph.D. holders) at 6 A.M. Travelers left.",
    "Café résumé naïve Ægir Øresund e\u{301}clair 北京 Straße — ½ ² ٣ x\u{301}y.",
    "STUDENT_NAME wrote to Generic_School_ and _x and a' b- c_ d. e, f: g/ h@ end-",
    "ALL CAPS WORDS AND MiXeD CaSe, 'quoted' and ‘curly’ ʼmodifierʼ words’",
    String(repeating: "a", count: 64) + " " + String(repeating: "b", count: 65) + " "
      + String(repeating: "ab-", count: 30) + "cd",
    "→ ← ★ !! ?? ... … $5 & % # * — ¶ §3 §§ 12% (a) [b] {c}",
    "trailing joiners at the end.",
    "x",
    "",
  ]

  @Test(arguments: texts)
  func wordEndsMatchTheGeneralRules(text: String) {
    let document = Document(text: text)
    document.scalars.withUnsafeBufferPointer { scalars in
      let limit = scalars.count
      for start in 0..<limit where ScalarClass.isWordCharacter(scalars[start]) {
        var fastFree = 0
        var generalFree = 0
        let fast = WordTokenizer.endOfWord(
          in: scalars, from: start, limit: limit, addressFreeUntil: &fastFree)
        let general = WordTokenizer.endOfWordAfterRun(
          in: scalars, from: start, at: start + 1, limit: limit, addressFreeUntil: &generalFree)
        #expect(fast == general, "word at \(start) of \(text)")
      }
    }
  }

  @Test(arguments: texts)
  func syllableCountsMatchTheGeneralLoop(text: String) {
    let document = Document(text: text)
    let words = WordTokenizer.words(in: document, span: document.fullSpan)
    SyllableCounter.withWorkspace { workspace in
      document.scalars.withUnsafeBufferPointer { scalars in
        for word in words {
          let fast = SyllableCounter.count(scalars, word, in: workspace)
          let general = SyllableCounter.countParts(scalars, word, in: workspace)
          let label = document.text(of: word)
          #expect(fast.syllables == general.syllables, "\(label)")
          #expect(fast.key == general.key, "\(label)")
          #expect(fast.characters == general.characters, "\(label)")
        }
      }
    }
  }

  @Test(arguments: texts)
  func fusedCountsMatchTheirDefinitions(text: String) {
    let document = Document(text: text)
    let paragraph = document.fullSpan
    let stats = TextAnalysis(document: document, paragraphs: [paragraph]).statistics
    let symbols = TextAnalysis.symbolTokens(in: document.scalars, span: paragraph)
    let visible = WordTokenizer.forEachWord(in: document.scalars, span: paragraph) { _ in }
    #expect(stats.symbolTokens == symbols)
    #expect(stats.characters == visible)
    #expect(stats.words == WordTokenizer.count(in: document, span: paragraph))
  }

  /// The first text's symbol runs, pinned: ` . ` twice and `--`; `!!` touches `are`, so it is
  /// no run of its own.
  @Test func symbolRunsOfTheFirstText() {
    let document = Document(text: Self.texts[0])
    #expect(TextAnalysis.symbolTokens(in: document.scalars, span: document.fullSpan) == 3)
  }

  /// The language words' shortcut for words of ASCII letters gives what the general word
  /// loop gives, and stands aside for every other word.
  @Test(arguments: texts)
  func asciiLetterWordsMatchTheGeneralWord(text: String) {
    let document = Document(text: text)
    let words = WordTokenizer.words(in: document, span: document.fullSpan)
    document.scalars.withUnsafeBufferPointer { scalars in
      for word in words {
        let label = document.text(of: word)
        let onlyLetters = scalars[word.range].allSatisfy { ($0.value | 0x20) &- 0x61 < 26 }
        let fast = LanguageWords.asciiLetterWord(word, scalars)
        #expect((fast != nil) == onlyLetters, "\(label)")
        if let fast { #expect(fast == LanguageWords.anyWord(word, scalars), "\(label)") }
      }
    }
  }

  /// Every scalar value a lane can hold near the ASCII range, in every lane: a block is
  /// letters and spaces exactly when each of its scalars is.
  @Test func blocksOfLettersAndSpacesAreToldApartLaneByLane() {
    let values: [UInt32] = Array(0..<0x200) + [0x2019, 0x201C, 0x1_0000, 0x10_FFFF, 0xFFFF_FFFF]
    for lane in 0..<8 {
      for value in values {
        var block = SIMD8<UInt32>(repeating: 0x61)
        block[lane] = value
        let expected =
          value == 0x20 || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        #expect(ScalarClass.areLettersAndSpaces(block) == expected, "lane \(lane) value \(value)")
      }
    }
  }

  /// The skip stops at the first scalar that is neither a letter nor a space, or at the end.
  @Test func lettersAndSpacesAreSkippedUpToTheFirstMark() {
    let document = Document(text: "Some words, and more words then stop.")
    document.scalars.withUnsafeBufferPointer { scalars in
      #expect(ScalarClass.skipLettersAndSpaces(scalars, from: 0, to: scalars.count) == 10)
      #expect(ScalarClass.skipLettersAndSpaces(scalars, from: 11, to: scalars.count) == 36)
      #expect(ScalarClass.skipLettersAndSpaces(scalars, from: 11, to: 30) == 30)
      #expect(ScalarClass.skipLettersAndSpaces(scalars, from: 10, to: scalars.count) == 10)
      #expect(ScalarClass.skipLettersAndSpaces(scalars, from: 37, to: scalars.count) == 37)
    }
  }
}
