/// Splits text into word tokens: the one definition of "a word" used by every count.
///
/// **The counting rule.** A word is a maximal run of letters, digits and combining marks,
/// extended across these joiners when a letter or digit stands on both sides:
/// - an apostrophe, straight or curly (`'`, `’`, `ʼ`): `don't`, `Lindqvist’s`, `o’clock`;
/// - a hyphen (`-`, `‐`, `‑`): `well-known`, `self-interpreting`, `40-58`;
/// - an underscore: `STUDENT_NAME`, `file_name`;
/// - between digits only: `.`, `,`, `:`, `/` and the en dash: `3.5`, `1,000`, `2:30`,
///   `3/4`, `40–58`;
/// - a period inside an initialism whose parts are one or two letters, with its final period:
///   `U.S.`, `e.g.`, `a.m.`, `Ph.D.`.
///
/// A URL (`https://…`, `www.…`) or an e-mail address is one word, up to the next white space,
/// less trailing punctuation. Everything else separates words and is never a word itself:
/// white space, punctuation, dashes (`—`, `–`, `--`), slashes between letters (`and/or` is two
/// words), symbols (`&`, `%`, `$`). An apostrophe or hyphen at either end of a run is not part
/// of the word (`students’` is the word `students`).
public enum WordTokenizer {
  /// The word tokens inside `span`, in order.
  public static func words(in document: Document, span: Span) -> [Span] {
    var result: [Span] = []
    result.reserveCapacity(span.length / 5)
    forEachWord(in: document.scalars, span: span) { result.append($0) }
    return result
  }

  /// The number of words inside `span`.
  public static func count(in document: Document, span: Span) -> Int {
    var count = 0
    forEachWord(in: document.scalars, span: span) { _ in count += 1 }
    return count
  }

  /// Calls `body` with each word's span, in order, without building an array; returns the
  /// number of scalars in `span` that are not white space.
  @inline(__always)
  @discardableResult
  static func forEachWord(
    in scalars: [Unicode.Scalar], span: Span, _ body: (Span) -> Void
  ) -> Int {
    scalars.withUnsafeBufferPointer { forEachWord(in: $0, span: span, body) }
  }

  /// ``forEachWord(in:span:_:)`` over the scalars' memory: the per-scalar loops run without
  /// bounds checks or array retains.
  @inline(__always)
  @discardableResult
  static func forEachWord(
    in scalars: ScalarBuffer, span: Span, _ body: (Span) -> Void
  ) -> Int {
    let end = min(span.end, scalars.count)
    var offset = max(0, span.start)
    var visible = 0
    var addressFreeUntil = 0
    while offset < end {
      let scalar = scalars[offset]
      guard ScalarClass.isWordCharacter(scalar) else {
        if !ScalarClass.isWhitespace(scalar) { visible += 1 }
        offset += 1
        continue
      }
      let wordEnd = endOfWord(
        in: scalars, from: offset, limit: end, addressFreeUntil: &addressFreeUntil)
      body(Span(offset, wordEnd))
      visible += wordEnd - offset
      offset = wordEnd
    }
    return visible
  }

  /// The end of the word that starts at `start` (a word character).
  static func endOfWord(in scalars: [Unicode.Scalar], from start: Int, limit: Int) -> Int {
    var addressFreeUntil = 0
    return scalars.withUnsafeBufferPointer {
      endOfWord(in: $0, from: start, limit: limit, addressFreeUntil: &addressFreeUntil)
    }
  }

  /// The end of the word at `start`; `addressFreeUntil` remembers how far the text is known
  /// to hold no URL or e-mail address, so that a long run without spaces is scanned once.
  @inline(__always)
  static func endOfWord(
    in scalars: ScalarBuffer, from start: Int, limit: Int, addressFreeUntil: inout Int
  ) -> Int {
    // ASCII letters and digits (nearly every scalar of a word) by range checks alone; the
    // first scalar of another kind decides the rest with the general rules.
    var offset = start + 1
    while offset < limit {
      let value = scalars[offset].value
      guard (value | 0x20) &- 0x61 < 26 || value &- 0x30 < 10 else { break }
      offset += 1
    }
    guard offset < limit else { return offset }
    // White space and ASCII punctuation end the word at once, unless the mark is a joiner
    // with something after it to join (a joiner before white space joins nothing, and the
    // word before it is no address or initialism).
    let stop = scalars[offset].value
    if stop < 0x80 {
      guard isJoiner(stop), offset + 1 < limit, !ScalarClass.isWhitespace(scalars[offset + 1])
      else { return offset }
    }
    return endOfWordAfterRun(
      in: scalars, from: start, at: offset, limit: limit, addressFreeUntil: &addressFreeUntil)
  }

  /// The ASCII scalars the general word rules may carry a word across: `'` `,` `-` `.` `/`
  /// `:` `@` `_`.
  @inline(__always)
  private static func isJoiner(_ value: UInt32) -> Bool {
    if value >= 0x40 { return value == 0x40 || value == 0x5F }
    let joiners: UInt64 = 1 << 0x27 | 1 << 0x2C | 1 << 0x2D | 1 << 0x2E | 1 << 0x2F | 1 << 0x3A
    return (joiners >> UInt64(value)) & 1 != 0
  }

  /// The general rules of ``endOfWord(in:from:limit:addressFreeUntil:)``, from `at`, where
  /// the run of ASCII letters and digits that opens the word stopped.
  static func endOfWordAfterRun(
    in scalars: ScalarBuffer, from start: Int, at resume: Int, limit: Int,
    addressFreeUntil: inout Int
  ) -> Int {
    var offset = resume
    while offset < limit {
      let scalar = scalars[offset]
      if ScalarClass.isWordCharacter(scalar) {
        offset += 1
        continue
      }
      let next = offset + 1
      let nextIsWord = next < limit && ScalarClass.isWordCharacter(scalars[next])
      if nextIsWord
        && (ScalarClass.isApostrophe(scalar) || ScalarClass.isHyphen(scalar) || scalar == "_")
      {
        offset = next + 1
        continue
      }
      let value = scalar.value
      // `.` `,` `:` `/` and the en dash join digits: 3.5, 1,000, 2:30, 3/4, 40–58.
      if nextIsWord
        && (value == 0x2E || value == 0x2C || value == 0x3A || value == 0x2F
          || value == 0x2013)
        && ScalarClass.isDigit(scalars[offset - 1]) && ScalarClass.isDigit(scalars[next])
      {
        offset = next + 1
        continue
      }
      if (value == 0x2E || value == 0x3A || value == 0x40 || value == 0x2F)
        && start >= addressFreeUntil
      {
        switch endOfAddress(in: scalars, from: start, limit: limit) {
        case .address(let end): return end
        case .none(let scanned): addressFreeUntil = scanned
        }
      }
      if value == 0x2E, let initialism = endOfInitialism(in: scalars, from: start, limit: limit) {
        return initialism
      }
      break
    }
    return offset
  }

  /// When the white-space delimited chunk at `start` is a URL or an e-mail address, its end
  /// (trailing punctuation excluded).
  /// What a scan for an address found: its end, or how far it looked in vain.
  enum AddressScan {
    case address(Int)
    case none(Int)
  }

  static func endOfAddress(in scalars: ScalarBuffer, from start: Int, limit: Int)
    -> AddressScan
  {
    var chunkEnd = start
    var at: Int?
    var scheme = false
    // Longer chunks are not addresses; the cap keeps a 10 MB run without spaces linear.
    let cap = min(limit, start + maximumAddressLength)
    while chunkEnd < cap && !ScalarClass.isWhitespace(scalars[chunkEnd]) {
      let value = scalars[chunkEnd].value
      if value == 0x40, at == nil { at = chunkEnd }
      if value == 0x3A, chunkEnd + 2 < limit, scalars[chunkEnd + 1] == "/",
        scalars[chunkEnd + 2] == "/"
      {
        scheme = true
      }
      chunkEnd += 1
    }
    if chunkEnd == cap && cap < limit && !ScalarClass.isWhitespace(scalars[cap]) {
      return .none(cap)
    }
    var isAddress = scheme || startsWithWWW(scalars, start, chunkEnd)
    if !isAddress, let at, at > start, ScalarClass.isWordCharacter(scalars[at - 1]) {
      // An e-mail address needs a dot followed by a letter somewhere after the `@`.
      var probe = at + 1
      while probe + 1 < chunkEnd {
        if scalars[probe] == ".", ScalarClass.isLetter(scalars[probe + 1]) {
          isAddress = true
          break
        }
        probe += 1
      }
    }
    guard isAddress else { return .none(chunkEnd) }
    var upper = chunkEnd
    while upper > start, trailingAddressPunctuation.contains(scalars[upper - 1].value) {
      upper -= 1
    }
    return .address(upper)
  }

  /// The longest URL or e-mail address recognised, in scalars.
  static let maximumAddressLength = 512

  private static func startsWithWWW(_ scalars: ScalarBuffer, _ start: Int, _ end: Int) -> Bool {
    guard end - start > 4 else { return false }
    return ScalarClass.asciiLower(scalars[start]) == 0x77
      && ScalarClass.asciiLower(scalars[start + 1]) == 0x77
      && ScalarClass.asciiLower(scalars[start + 2]) == 0x77 && scalars[start + 3] == "."
  }

  /// Characters that end a sentence or a quotation after a URL rather than belong to it
  /// (what a reader would not copy into a browser).
  private static let trailingAddressPunctuation: Set<UInt32> = Set(
    ".,;:!?\"')]}>’”»".unicodeScalars.map(\.value))

  /// When the letters at `start` form an initialism (`U.S.`, `e.g.`, `Ph.D.`), its end,
  /// final period included.
  static func endOfInitialism(in scalars: ScalarBuffer, from start: Int, limit: Int) -> Int? {
    var offset = start
    var parts = 0
    var hasSingle = false
    var lastPeriodEnd = start
    while offset < limit && parts < 8 {  // no initialism has more parts (`U.S.A.F.`)
      var length = 0
      while offset < limit, ScalarClass.isLetter(scalars[offset]) {
        length += 1
        offset += 1
      }
      guard length > 0 && length <= 2 else { break }
      if offset < limit, scalars[offset] == "." {
        parts += 1
        if length == 1 { hasSingle = true }
        offset += 1
        lastPeriodEnd = offset
      } else {
        break
      }
    }
    guard parts >= 2 && hasSingle else { return nil }
    return lastPeriodEnd
  }
}
