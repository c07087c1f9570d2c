import Testing

@testable import RubricateKit

/// The two-edit scan turns most pool words away by bounds before computing a distance (letter
/// sets, letter counts with the cheapest insertion and deletion each word allows, the banded
/// integer distance). None may turn away a word within the limit: the scan must find exactly
/// the words that computing the distance for every candidate finds.
@Suite struct SpellingScanTests {
  @Test(arguments: [
    "recieve", "neccesary", "acommodate", "tommorow", "goverment", "untill", "begining",
    "occured", "embarass", "beleive", "wierd", "definately", "arguement", "teh", "alott",
    "sucess", "proffesor", "reccomend", "writting", "comming", "aparent", "milennium",
  ])
  func findsWhatAnExhaustiveSearchFinds(_ word: String) {
    let suggester = SpellingSuggester.builtIn
    let dictionary = suggester.dictionary
    let typed = Array(word.utf8)
    let found = suggester.scan(typed, dialects: .any, within: SpellingSuggester.maximumDistance)
    var rows: [Double] = []
    var expected: [Int: Double] = [:]
    for index in dictionary.entries.indices where dictionary.entries[index].size <= 50 {
      let start = Int(dictionary.formStarts[index])
      let form = dictionary.bytes[start..<start + Int(dictionary.formLengths[index])]
        .map(SpellingDictionary.fold)
      guard form.allSatisfy({ $0 < 0x80 }), form.first == typed.first,
        abs(form.count - typed.count) <= 2
      else { continue }
      let distance = typed.withUnsafeBufferPointer { a in
        form.withUnsafeBufferPointer { b in
          SpellingCost.distance(a, b, limit: SpellingSuggester.maximumDistance, rows: &rows)
        }
      }
      if distance <= SpellingSuggester.maximumDistance { expected[index] = distance }
    }
    #expect(!expected.isEmpty)
    #expect(Dictionary(uniqueKeysWithValues: found.map { ($0.index, $0.distance) }) == expected)
  }

  /// Ranking writes out only the candidates that can be among the first `limit`: a shorter
  /// list is always the start of a longer one, for words with many candidates (one edit away,
  /// two, a split, capitalised) and ties in score.
  @Test(arguments: ["teh", "Thier", "alot", "wich", "ther", "thay", "Wen", "hte"])
  func aShorterListIsTheStartOfALongerOne(word: String) {
    let suggester = SpellingSuggester.builtIn
    let long = suggester.suggestions(for: word, limit: 40)
    #expect(long.count >= 3)
    for limit in 1...8 {
      #expect(suggester.suggestions(for: word, limit: limit) == Array(long.prefix(limit)))
    }
    #expect(suggester.suggestions(for: word, limit: 0) == [])
  }

  /// Only a letter with the same letter beside it is inserted or deleted for half a step.
  @Test func aDoubledLetterHasTheSameLetterBesideIt() {
    let word = Array("balloon".utf8)
    let doubled = word.withUnsafeBufferPointer { word in
      word.indices.map { SpellingCost.isDoubled(word, at: $0) }
    }
    #expect(doubled == [false, false, true, true, true, true, false])
  }
}
