import Testing

@testable import RubricateKit

/// The byte-level fast paths must answer exactly as the `String` operations they stand in for.
@Suite struct StringASCIITests {
  /// Plain ASCII, CR (part of ASCII's one two-scalar character), a space carrying a combining
  /// mark (one character, so no split there), curly quotes and accents.
  static let texts = [
    "", " ", "a  b c ", "Maria Chen says:", "a\r\nb c", "x \u{301}y z", "café au lait",
    "\u{201C}quoted\u{201D} words", "_a__b_", "path/to\\file.txt", "March 5, 2024 at 3:07 pm",
  ]

  @Test(arguments: texts) func fastPathsAnswerAsTheStringOperations(_ text: String) {
    #expect(text.spaceSeparated() == text.split(separator: " "))
    #expect(text.spaceSeparatedCount == text.split(separator: " ").count)
    #expect(text.characterCount == text.count)
    #expect(text.splitting(at: "/\\") == text.split(whereSeparator: { $0 == "/" || $0 == "\\" }))
    #expect(
      text.splitting(at: "_", omittingEmptySubsequences: false)
        == text.split(separator: "_", omittingEmptySubsequences: false))
    for part in ["a", " b", "says:", "\r", "\n", "\u{301}", "é", ""] {
      #expect(text.containsText(part) == text.contains(part), "\(part) in \(text)")
    }
    #expect(text.containsASCIIDigit == text.unicodeScalars.contains { $0.isDigit })
  }

  @Test func plainASCIIHasNoCarriageReturnAndNothingAboveASCII() {
    #expect("Leave a Reply".isPlainASCII)
    #expect(!"a\r\nb".isPlainASCII)
    #expect(!"café".isPlainASCII)
  }

  @Test func aSpaceCarryingACombiningMarkIsNoSeparator() {
    #expect("x \u{301}y z".spaceSeparated() == ["x \u{301}y", "z"])
    #expect("x \u{301}y z".spaceSeparatedCount == 2)
    #expect("a b  c".spaceSeparated() == ["a", "b", "c"])
    #expect(
      "_a__b_".splitting(at: "_", omittingEmptySubsequences: false) == ["", "a", "", "b", ""])
  }
}
