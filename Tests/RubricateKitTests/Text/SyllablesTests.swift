import Testing

@testable import RubricateKit

@Suite struct SyllablesTests {
  /// Counts as the CMU Pronouncing Dictionary gives them.
  static let words: [(String, Int)] = [
    ("cat", 1), ("the", 1), ("make", 1), ("makes", 1), ("made", 1), ("table", 2),
    ("tables", 2), ("little", 2), ("boxes", 2), ("changes", 2), ("wanted", 2), ("jumped", 1),
    ("called", 1), ("hundred", 2), ("lovely", 2), ("statement", 2), ("hopeful", 2),
    ("careless", 2), ("completely", 3), ("media", 3), ("material", 4), ("social", 2),
    ("radio", 3), ("nation", 2), ("religion", 3), ("million", 2), ("opinion", 3),
    ("actual", 3), ("language", 2), ("quality", 3), ("situation", 4), ("fluent", 2),
    ("question", 2), ("video", 3), ("gorgeous", 2), ("quiet", 2), ("society", 4),
    ("audience", 3), ("patient", 2), ("being", 2), ("saying", 2), ("studying", 3),
    ("continuing", 4), ("happier", 3), ("racism", 3), ("idea", 3), ("areas", 3),
    ("fire", 2), ("required", 3), ("player", 2), ("employee", 3), ("basically", 3),
    ("lifestyle", 2), ("moreover", 3), ("someone", 2), ("league", 1), ("unique", 2),
    ("museum", 3), ("chaos", 2), ("people", 2), ("every", 3), ("our", 2),
    ("don't", 1), ("can't", 1), ("didn't", 2), ("isn't", 2), ("aren't", 2), ("it’s", 1),
    ("o'clock", 2), ("well-known", 2), ("self-interpreting", 5), ("Okafor", 3),
    ("café", 2), ("1990", 1), ("tv", 2), ("rhythm", 2), ("Lindqvist’s", 2),
  ]

  @Test(arguments: words)
  func countsSyllables(word: String, expected: Int) {
    #expect(Syllables.count(word) == expected)
  }

  @Test func exceptionsAreLowercaseLettersOnly() {
    for word in Syllables.exceptions.keys {
      #expect(word.unicodeScalars.allSatisfy { ("a"..."z").contains($0) }, "\(word)")
    }
  }
}
