extension CommentAnalyzer {
  /// References to a place in the text by how English names one, beyond the phrase table:
  /// a numbered part (`Table 3`, `Line 241:`, `Equation (2)`, `fig. 2A-B`, `§4`, `L241`,
  /// `Appendix A`), an ordinal and a part (`your third paragraph`, `the last two sentences`)
  /// and a named division (`in the abstract`, `the introduction`).
  static func placeReferences(
    document: Document, tokens: [CommentToken], quoted: [Bool]
  ) -> [CommentPassage] {
    var result: [CommentPassage] = []
    var index = 0
    while index < tokens.count {
      guard !quoted[index] else {
        index += 1
        continue
      }
      if let end = numberedPart(at: index, document: document, tokens: tokens)
        ?? orderedPart(at: index, tokens: tokens) ?? namedPart(at: index, tokens: tokens)
      {
        var place = passage(tokens[index...end], document: document)
        if place.start > 0, document.scalars[place.start - 1] == "§" {
          place = CommentPassage(
            start: place.start - 1, end: place.end,
            text: document.text(of: Span(place.start - 1, place.end)))
        }
        result.append(place)
        index = end + 1
      } else {
        index += 1
      }
    }
    return result
  }

  /// `Table 3`, `fig. 2A-B`, `Equation (2)`, `§4`, `L241`, `Section IV`, `Appendix A`.
  private static func numberedPart(at index: Int, document: Document, tokens: [CommentToken])
    -> Int?
  {
    let word = tokens[index].word
    let ends = tokens[index].wordEnds
    let scalars = document.scalars
    // A digit scalar is its own byte.
    if ends.first >= UInt8(ascii: "0") && ends.first <= UInt8(ascii: "9") {
      // `§4`
      let start = tokens[index].span.start
      if start > 0, scalars[start - 1] == "§" { return index }
      return nil
    }
    // A fused reference starts with a letter `a`–`z` and ends with a digit, `.`, `-` or `–`
    // (whose last byte is 0x93): the ends settle most words.
    let fusedEnd =
      (ends.last >= UInt8(ascii: "0") && ends.last <= UInt8(ascii: "9"))
      || ends.last == UInt8(ascii: ".") || ends.last == UInt8(ascii: "-") || ends.last == 0x93
    if ends.first >= UInt8(ascii: "a"), ends.first <= UInt8(ascii: "z"), fusedEnd,
      let letters = fusedPartPrefix(word)
    {
      return ["l", "fig", "eq", "sec", "tab", "s", "p"].contains(letters) ? index : nil
    }
    guard CommentGrammar.numberedParts.contains(word, ends: ends), index + 1 < tokens.count else {
      return nil
    }
    let next = tokens[index + 1]
    let gap = scalars[tokens[index].span.end..<next.span.start]
    guard gap.count <= 3, gap.allSatisfy({ $0.isSpace || ".(#§[".unicodeScalars.contains($0) })
    else { return nil }
    if isDigit(next.word.unicodeScalars.first) { return index + 1 }
    guard CommentGrammar.letteredParts.contains(word) else { return nil }
    // `Appendix A`, `Section IV`, `Figure S3`, `Appendix A.2`: written in capitals.
    let written = scalars[next.span.range]
    let isCapital = written.first.map { ("A"..."Z").contains($0) } ?? false
    let isLetter = written.count == 1 || CommentGrammar.romanNumerals.contains(next.word)
    let isLetterNumber =
      written.count > 1
      && written.dropFirst().allSatisfy {
        isDigit($0) || $0 == "."
      }
    return isCapital && (isLetter || isLetterNumber) ? index + 1 : nil
  }

  /// The letters before the digits of a fused reference (`l241` → `l`, `fig3` → `fig`).
  private static func fusedPartPrefix(_ word: String) -> String? {
    // Digits are ASCII: a word without a digit byte has no digit scalar.
    guard word.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
    else { return nil }
    let scalars = Array(word.unicodeScalars)
    guard let split = scalars.firstIndex(where: { isDigit($0) }), split > 0,
      scalars[split...].allSatisfy({ isDigit($0) || $0 == "." || $0 == "-" || $0 == "–" }),
      scalars[..<split].allSatisfy({ ("a"..."z").contains($0) })
    else { return nil }
    return String(String.UnicodeScalarView(scalars[..<split]))
  }

  /// `your third paragraph`, `the last two sentences`, `the second body paragraph`.
  private static func orderedPart(at index: Int, tokens: [CommentToken]) -> Int? {
    guard CommentGrammar.ordinals.contains(tokens[index].word, ends: tokens[index].wordEnds) else {
      return nil
    }
    // "My first point", "a second example": the commenter's own, not a place in the text.
    if index > 0, ["my", "a", "an", "our"].contains(tokens[index - 1].word) { return nil }
    for end in index + 1..<min(tokens.count, index + 3)
    where CommentGrammar.orderedParts.contains(tokens[end].stem, ends: tokens[end].stemEnds) {
      return end
    }
    return nil
  }

  /// `in the abstract`, `your introduction`, `the title`.
  private static func namedPart(at index: Int, tokens: [CommentToken]) -> Int? {
    guard
      CommentGrammar.partDeterminers.contains(tokens[index].word, ends: tokens[index].wordEnds),
      index + 1 < tokens.count,
      CommentGrammar.namedParts.contains(tokens[index + 1].stem, ends: tokens[index + 1].stemEnds)
    else { return nil }
    // "the title of" names a work, not a place in this one.
    if index + 2 < tokens.count, tokens[index + 2].word == "of" { return nil }
    return index + 1
  }

  private static func isDigit(_ scalar: Unicode.Scalar?) -> Bool {
    scalar.map { ("0"..."9").contains($0) } ?? false
  }
}
