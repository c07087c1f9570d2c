import Foundation
import Testing

@testable import RubricateKit

/// The two-piece build of the built-in tables: both results come back, the second piece from
/// a thread of its own, and a dictionary built that way answers as the list says.
@Suite struct ConcurrentlyTests {
  @Test func returnsBothResultsWithTheSecondFromAnotherThread() {
    let caller = pthread_self()
    let (first, second) = Concurrently.run(
      { (pthread_equal(pthread_self(), caller) != 0, Array(1...3)) },
      { (pthread_equal(pthread_self(), caller) != 0, "second") })
    #expect(first == (true, [1, 2, 3]))
    #expect(second == (false, "second"))
  }

  @Test func aDictionaryBuiltOnTwoThreadsFindsOneEditCorrections() {
    // The table (this thread) and the edit and letter-slot filters (the other) must agree:
    // `colr` reaches `color` by an insertion the letter slots let through, and `clor` by one
    // at the second position; `tha` reaches `the` by a substitution and `that` by an
    // insertion.
    let dictionary = SpellingDictionary(list: "10 1f the that\n35 2 colour color\n")
    #expect(dictionary.count == 4)
    #expect(dictionary.contains("Colour"))
    let words = { (typed: String) -> [String] in
      SpellingSuggester.oneEditCandidates(Array(typed.utf8), in: dictionary, dialects: .any)
        .compactMap { candidate -> String? in
          guard case .word(let index) = candidate else { return nil }
          return dictionary.form(index)
        }
    }
    #expect(words("colr") == ["color"])
    #expect(words("clor") == ["color"])
    #expect(words("tha").sorted() == ["that", "the"])
  }
}
