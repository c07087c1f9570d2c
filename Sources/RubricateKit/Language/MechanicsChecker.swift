/// Finds mechanics slips in a body, one ``MechanicsKind`` at a time; never inside the
/// excluded spans (quotations, code, citation callouts).
enum MechanicsChecker {
  /// A sentence of more words than this with no comma, semicolon, colon, dash or bracket is a
  /// run-on (a long sentence a reader cannot parse at one go).
  static let runOnWords = 35
  /// A `Because`/`Which` sentence longer than this likely holds its own main clause.
  static let fragmentWords = 15
  /// Repeated words that can be grammatical twice in a row (`had had`, `that that`).
  static let repeatableWords: Set<String> = ["had", "that", "is", "do", "blah", "bye", "ha"]
  /// Words after which `a` is right although they start with a vowel letter (a consonant
  /// sound: `a university`, `a one-off`, `a euro`), by their first letters.
  static let consonantSoundPrefixes = [
    "uni", "use", "usu", "uti", "ure", "uro", "eu", "one", "once", "ewe", "ubi", "uk", "ufo",
  ]
  /// Words after which `an` is right although they start with a consonant letter (a silent h).
  static let vowelSoundPrefixes = ["hour", "honest", "honor", "honour", "heir"]

  static func check(
    _ document: Document, paragraphs: [Span], sentences: [Span], words: [Span], excluded: [Span]
  ) -> [MechanicsFinding] {
    let scalars = document.scalars
    var findings: [MechanicsFinding] = []
    func add(_ span: Span, _ kind: MechanicsKind, _ message: String) {
      guard !LanguageExclusions.overlaps(span, excluded) else { return }
      findings.append(
        MechanicsFinding(
          span: span, text: Document.string(from: scalars[span.range]), kind: kind,
          message: message))
    }
    checkWords(scalars, words: words, add: add)
    checkSentences(scalars, sentences: sentences, words: words, add: add)
    for paragraph in paragraphs {
      checkPunctuation(scalars, paragraph: paragraph, add: add)
    }
    findings.sort { $0.span != $1.span ? $0.span < $1.span : $0.kind.rawValue < $1.kind.rawValue }
    return findings
  }

  /// Whether the word at `span` is `lowercase` in any case (ASCII).
  static func isWord(_ scalars: [Unicode.Scalar], _ span: Span, _ lowercase: StaticString) -> Bool {
    guard span.length == lowercase.utf8CodeUnitCount else { return false }
    let bytes = UnsafeBufferPointer(start: lowercase.utf8Start, count: span.length)
    for (index, byte) in bytes.enumerated() {
      let value = scalars[span.start + index].value
      guard value < 0x80, UInt8(value >= 0x41 && value <= 0x5A ? value | 0x20 : value) == byte
      else { return false }
    }
    return true
  }

  static func lowered(_ scalars: [Unicode.Scalar], _ span: Span) -> String {
    Document.string(from: scalars[span.range]).lowercased()
  }

  /// Lower-case `i`, repeated words and `a`/`an`.
  static func checkWords(
    _ scalars: [Unicode.Scalar], words: [Span], add: (Span, MechanicsKind, String) -> Void
  ) {
    for (index, word) in words.enumerated() {
      let first = scalars[word.start]
      if first == "i"
        && (word.length == 1 || scalars[word.start + 1] == "'" || scalars[word.start + 1] == "’")
      {
        add(Span(word.start, word.start + 1), .lowercaseI, "Write the pronoun “I” as a capital.")
      }
      guard index + 1 < words.count else { continue }
      let next = words[index + 1]
      // Which words are articles or repeats is asked first: it is cheap, and rarely so.
      let isArticle = (word.length == 1 || word.length == 2) && first.value | 0x20 == 0x61
      let isRepeat = word.length == next.length && sameLetters(scalars, word, next)
      guard isArticle || isRepeat else { continue }
      let between = scalars[word.end..<next.start]
      let onlySpace = !between.isEmpty && between.allSatisfy { $0.isSpace && $0 != "\n" }
      guard onlySpace else { continue }
      if isRepeat && scalars[word.start].isLetter {
        let text = lowered(scalars, word)
        if !repeatableWords.contains(text) {
          add(Span(word.start, next.end), .repeatedWord, "“\(text)” is written twice in a row.")
        }
      }
      guard isArticle && (word.length == 1 || scalars[word.start + 1].value | 0x20 == 0x6E) else {
        continue
      }
      let text = word.length == 1 ? "a" : "an"
      if let expected = article(before: scalars, next), expected != text {
        add(
          Span(word.start, next.end), .article,
          "Use “\(expected)” before “\(Document.string(from: scalars[next.range]))”.")
      }
    }
  }

  /// Whether two words of the same length have the same letters, ASCII in any case.
  @inline(__always)
  static func sameLetters(_ scalars: [Unicode.Scalar], _ word: Span, _ other: Span) -> Bool {
    scalars.withUnsafeBufferPointer { scalars in
      for index in 0..<word.length {
        let one = scalars[word.start + index].value
        let two = scalars[other.start + index].value
        guard one == two || (one < 0x80 && one | 0x20 == two | 0x20) else { return false }
      }
      return true
    }
  }

  /// The article the word's first sound calls for, or `nil` when it cannot be told from the
  /// spelling (an acronym, a number, a symbol).
  static func article(before scalars: [Unicode.Scalar], _ word: Span) -> String? {
    var ascii = true
    for offset in word.range where scalars[offset].value >= 0x80 {
      ascii = false
      break
    }
    guard ascii else { return unicodeArticle(before: scalars, word) }
    // The same rule on ASCII letters, without building the lower-cased word.
    let first = scalars[word.start].value | 0x20
    guard first >= 0x61 && first <= 0x7A, word.length > 1 else { return nil }
    for offset in word.start + 1..<word.end {
      let value = scalars[offset].value
      if value >= 0x41 && value <= 0x5A { return nil }
    }
    func starts(with prefix: String) -> Bool {
      guard prefix.utf8.count <= word.length else { return false }
      for (index, byte) in prefix.utf8.enumerated() {
        let value = scalars[word.start + index].value
        if UInt8(value >= 0x41 && value <= 0x5A ? value | 0x20 : value) != byte { return false }
      }
      return true
    }
    // The silent-h words all start with `h`, the consonant-sound ones with `u`, `e` or `o`:
    // any other word is told by its first letter alone.
    if first == 0x68 && vowelSoundPrefixes.contains(where: starts) { return "an" }
    if (first == 0x75 || first == 0x65 || first == 0x6F)
      && consonantSoundPrefixes.contains(where: starts)
    {
      return "a"
    }
    return first == 0x61 || first == 0x65 || first == 0x69 || first == 0x6F || first == 0x75
      ? "an" : "a"
  }

  /// ``article(before:_:)`` for a word with letters outside ASCII.
  static func unicodeArticle(before scalars: [Unicode.Scalar], _ word: Span) -> String? {
    let text = lowered(scalars, word)
    guard let first = text.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic,
      word.length > 1, scalars[word.range].dropFirst().allSatisfy({ !ScalarClass.isUppercase($0) })
    else { return nil }
    if vowelSoundPrefixes.contains(where: text.hasPrefix) { return "an" }
    if consonantSoundPrefixes.contains(where: text.hasPrefix) { return "a" }
    return "aeiou".unicodeScalars.contains(first) ? "an" : "a"
  }

  /// Whether the last mark before `offset` (past white space, closing quotes and brackets)
  /// ends a sentence: a list item or a line after a colon may start in lower case.
  static func followsSentenceEnd(_ scalars: [Unicode.Scalar], _ offset: Int) -> Bool {
    var index = offset - 1
    while index >= 0 && (scalars[index].isSpace || isQuoteOrBracket(scalars[index].value)) {
      index -= 1
    }
    return index >= 0 && isSentencePunctuation(scalars[index].value)
  }

  /// `“ ” ‘ ’ " ' ( ) [ ]`.
  @inline(__always)
  static func isQuoteOrBracket(_ value: UInt32) -> Bool {
    switch value {
    case 0x201C, 0x201D, 0x2018, 0x2019, 0x22, 0x27, 0x28, 0x29, 0x5B, 0x5D: return true
    default: return false
    }
  }

  /// The marks that break up a long sentence: `, ; : — – ( )`.
  @inline(__always)
  static func isInternalPunctuation(_ value: UInt32) -> Bool {
    switch value {
    case 0x2C, 0x3B, 0x3A, 0x2014, 0x2013, 0x28, 0x29: return true
    default: return false
    }
  }

  /// Lower-case sentence starts, run-ons and `Because`/`Which` fragments.
  static func checkSentences(
    _ scalars: [Unicode.Scalar], sentences: [Span], words: [Span],
    add: (Span, MechanicsKind, String) -> Void
  ) {
    var wordIndex = 0
    for sentence in sentences {
      while wordIndex < words.count && words[wordIndex].end <= sentence.start { wordIndex += 1 }
      var last = wordIndex
      while last < words.count && words[last].start < sentence.end { last += 1 }
      let count = last - wordIndex
      guard count > 0 else { continue }
      let first = words[wordIndex]
      let firstScalar = scalars[first.start]
      let ended = sentence.range.reversed().lazy.map { scalars[$0] }.first { !$0.isSpace }
      let endsWithStop =
        ended.map {
          isSentencePunctuation($0.value) || $0.value == 0x201D || $0.value == 0x22
        } ?? false
      if ScalarClass.isLowercase(firstScalar) && count >= 3
        && followsSentenceEnd(scalars, first.start)
        && !scalars[first.range].dropFirst().contains(where: { ScalarClass.isUppercase($0) })
        && !scalars[first.range].contains(where: { $0 == "." || $0 == "@" || $0 == "/" })
      {
        add(first, .lowercaseSentenceStart, "Start the sentence with a capital letter.")
      }
      if count > runOnWords
        && !(first.start..<words[last - 1].end).contains(where: {
          isInternalPunctuation(scalars[$0].value)
        })
      {
        add(
          Span(first.start, words[last - 1].end), .runOnSentence,
          "This sentence runs \(count) words with no punctuation inside; split it or add commas.")
      }
      if count <= Self.fragmentWords && endsWithStop
        && (isWord(scalars, first, "because") || isWord(scalars, first, "which"))
        && ended != "?"
        && !scalars[sentence.range].contains(",")
      {
        add(
          Span(first.start, words[last - 1].end), .fragment,
          "A sentence that starts with “\(Document.string(from: scalars[first.range]))” and "
            + "has no main clause is a fragment; join it to the sentence before.")
      }
    }
  }
}
