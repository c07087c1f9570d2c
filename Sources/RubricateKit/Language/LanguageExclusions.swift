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
  static func spans(in scalars: [Unicode.Scalar], paragraphs: [Span], extra: [Span]) -> [Span] {
    var result = extra
    for paragraph in paragraphs {
      var open: (offset: Int, close: UInt32)?
      for offset in paragraph.range where offset < scalars.count {
        let value = scalars[offset].value
        if let current = open {
          if value == current.close {
            result.append(Span(current.offset, offset + 1))
            open = nil
          }
        } else if let close = closing(value) {
          open = (offset, close)
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
