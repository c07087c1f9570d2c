/// JSON string literals written into a ``JSONSink``: from a String's UTF-8, from bytes, or from
/// a stretch of a document's scalars, each escaped as `JSONEncoder` escapes it (quotes,
/// backslashes, control characters; slashes not).
extension JSONSink {
  /// A JSON string literal: quotes, backslashes and control characters escaped.
  func appendQuoted(_ text: String) {
    text.withUTF8Buffer { appendQuoted($0) }
  }

  /// A JSON string literal of UTF-8 bytes, copied eight at a time while none of the eight needs
  /// escaping (nearly all text): a byte at a time, testing each, cost 14 instructions a byte.
  func appendQuoted(_ utf8: UnsafeBufferPointer<UInt8>) {
    let length = utf8.count
    // Room for the text as it is and its quotes; an escape makes room for itself.
    var cursor = reserve(length + 2)
    cursor.pointee = 0x22
    cursor += 1
    if let source = utf8.baseAddress {
      var index = 0
      while index < length {
        while length - index >= 8 {
          let word = UnsafeRawPointer(source + index).loadUnaligned(as: UInt64.self)
          if JSONSink.anyNeedsEscape(word) { break }
          UnsafeMutableRawPointer(cursor).storeBytes(of: word, as: UInt64.self)
          cursor += 8
          index += 8
        }
        // Fewer than eight left: the last eight, when none needs escaping, are stored over the
        // copies of those already written (each was written as itself) and the rest.
        if index < length, length - index < 8, length >= 8 {
          let overlap = 8 - (length - index)
          let word = UnsafeRawPointer(source + length - 8).loadUnaligned(as: UInt64.self)
          if !JSONSink.anyNeedsEscape(word) {
            UnsafeMutableRawPointer(cursor - overlap).storeBytes(of: word, as: UInt64.self)
            cursor += 8 - overlap
            break
          }
        }
        // The next eight bytes hold one to escape, or fewer than eight are left: one by one.
        let stop = min(index + 8, length)
        while index < stop {
          let byte = source[index]
          index += 1
          if JSONSink.needsEscape(byte) {
            advance(to: cursor)
            cursor = reserve(6 + (length - index) + 1)
            cursor += JSONSink.writeEscape(byte, at: cursor)
          } else {
            cursor.pointee = byte
            cursor += 1
          }
        }
      }
    }
    cursor.pointee = 0x22
    advance(to: cursor + 1)
  }

  /// A JSON string literal of a stretch of a document's scalars, encoded to UTF-8 and escaped
  /// on the way: what ``appendQuoted(_:)-(String)`` writes for `Document.string(from:)` of the
  /// same scalars, without making the String (sentence texts were a sixth of `analyze`'s JSON
  /// time as Strings made only to be copied).
  func appendQuoted(_ scalars: ArraySlice<Unicode.Scalar>) {
    scalars.withUnsafeBufferPointer { scalars in
      // Six bytes a scalar is the most any takes (`\u001f`; four for one past U+FFFF).
      var cursor = reserve(scalars.count * 6 + 2)
      cursor.pointee = 0x22
      cursor += 1
      for scalar in scalars {
        let value = scalar.value
        // Printable ASCII but `"` and `\` (nearly every scalar) in one range test and two.
        if value &- 0x20 < 0x60, value != 0x22, value != 0x5C {
          cursor.pointee = UInt8(truncatingIfNeeded: value)
          cursor += 1
        } else if value < 0x80 {
          cursor += JSONSink.writeEscape(UInt8(truncatingIfNeeded: value), at: cursor)
        } else if value < 0x800 {
          cursor[0] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
          cursor[1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
          cursor += 2
        } else if value < 0x10000 {
          cursor[0] = UInt8(truncatingIfNeeded: 0xE0 | value >> 12)
          cursor[1] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
          cursor[2] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
          cursor += 3
        } else {
          cursor[0] = UInt8(truncatingIfNeeded: 0xF0 | value >> 18)
          cursor[1] = UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F)
          cursor[2] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
          cursor[3] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
          cursor += 4
        }
      }
      cursor.pointee = 0x22
      advance(to: cursor + 1)
    }
  }

  @inline(__always)
  private static func needsEscape(_ byte: UInt8) -> Bool {
    byte < 0x20 || byte == 0x22 || byte == 0x5C
  }

  /// Whether any of the eight bytes of `word` ``needsEscape(_:)``, by the "has less than" and
  /// "has zero byte" tricks of Sean Anderson's *Bit Twiddling Hacks*: a byte's high bit is set
  /// by a borrow only from a byte that matches, so the answer is exact as a yes or no.
  @inline(__always)
  private static func anyNeedsEscape(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let quote = word ^ (ones &* 0x22)
    let backslash = word ^ (ones &* 0x5C)
    let found = (word &- ones &* 0x20) | (quote &- ones) | (backslash &- ones)
    // `~word` covers all three: `quote` and `backslash` differ from `word` below the high bit.
    return found & ~word & (ones &* 0x80) != 0
  }

  /// Writes the escape for a byte ``needsEscape(_:)`` picked (two bytes, or six for `\u00XX`);
  /// returns how many it wrote.
  private static func writeEscape(_ byte: UInt8, at cursor: UnsafeMutablePointer<UInt8>) -> Int {
    cursor[0] = 0x5C
    switch byte {
    case 0x22, 0x5C: cursor[1] = byte
    case 0x0A: cursor[1] = 0x6E
    case 0x0D: cursor[1] = 0x72
    case 0x09: cursor[1] = 0x74
    default:
      let low = byte & 0xF
      (cursor[1], cursor[2], cursor[3]) = (0x75, 0x30, 0x30)
      cursor[4] = 0x30 + (byte >> 4)
      cursor[5] = low < 10 ? 0x30 + low : 0x57 + low  // 0x57 + 10 is `a`
      return 6
    }
    return 2
  }
}
