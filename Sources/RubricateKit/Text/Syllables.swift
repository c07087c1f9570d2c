/// Counts English syllables. (Placeholder: vowel groups; the text-core work replaces it with
/// rules and an exceptions table.)
public enum Syllables {
  public static func count(in document: Document, span: Span) -> Int {
    var count = 0
    var previousVowel = false
    for scalar in document.scalars[span.range] {
      let vowel = "aeiouyAEIOUY".unicodeScalars.contains(scalar)
      if vowel && !previousVowel { count += 1 }
      previousVowel = vowel
    }
    return max(count, document.scalars[span.range].contains { $0.properties.isAlphabetic } ? 1 : 0)
  }

  public static func count(_ word: String) -> Int {
    let document = Document(text: word)
    return count(in: document, span: document.fullSpan)
  }
}
