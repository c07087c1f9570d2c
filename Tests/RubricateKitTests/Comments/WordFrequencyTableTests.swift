import Testing

@testable import RubricateKit

/// The English frequency table read byte by byte gives what splitting it into lines and
/// fields gives.
struct WordFrequencyTableTests {
  /// The table as lines split on spaces: the first field the tenths (digits, at most 255),
  /// each later field a word; any other line left out.
  static func splitParse(_ text: String) -> [(word: String, tenths: UInt8)] {
    var words: [(word: String, tenths: UInt8)] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
      guard line.first != " " else { continue }
      let fields = line.split(separator: " ")
      guard let first = fields.first, first.allSatisfy(\.isASCII), first.allSatisfy(\.isNumber),
        let tenths = UInt8(first)
      else { continue }
      for word in fields.dropFirst() { words.append((String(word), tenths)) }
    }
    return words
  }

  static func parse(_ text: String) -> [(word: String, tenths: UInt8)] {
    var text = text
    return text.withUTF8(TermWeights.parseWordFrequencies)
  }

  @Test func theBuiltInTableReadsAsSplitting() {
    let read = TermWeights.englishWords
    let split = Self.splitParse(TermWeights.englishWordFrequencies)
    #expect(read.count == split.count)
    #expect(read.count > 5_500)
    #expect(zip(read, split).allSatisfy { $0.word == $1.word && $0.tenths == $1.tenths })
    #expect(read.first?.word == "the" && read.first?.tenths == 77)
  }

  @Test(arguments: [
    "77 the\n74 to and\n",
    "77 the",
    "12 a  b\n\n30 c\n",
    "300 over\n255 top\n256 over\n",
    "12x skipped\nword 5\n 40 indented\n7 café naïve\n",
    "",
  ])
  func oddLinesReadAsSplitting(_ text: String) {
    let read = Self.parse(text)
    let split = Self.splitParse(text)
    #expect(read.map(\.word) == split.map(\.word))
    #expect(read.map(\.tenths) == split.map(\.tenths))
  }
}
