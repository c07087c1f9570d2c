import Foundation

/// The string tests that segmentation runs on every short line, answered on UTF-8 bytes when
/// the text is plain ASCII: ASCII without CR, in which every byte is a character of its own
/// (CR LF is ASCII's only two-scalar character).
///
/// `split(separator: " ")` and `count` walk grapheme clusters (`split` about 400 instructions
/// a byte) and Foundation's `contains(_:)` goes through `NSString` (about 25,000 a call): in a
/// profile they were most of the time spent deciding that an essay is not a blog page. In
/// plain ASCII canonical equivalence is byte equality, so a byte loop gives exactly the
/// general answer; any other text takes the general path.
extension StringProtocol {
  /// `split(separator: " ")`.
  func spaceSeparated() -> [SubSequence] { splitting(at: " ") }

  /// `split(omittingEmptySubsequences:whereSeparator:)` at every character that is one of
  /// `separators`.
  func splitting(at separators: String, omittingEmptySubsequences: Bool = true)
    -> [SubSequence]
  {
    let ranges = withPlainASCII { bytes -> [Range<Int>]? in
      guard let separatorBytes = separators.withPlainASCII({ Array($0) }) else { return nil }
      var ranges: [Range<Int>] = []
      var start = 0
      for offset in bytes.indices where separatorBytes.contains(bytes[offset]) {
        if offset > start || !omittingEmptySubsequences { ranges.append(start..<offset) }
        start = offset + 1
      }
      if bytes.count > start || !omittingEmptySubsequences { ranges.append(start..<bytes.count) }
      return ranges
    }
    guard let ranges = ranges ?? nil else {
      return split(omittingEmptySubsequences: omittingEmptySubsequences) {
        separators.contains($0)
      }
    }
    let base = utf8.startIndex
    return ranges.map {
      self[utf8.index(base, offsetBy: $0.lowerBound)..<utf8.index(base, offsetBy: $0.upperBound)]
    }
  }

  /// `count`: the number of characters.
  var characterCount: Int { withPlainASCII { $0.count } ?? count }

  /// `split(separator: " ").count`, without building the words.
  var spaceSeparatedCount: Int {
    let count = withPlainASCII { bytes in
      var count = 0
      var inWord = false
      for byte in bytes {
        if byte == UInt8(ascii: " ") {
          inWord = false
        } else if !inWord {
          inWord = true
          count += 1
        }
      }
      return count
    }
    return count ?? split(separator: " ").count
  }

  /// Foundation's `contains(_:)`: whether `other` occurs in the string.
  func containsText(_ other: String) -> Bool {
    guard !other.isEmpty, let needle = other.withPlainASCII({ Array($0) }),
      let found = withPlainASCII({ $0.contains(bytes: needle) })
    else { return contains(other) }
    return found
  }

  /// Whether an ASCII digit occurs. Any UTF-8 text can be searched bytewise: the bytes of a
  /// multi-byte scalar are all ≥ 0x80.
  var containsASCIIDigit: Bool {
    utf8.withContiguousStorageIfAvailable { bytes in
      bytes.contains { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    } ?? utf8.contains { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
  }

  /// Whether the text is plain ASCII.
  var isPlainASCII: Bool { withPlainASCII { _ in true } ?? false }

  /// `body` over the string's UTF-8 bytes when it is plain ASCII, else nil (also when the
  /// string is not stored as contiguous UTF-8).
  func withPlainASCII<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
    let result: Result?? = utf8.withContiguousStorageIfAvailable { bytes in
      bytes.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: "\r") } ? body(bytes) : nil
    }
    return result ?? nil
  }
}

extension UnsafeBufferPointer<UInt8> {
  /// Whether the non-empty byte sequence `needle` occurs.
  func contains(bytes needle: [UInt8]) -> Bool {
    guard let lead = needle.first, needle.count <= count else { return false }
    for start in 0...(count - needle.count) where self[start] == lead {
      var matched = 1
      while matched < needle.count, self[start + matched] == needle[matched] { matched += 1 }
      if matched == needle.count { return true }
    }
    return false
  }
}
