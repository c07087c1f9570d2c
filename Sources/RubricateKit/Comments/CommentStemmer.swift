/// A light English stemmer: folds inflections (`argue`, `argues`, `argued`, `arguing` → `argu`)
/// without touching derivations (`argument` stays apart from `argue`).
///
/// The rules are steps 1a–1c of Porter's algorithm (Porter 1980, "An algorithm for suffix
/// stripping"), simplified: plural `-s`/`-es`/`-ies`, `-ed`/`-ing` when a vowel is left, an undoubled
/// final consonant, final `-y` → `-i` and a dropped final `-e`, so that a verb and its forms
/// meet. Words with non-ASCII letters or an apostrophe are returned unchanged.
enum CommentStemmer {
  /// Consonant pairs left doubled after `-ed`/`-ing` are undoubled except for these (Porter).
  private static let keepDoubled: Set<UInt8> = [
    UInt8(ascii: "l"), UInt8(ascii: "s"), UInt8(ascii: "z"),
  ]

  /// The stem of a lower-cased word.
  static func stem(_ word: String) -> String {
    var bytes = Array(word.utf8)
    guard bytes.count > 3, bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A || $0 == 0x2D }) else {
      return word
    }
    stripPlural(&bytes)
    stripVerbEnding(&bytes)
    if bytes.count > 2, bytes[bytes.count - 1] == UInt8(ascii: "y"),
      !isVowel(bytes, bytes.count - 2)
    {
      bytes[bytes.count - 1] = UInt8(ascii: "i")
    }
    if bytes.count > 3, bytes[bytes.count - 1] == UInt8(ascii: "e") {
      bytes.removeLast()
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func stripPlural(_ bytes: inout [UInt8]) {
    if hasSuffix(bytes, "sses") {
      bytes.removeLast(2)
    } else if hasSuffix(bytes, "ies") {
      bytes.removeLast(bytes.count > 4 ? 2 : 1)
    } else if hasSuffix(bytes, "s"), !hasSuffix(bytes, "ss"), !hasSuffix(bytes, "us"),
      !hasSuffix(bytes, "is")
    {
      bytes.removeLast()
    }
  }

  private static func stripVerbEnding(_ bytes: inout [UInt8]) {
    if hasSuffix(bytes, "eed") {
      if bytes.count > 4 { bytes.removeLast() }
      return
    }
    let suffixLength: Int
    if hasSuffix(bytes, "ed") {
      suffixLength = 2
    } else if hasSuffix(bytes, "ing") {
      suffixLength = 3
    } else {
      return
    }
    let stemLength = bytes.count - suffixLength
    guard stemLength >= 2, (0..<stemLength).contains(where: { isVowel(bytes, $0) }) else { return }
    bytes.removeLast(suffixLength)
    let count = bytes.count
    if count >= 3, bytes[count - 1] == bytes[count - 2], !isVowel(bytes, count - 1),
      !keepDoubled.contains(bytes[count - 1])
    {
      bytes.removeLast()
    }
  }

  private static func hasSuffix(_ bytes: [UInt8], _ suffix: StaticString) -> Bool {
    let count = suffix.utf8CodeUnitCount
    guard bytes.count >= count else { return false }
    return suffix.withUTF8Buffer { buffer in
      var index = 0
      while index < count {
        if bytes[bytes.count - count + index] != buffer[index] { return false }
        index += 1
      }
      return true
    }
  }

  /// Whether the letter at `index` is a vowel; `y` after a consonant counts as one.
  private static func isVowel(_ bytes: [UInt8], _ index: Int) -> Bool {
    switch bytes[index] {
    case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"),
      UInt8(ascii: "u"):
      return true
    case UInt8(ascii: "y"):
      return index > 0 && !isVowel(bytes, index - 1)
    default:
      return false
    }
  }
}
