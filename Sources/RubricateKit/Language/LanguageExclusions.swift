/// The stretches of a body no language check reads: quotations (“…”, "…"), inline code
/// (`` `…` ``) and the caller's own (citation callouts).
enum LanguageExclusions {
  /// The mark that closes a quotation or code opened by `value`, if `value` opens one: “ ”,
  /// " ", ` `, « » (a switch, not a search: most scalars are letters).
  @inline(__always)
  static func closing(_ value: UInt32) -> UInt32? {
    switch value {
    case 0x201C: return 0x201D
    case 0x22, 0x60: return value
    case 0xAB: return 0xBB
    default: return nil
    }
  }

  /// The excluded spans, sorted by start (marks included).
  ///
  /// One pass over each paragraph's scalars through a buffer pointer: letters and spaces are
  /// passed over eight at a time (``ScalarClass/skipLettersAndSpaces(_:from:to:)``), and any
  /// other scalar below U+00AB but `"` and `` ` `` with two comparisons.
  static func spans(in scalars: [Unicode.Scalar], paragraphs: [Span], extra: [Span]) -> [Span] {
    var result = extra
    scalars.withUnsafeBufferPointer { buffer in
      for paragraph in paragraphs {
        var open: (offset: Int, close: UInt32)?
        var offset = paragraph.start
        let end = min(paragraph.end, buffer.count)
        while offset < end {
          // No mark that opens or closes is a letter or a space.
          offset = ScalarClass.skipLettersAndSpaces(buffer, from: offset, to: end)
          guard offset < end else { break }
          let value = buffer[offset].value
          offset += 1
          if let current = open {
            if value == current.close {
              result.append(Span(current.offset, offset))
              open = nil
            }
          } else if value >= 0xAB || value == 0x22 || value == 0x60, let close = closing(value) {
            open = (offset - 1, close)
          }
        }
      }
    }
    result.sort()
    return result
  }

  /// Whether `span` overlaps one of the sorted `excluded` spans.
  static func overlaps(_ span: Span, _ excluded: [Span]) -> Bool {
    for other in excluded {
      if other.start >= span.end { return false }
      if other.end > span.start { return true }
    }
    return false
  }
}
