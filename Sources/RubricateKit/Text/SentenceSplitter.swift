/// Splits text into sentences, rule by rule, in one left-to-right pass.
///
/// A sentence ends after a cluster of terminal punctuation (`.`, `!`, `?`, `…`, with any
/// closing quotes or brackets that follow) when the next word shows that a new sentence starts:
/// - after a plain period, any next word (student prose often starts sentences in lower case),
///   unless the period closed a quotation or bracket and the next word is lower case
///   (`“This is great.” she said`);
/// - after an abbreviation (``abbreviations``), an initialism (`U.S.`) or a one-letter initial
///   (`Anna K. Okafor`), only a capitalised sentence starter (``sentenceStarters``); after a
///   title (`Mr.`, `Mt.`) never; after `p.`, `vol.`, `no.` … never before a number;
/// - after `!` or `?`, any next word, as after a period (`trusted? thats the question`), but
///   not a lower-case one after a closing quotation mark or bracket, a dash or an opening quote
///   (`“Who decides?” and nobody`, `voila! -- a cake`), nor after a name ending in `!`
///   (`Yahoo! in …`);
/// - after an ellipsis (`...`, `. . .`, `…`), a capitalised word other than *I*; after four dots,
///   any capitalised word; an ellipsis inside brackets (`[...]`) never ends a sentence.
///
/// Periods inside words never end a sentence (`3.5`, `e.g.,`, `Ph.D.-level`, URLs, e-mail
/// addresses), nor does list-item numbering (`1.`, `2.)`, `a.`), except where the space after
/// the period was forgotten (`Tuesday.Mr. Smith`, `1,000.That`); note numbers typed after a
/// period stay with its sentence (`consultation.11 12 Take`). `A.M.`/`P.M.` after a number end a
/// sentence before any capitalised word, `a.m.`/`p.m.` before a sentence starter (`I'm`); a
/// one-letter label opening a sentence (`A. It is…` after `Q. …?`) does not end it; full-width
/// and ideographic marks (`．`, `。`) end one with no space after them. A list marker or bullet
/// starts a new sentence (an inline series `a) … b) …` too), and a single line break is just a
/// space (paragraphs, which sentences never cross, are decided by the layout).
public enum SentenceSplitter {
  /// The sentences inside `span`, trimmed of surrounding white space, in order.
  public static func sentences(in document: Document, span: Span) -> [Span] {
    document.scalars.withUnsafeBufferPointer { scalars in
      var splitter = Pass(scalars: scalars, span: span)
      splitter.run()
      return splitter.result
    }
  }

  /// The sentences inside `span`, reusing its words as ``WordTokenizer`` found them.
  static func sentences(in scalars: ScalarBuffer, span: Span, words: UnsafeBufferPointer<Span>)
    -> [Span]
  {
    var splitter = Pass(scalars: scalars, span: span, words: words)
    splitter.run()
    return splitter.result
  }

  /// Terminal punctuation: period, `!`, `?`, the ellipsis character and the doubled marks.
  @inline(__always)
  static func isTerminal(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x2E, 0x21, 0x3F, 0x2026, 0x203C, 0x2047, 0x2048, 0x2049: return true
    case 0x3002, 0xFF0E, 0xFF01, 0xFF1F, 0xFF61: return true  // full-width and ideographic
    default: return false
    }
  }

  /// Bullets that start a new item even in the middle of a line (no dashes: those are
  /// punctuation inside a line).
  static func isInlineBullet(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return bullets.contains(value) && value != 0x2013 && value != 0xB7 && value != 0x2219
  }

  /// One splitting pass: the cursor state and the sentences found so far. It reads the
  /// scalars (and words) through pointers, so it lives only inside the call that made it.
  struct Pass {
    let scalars: ScalarBuffer
    let start: Int
    let end: Int
    var result: [Span] = []
    var sentenceStart: Int
    let markers: [Span]
    let bullets = SentenceSplitter.bullets
    let closers = SentenceSplitter.closers
    let openers = SentenceSplitter.openers

    /// The span's words when the caller has them already (saves tokenising twice).
    let words: UnsafeBufferPointer<Span>?

    init(scalars: ScalarBuffer, span: Span, words: UnsafeBufferPointer<Span>? = nil) {
      self.words = words
      self.scalars = scalars
      self.start = max(0, span.start)
      self.end = min(span.end, scalars.count)
      self.sentenceStart = start
      self.markers = SentenceSplitter.listMarkers(in: scalars, span: Span(start, end))
    }

    mutating func run() {
      var offset = start
      var markerIndex = 0
      var wordIndex = 0
      let known = words ?? UnsafeBufferPointer(start: nil, count: 0)
      let hasWords = words != nil
      var addressFreeUntil = 0
      while offset < end {
        while markerIndex < markers.count && markers[markerIndex].start < offset {
          markerIndex += 1
        }
        if markerIndex < markers.count && markers[markerIndex].start == offset {
          cut(at: offset)
          offset = markers[markerIndex].end
          markerIndex += 1
          continue
        }
        let scalar = scalars[offset]
        if scalar == "\n" {
          offset = lineBreak(at: offset)
          continue
        }
        if ScalarClass.isWordCharacter(scalar) {
          var wordEnd: Int
          if hasWords {
            while wordIndex < known.count && known[wordIndex].start < offset { wordIndex += 1 }
            if wordIndex < known.count && known[wordIndex].start == offset {
              wordEnd = known[wordIndex].end
            } else {
              wordEnd = WordTokenizer.endOfWord(
                in: scalars, from: offset, limit: end, addressFreeUntil: &addressFreeUntil)
            }
          } else {
            wordEnd = WordTokenizer.endOfWord(
              in: scalars, from: offset, limit: end, addressFreeUntil: &addressFreeUntil)
          }
          // Most words hold no period that could glue two sentences: found without a call.
          if mayHoldGluedPeriod(from: offset, to: wordEnd),
            let glued = gluedPeriod(from: offset, to: wordEnd)
          {
            // `Tuesday.Mr.`: one token to the word rules, two sentences typed without a space.
            cut(at: glued + 1)
            offset = glued + 1
          } else if scalars[wordEnd - 1] == "." && wordEnd - 1 > offset {
            // An initialism's final period may also end the sentence (`… in the U.S. How …`).
            offset = terminal(at: wordEnd - 1)
          } else {
            offset = wordEnd
          }
          continue
        }
        if SentenceSplitter.isTerminal(scalar) {
          offset = terminal(at: offset)
          continue
        }
        if scalar.value >= 0x80 && SentenceSplitter.isInlineBullet(scalar) {
          cut(at: offset)
        }
        offset += 1
      }
      cut(at: end)
    }

    /// Whether the word `offset..<wordEnd` has a period where ``gluedPeriod(from:to:)`` looks
    /// for one.
    @inline(__always)
    func mayHoldGluedPeriod(from offset: Int, to wordEnd: Int) -> Bool {
      guard wordEnd - offset >= 5 else { return false }
      var cursor = offset + 2
      while cursor + 2 < wordEnd {
        if scalars[cursor].value == 0x2E { return true }
        cursor += 1
      }
      return false
    }

    /// Ends the current sentence just before `offset` (nothing when it holds only space or a
    /// bullet, which then stays with the item it opens).
    mutating func cut(at offset: Int) {
      var lower = sentenceStart
      var upper = offset
      while lower < upper
        && (ScalarClass.isWhitespace(scalars[lower])
          || bullets.contains(scalars[lower].value))
      {
        lower += 1
      }
      if lower == upper { return }
      lower = sentenceStart
      while lower < upper && ScalarClass.isWhitespace(scalars[lower]) { lower += 1 }
      while upper > lower && ScalarClass.isWhitespace(scalars[upper - 1]) { upper -= 1 }
      if upper > lower { result.append(Span(lower, upper)) }
      sentenceStart = offset
    }

    /// A blank line ends the sentence; a line opening with a bullet starts a new one; any
    /// other line break is a space.
    mutating func lineBreak(at offset: Int) -> Int {
      var next = offset + 1
      while next < end && scalars[next] != "\n" && ScalarClass.isWhitespace(scalars[next]) {
        next += 1
      }
      guard next < end else { return next }
      if scalars[next] == "\n" {
        cut(at: offset)
        return next
      }
      let value = scalars[next].value
      let isBullet =
        bullets.contains(value)
        || ((value == 0x2D || value == 0x2A) && next + 1 < end
          && ScalarClass.isWhitespace(scalars[next + 1]))
      if isBullet {
        cut(at: next)
        return next + 1
      }
      return next
    }
  }
}
