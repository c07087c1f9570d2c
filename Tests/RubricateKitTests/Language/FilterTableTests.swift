import Foundation
import Testing

@testable import RubricateKit

/// The suggestion filters kept in `SpellingFilterTables.swift` are what the built-in list
/// builds. After a change to the list or to the filters' hashing this test fails; write the
/// file anew with `RUBRICATE_RECORD_TABLES=1 swift test --filter FilterTableTests`.
@Suite struct FilterTableTests {
  static let file = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
    .appendingPathComponent("Sources/RubricateKit/Language/SpellingFilterTables.swift")

  @Test func thePrebuiltFiltersAreTheListsOwn() throws {
    let built = SpellingDictionary.Filters(list: SpellingDictionary.scowlWords).littleEndianBytes
    if ProcessInfo.processInfo.environment["RUBRICATE_RECORD_TABLES"] != nil {
      try Self.source(built).write(to: Self.file, atomically: true, encoding: .utf8)
      return
    }
    let prebuilt = try #require(
      SpellingDictionary.Filters.prebuilt,
      "SpellingFilterTables.swift was made from another word list: \(Self.rerecord)")
    let kept = prebuilt.littleEndianBytes
    #expect(kept.editFilter == built.editFilter, "the edit filter differs: \(Self.rerecord)")
    #expect(kept.letterSlots == built.letterSlots, "the letter slots differ: \(Self.rerecord)")
    // The built-in dictionary uses them.
    let inUse = SpellingDictionary.builtIn
    #expect(inUse.letterSlots.littleEndianBytes == built.letterSlots)
  }

  /// A list of one-letter words, whose length alone would ask for 16 slots, gets more slots
  /// than it has words (with 16, the 17th distinct word's probe never found an empty slot),
  /// and a word listed three times merges its sizes, dialects and lower-case form.
  @Test func aListOfShortWordsFitsItsTable() {
    let list =
      "10 1 b a c d e f\n20 2 B g h A\n35 4 i j k l m n o\n50 8 p a q r s t u\n60 1 v w x y"
    let table = SpellingDictionary.Table(list: list)
    #expect(table.keys.count == 64)
    #expect(table.entries.count == 25)
    #expect(table.slots.filter { $0 >= 0 }.count == 25)
    // `a`, listed in sizes 10 (American), 20 (British, as `A`) and 50 (Australian): its
    // smallest size, the three dialects, and its last lower-case form (offset 56).
    #expect(table.entries[1].size == 10 && table.entries[1].dialects.rawValue == 0xB)
    #expect(table.starts[1] == 56 && table.lengths[1] == 1)
    let dictionary = SpellingDictionary(list: list)
    #expect("abcdefghijklmnopqrstuvwxy".allSatisfy { dictionary.contains(String($0)) })
    #expect(!dictionary.contains("z"))
    #expect(dictionary.contains("a", dialects: .british))
    #expect(!dictionary.contains("a", dialects: .canadian))
  }

  static let rerecord = "run RUBRICATE_RECORD_TABLES=1 swift test --filter FilterTableTests"

  @Test func numbersAreGroupedInThrees() {
    #expect(Self.grouped(1_373_725) == "1_373_725")
    #expect(Self.grouped(373_725) == "373_725")
    #expect(Self.grouped(3725) == "3_725")
    #expect(Self.grouped(725) == "725")
  }

  @Test func base64DecodesIntoItsDestination() {
    func decode(_ text: String, count: Int) -> [UInt8]? {
      var bytes = [UInt8](repeating: 0, count: count)
      let fits = bytes.withUnsafeMutableBytes { Base64.decode(text, into: $0) }
      return fits ? bytes : nil
    }
    #expect(decode("TWFu", count: 3) == [0x4D, 0x61, 0x6E])
    #expect(decode("TWE=", count: 2) == [0x4D, 0x61])
    #expect(decode("TQ==", count: 1) == [0x4D])
    #expect(decode("TW\nFu", count: 3) == [0x4D, 0x61, 0x6E])
    #expect(decode("+/+/", count: 3) == [0xFB, 0xFF, 0xBF])
    // Too short, too long, or one character left over: no table.
    #expect(decode("TWFu", count: 4) == nil)
    #expect(decode("TWFuTWFu", count: 3) == nil)
    #expect(decode("TWFuT", count: 3) == nil)
    #expect(decode("T\nWFu", count: 3) == [0x4D, 0x61, 0x6E])
    #expect(decode("TWFu\nTWE=", count: 5) == [0x4D, 0x61, 0x6E, 0x4D, 0x61])
    #expect(decode("TW Fu TW", count: 4) == [0x4D, 0x61, 0x6E, 0x4D])
    #expect(LetterSlotFilter(base64: "TWFu") == nil)
    // 64-bit words as kept: little-endian bytes, and back.
    let words: [UInt64] = [0x0102_0304_0506_0708, 0xFF]
    let kept = words.withUnsafeBufferPointer(Base64.littleEndianBytes)
    #expect(kept == [8, 7, 6, 5, 4, 3, 2, 1, 0xFF, 0, 0, 0, 0, 0, 0, 0])
    var back = [UInt64](repeating: 0, count: 2)
    let fits = back.withUnsafeMutableBufferPointer {
      Base64.decode(Data(kept).base64EncodedString(), into: $0)
    }
    #expect(fits && back == words)
    // Every length of every byte, against Foundation's encoder.
    let bytes = (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
    for length in 0...bytes.count {
      let slice = Array(bytes[..<length])
      #expect(decode(Data(slice).base64EncodedString(), count: length) == slice)
    }
  }

  /// `1373725` as swift-format wants it: `1_373_725`.
  static func grouped(_ number: Int) -> String {
    var digits = String(number)
    var index = digits.endIndex
    while digits.distance(from: digits.startIndex, to: index) > 3 {
      index = digits.index(index, offsetBy: -3)
      digits.insert("_", at: index)
    }
    return digits
  }

  /// The generated file: the list's length and each filter's base64 in lines of 76.
  static func source(_ bytes: (editFilter: [UInt8], letterSlots: [UInt8])) -> String {
    func literal(_ bytes: [UInt8]) -> String {
      let text = Data(bytes).base64EncodedString()
      var lines: [Substring] = []
      var start = text.startIndex
      while start < text.endIndex {
        let end = text.index(start, offsetBy: 76, limitedBy: text.endIndex) ?? text.endIndex
        lines.append(text[start..<end])
        start = end
      }
      return "\"\"\"\n" + lines.map { "    " + $0 + "\n" }.joined() + "    \"\"\""
    }
    return """
      // Generated by `RUBRICATE_RECORD_TABLES=1 swift test --filter FilterTableTests`; do not
      // edit by hand. The suggestion filters of `SpellingDictionary.scowlWords`, as
      // `SpellingDictionary.Filters(list:)` builds them, kept here so that a run decodes them
      // (about 2 ms) instead of building them (about 25 ms of CPU). `FilterTableTests` fails
      // when they are no longer what the list and the filters' hashing make. Hashed from the
      // words of SCOWL (Kevin Atkinson), whose notice is in SpellingWordList.swift and NOTICE.

      extension SpellingDictionary.Filters {
        /// The length in UTF-8 bytes of the list they were built from.
        static let prebuiltListLength = \(Self.grouped(SpellingDictionary.scowlWords.utf8.count))

        /// The edit filter (``SpellingDictionary/editFilterBits`` bits): base64 of its 64-bit
        /// words, little-endian.
        static let prebuiltEditFilter = \(literal(bytes.editFilter))

        /// The letter-slot filter (``LetterSlotFilter``): base64 of its 64-bit words,
        /// little-endian.
        static let prebuiltLetterSlots = \(literal(bytes.letterSlots))
      }

      """
  }

  /// The separators are counted eight bytes at a time as they are one at a time, whatever
  /// the bytes and wherever the text ends.
  @Test func separatorsAreCountedAsOneByOne() {
    let texts = [
      "10 1 a b\ncafé", "", "x", "a b c d e f g h i j", String(repeating: "word\t", count: 9),
      "\u{0}\u{1F} !\u{7F}\u{80}é\u{FF}" + String(repeating: " ", count: 17),
    ]
    for text in texts {
      let bytes = Array(text.utf8)
      let counted = bytes.withUnsafeBufferPointer(SpellingDictionary.separatorCount)
      #expect(counted == bytes.filter { $0 <= 0x20 }.count, "\(text.debugDescription)")
    }
    #expect(
      Array("10 1 a b\ncafé".utf8).withUnsafeBufferPointer(SpellingDictionary.separatorCount) == 4)
  }
}
