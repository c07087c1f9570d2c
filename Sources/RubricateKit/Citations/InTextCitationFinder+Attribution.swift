/// Named sources without a date (`according to the BBC`): weak citations.
extension InTextCitationFinder {
  /// Phrases that introduce a named source (`according to`, `as reported by`): the source's
  /// name follows. From style guides' lists of signal phrases.
  static let attributionCues: [[String]] = [
    ["according", "to"], ["as", "reported", "by"], ["reported", "by"], ["as", "stated", "by"],
    ["as", "noted", "by"], ["as", "explained", "by"], ["a", "study", "by"], ["a", "report", "by"],
    ["research", "by"], ["a", "survey", "by"], ["published", "by"], ["data", "from"],
    ["as", "cited", "in"], ["a", "study", "from"], ["a", "report", "from"],
  ]

  /// The cues as lower-case ASCII bytes with single spaces (`according to`), in one buffer,
  /// grouped by their first letter: matching on the text without tokenising it, and without
  /// walking nested arrays (whose retains were most of the matching).
  struct CueTable: Sendable {
    /// Every cue's bytes, one after another.
    let bytes: [UInt8]
    /// Where each cue's bytes start and end in ``bytes``, cues with the same first letter
    /// together.
    let starts: [Int]
    let ends: [Int]
    /// The cues (indices into ``starts``) beginning with each ASCII byte.
    let byInitial: [Range<Int>]
    /// Each cue's first eight bytes (fewer when it is shorter) as a little-endian word, and
    /// the mask of those bytes: compared with the text's next eight at once.
    let prefixes: [UInt64]
    let prefixMasks: [UInt64]
    /// The cues' first letters (lower case), four of them, repeated to fill four when there
    /// are fewer; `nil` when there are more than four or one is not an ASCII letter.
    let initials: (UInt32, UInt32, UInt32, UInt32)?

    init(_ phrases: [[String]]) {
      let cues = phrases.map { Array($0.joined(separator: " ").utf8) }.filter { !$0.isEmpty }
      var bytes: [UInt8] = []
      var starts: [Int] = []
      var ends: [Int] = []
      var byInitial = [Range<Int>](repeating: 0..<0, count: 128)
      for initial in 0..<128 {
        let first = starts.count
        for cue in cues where Int(cue[0]) == initial {
          starts.append(bytes.count)
          bytes.append(contentsOf: cue)
          ends.append(bytes.count)
        }
        byInitial[initial] = first..<starts.count
      }
      self.bytes = bytes
      self.starts = starts
      self.ends = ends
      self.byInitial = byInitial
      var prefixes: [UInt64] = []
      var prefixMasks: [UInt64] = []
      for (start, end) in zip(starts, ends) {
        var prefix: UInt64 = 0
        var mask: UInt64 = 0
        for (place, byte) in bytes[start..<min(end, start + 8)].enumerated() {
          prefix |= UInt64(byte) << (8 * place)
          mask |= 0xFF << (8 * place)
        }
        prefixes.append(prefix)
        prefixMasks.append(mask)
      }
      self.prefixes = prefixes
      self.prefixMasks = prefixMasks
      let letters = (0..<128).filter { !byInitial[$0].isEmpty }.map(UInt32.init)
      if let first = letters.first, letters.count <= 4,
        letters.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A })
      {
        let padded = letters + Array(repeating: first, count: 4 - letters.count)
        initials = (padded[0], padded[1], padded[2], padded[3])
      } else {
        initials = nil
      }
    }

    /// The first of the eight scalars of `block` (whose scalars one place earlier are
    /// `before`) that may start a cue, `nil` if none may: a letter after a non-letter, one of
    /// the ``initials`` in either case; or a scalar that is not ASCII or follows one, whose
    /// letters only the scalar test knows. Lane-wise arithmetic, as in
    /// ``ScalarClass/areLettersAndSpaces(_:)``: with every lane below 0x80, bit 7 of a sum
    /// answers a comparison.
    @inline(__always)
    static func firstCueLane(
      _ block: SIMD8<UInt32>, after before: SIMD8<UInt32>,
      initials: (UInt32, UInt32, UInt32, UInt32)
    ) -> Int? {
      let bit7 = SIMD8<UInt32>(repeating: 0x80)
      let notASCII = (block | before) & SIMD8(repeating: 0xFFFF_FF80)
      let folded = block | SIMD8(repeating: 0x20)
      var differs = differsBit(folded, initials.0)
      differs &= differsBit(folded, initials.1)
      differs &= differsBit(folded, initials.2)
      differs &= differsBit(folded, initials.3)
      let letterBefore = ScalarClass.letterBit(before | SIMD8(repeating: 0x20))
      let starts = ScalarClass.letterBit(folded) & (letterBefore ^ bit7) & (differs ^ bit7) & bit7
      // Lanes 2k and 2k + 1 are the low and high halves of word k.
      let words = unsafeBitCast(notASCII | starts, to: SIMD4<UInt64>.self)
      for word in 0..<4 where words[word] != 0 {
        return 2 * word + (words[word] & 0xFFFF_FFFF == 0 ? 1 : 0)
      }
      return nil
    }

    /// Bit 7 set in the lanes of ASCII `folded` that are not `letter`: their exclusive or,
    /// + 0x7F, reaches 0x80.
    @inline(__always)
    static func differsBit(_ folded: SIMD8<UInt32>, _ letter: UInt32) -> SIMD8<UInt32> {
      (folded ^ SIMD8(repeating: letter)) &+ SIMD8(repeating: 0x7F)
    }
  }

  static let cueTable = CueTable(attributionCues)
  /// How much text after a cue is read for the source's name.
  static let attributionWindow = 200

  /// `according to the BBC`: weak citations, one per cue followed by a capitalised name.
  ///
  /// Cues are matched on the scalars; only the short stretch after a cue is tokenised.
  static func attributions(_ document: Document, _ spans: [Span], avoiding: [InTextCitation])
    -> [InTextCitation]
  {
    let scalars = document.scalars
    var result: [InTextCitation] = []
    var avoidIndex = 0
    let sortedAvoid = avoiding.sorted { $0.start < $1.start }
    let cues = cueTable
    scalars.withUnsafeBufferPointer { buffer in
      let base = UnsafeRawPointer(buffer.baseAddress)
      for span in spans {
        var offset = span.start
        while offset < span.end {
          // Nearly every word starts with a letter no cue starts with, and is turned away at
          // its first letter: the scalars are read eight at a time up to the first that may
          // start a cue (or is not ASCII), and the scalar loop goes on from there.
          if offset > span.start, let initials = cues.initials, let base {
            while offset + 8 <= span.end {
              if let lane = CueTable.firstCueLane(
                base.loadUnaligned(fromByteOffset: offset * 4, as: SIMD8<UInt32>.self),
                after: base.loadUnaligned(fromByteOffset: (offset - 1) * 4, as: SIMD8<UInt32>.self),
                initials: initials)
              {
                offset += lane
                break
              }
              offset += 8
            }
            guard offset < span.end else { break }
          }
          let wordStart =
            CitationScalars.isLetter(buffer[offset])
            && (offset == span.start || !CitationScalars.isLetter(buffer[offset - 1]))
          guard wordStart else {
            offset += 1
            continue
          }
          guard cueMatches(buffer, at: offset, limit: span.end, in: cues) else {
            while offset < span.end, CitationScalars.isLetter(buffer[offset]) { offset += 1 }
            continue
          }
          let window = Span(offset, min(span.end, offset + attributionWindow))
          let tokens = CitationTokenizer.tokens(in: document, span: window)
          guard let (citation, resume) = attribution(document, tokens) else {
            while offset < span.end, CitationScalars.isLetter(buffer[offset]) { offset += 1 }
            continue
          }
          offset = max(resume, offset + 1)
          guard let citation else { continue }
          while avoidIndex < sortedAvoid.count, sortedAvoid[avoidIndex].end <= citation.start {
            avoidIndex += 1
          }
          let overlapsFound =
            avoidIndex < sortedAvoid.count && sortedAvoid[avoidIndex].span.overlaps(citation.span)
          if !overlapsFound { result.append(citation) }
        }
      }
    }
    return result
  }

  /// Whether one of the cue phrases starts at `offset` (ASCII, any case, single spaces). A word
  /// starting with a letter no cue starts with, as nearly every word does, is rejected at once.
  static func cueMatches(
    _ scalars: UnsafeBufferPointer<Unicode.Scalar>, at offset: Int, limit: Int, in table: CueTable
  ) -> Bool {
    let initial = scalars[offset].value
    let folded = initial &- 0x41 < 26 ? initial + 32 : initial
    guard folded < 128 else { return false }
    let cues = table.byInitial[Int(folded)]
    guard !cues.isEmpty else { return false }
    // The next eight scalars folded as the cues are, a byte each; one past the limit, or
    // not ASCII, is 0xFF, which no cue holds.
    var head: UInt64 = 0
    for place in 0..<8 {
      var byte: UInt64 = 0xFF
      if offset + place < limit {
        let value = scalars[offset + place].value
        let lowered = value &- 0x41 < 26 ? value + 32 : value
        if lowered < 0x80 { byte = UInt64(lowered) }
      }
      head |= byte << (8 * place)
    }
    return table.bytes.withUnsafeBufferPointer { bytes in
      for cue in cues where head & table.prefixMasks[cue] == table.prefixes[cue] {
        var cursor = offset + min(8, table.ends[cue] - table.starts[cue])
        var matched = true
        for index in table.starts[cue] + 8..<max(table.starts[cue] + 8, table.ends[cue]) {
          guard cursor < limit else {
            matched = false
            break
          }
          let value = scalars[cursor].value
          guard (value &- 0x41 < 26 ? value + 32 : value) == UInt32(bytes[index]) else {
            matched = false
            break
          }
          cursor += 1
        }
        if matched, cursor >= limit || !CitationScalars.isLetter(scalars[cursor]) { return true }
      }
      return false
    }
  }

  /// The attribution the tokens open with: `nil` when there is none, or a `nil` citation with
  /// the offset to go on from when the cue leads to a citation found elsewhere.
  static func attribution(_ document: Document, _ tokens: [CitationToken])
    -> (InTextCitation?, Int)?
  {
    guard !tokens.isEmpty, let cueLength = cue(at: 0, tokens) else { return nil }
    var cursor = cueLength
    if cursor < tokens.count, ["the", "a", "an", "The"].contains(tokens[cursor].text) {
      cursor += 1
    }
    var words: [String] = []
    while cursor < tokens.count, words.count < 8 {
      let token = tokens[cursor]
      if token.kind == .word, token.isCapitalized {
        var word = token.text
        if word.hasSuffix("’s") || word.hasSuffix("'s") { word = String(word.dropLast(2)) }
        words.append(word)
      } else if token.kind == .word, ["of", "for", "and", "on", "&"].contains(token.text),
        cursor + 1 < tokens.count, tokens[cursor + 1].isCapitalized, !words.isEmpty
      {
        words.append(token.text)
      } else if token.isPunct("."), cursor + 1 < tokens.count, !tokens[cursor + 1].spaceBefore,
        !words.isEmpty
      {
        // `U.S.` inside a name.
      } else {
        break
      }
      cursor += 1
    }
    guard !words.isEmpty, let last = tokens[..<cursor].last(where: { $0.kind == .word }) else {
      return nil
    }
    let resume = last.end
    // `According to Wu (2001)` is a narrative citation, found elsewhere.
    if cursor < tokens.count, tokens[cursor].isPunct("(") || tokens[cursor].isPunct("[") {
      return (nil, resume)
    }
    if cursor + 1 < tokens.count, tokens[cursor].text == "et", tokens[cursor + 1].text == "al" {
      return (nil, resume)
    }
    let folded = CitationScalars.fold(words[0])
    guard !notNames.contains(folded) || words.count > 1 else { return (nil, resume) }
    let span = Span(tokens[0].start, last.end)
    return (
      InTextCitation(
        start: span.start, end: span.end, text: document.text(of: span), kind: .attribution,
        names: [words.joined(separator: " ")]), resume
    )
  }

  static func cue(at index: Int, _ tokens: [CitationToken]) -> Int? {
    for phrase in attributionCues where index + phrase.count <= tokens.count {
      var matches = true
      for (offset, word) in phrase.enumerated() {
        let token = tokens[index + offset]
        if token.kind != .word || token.text.lowercased() != word {
          matches = false
          break
        }
      }
      if matches { return phrase.count }
    }
    return nil
  }
}
