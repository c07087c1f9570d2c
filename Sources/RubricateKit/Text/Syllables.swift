/// Counts English syllables by rule, with an exceptions table for frequent words the rules get
/// wrong.
///
/// The rules: count vowel groups (`y` is a vowel except word-initially, `u` after `q` is not);
/// drop a silent final `e` (not in consonant + `le`), a silent `-es`/`-ed` (kept after
/// sibilants and after `t`/`d`), and the silent `e` before `-ly`, `-ment`, `-ful`, `-ness`,
/// `-less`; add one for vowel pairs spoken as two syllables (``hiatusRules``), for `-ing` after a
/// vowel (`being`, `saying`), `-ism`, `-ier`/`-iest`, and a final `-ea` (`idea`). Hyphenated
/// words add up their parts; `n't` after a consonant is a syllable (`didn't`, `isn't`); other
/// contraction endings (`'s`, `'ll`, `'re`, `'ve`, `'d`, `'m`) add none. A word without
/// vowels (`rhythm` aside, which is an exception) or a number counts one.
public enum Syllables {
  /// The syllables of the word at `span`.
  public static func count(in document: Document, span: Span) -> Int {
    var counter = SyllableCounter()
    return counter.count(document.scalars, span)
  }

  /// The syllables of one word.
  public static func count(_ word: String) -> Int {
    let document = Document(text: word)
    return count(in: document, span: document.fullSpan)
  }
}

/// A syllable counter with a reusable letter buffer, so that counting a text's words allocates
/// nothing per word.
struct SyllableCounter {
  private var letters: [UInt8] = []

  init() { letters.reserveCapacity(32) }

  /// The syllables of the word at `span`: its hyphen- and apostrophe-separated parts added up.
  mutating func count(_ scalars: [Unicode.Scalar], _ span: Span) -> Int {
    countAndKey(scalars, span).syllables
  }

  /// The syllables of the word at `span` and a hash of its lowercased letters (for table
  /// look-ups such as ``Readability/familiarWords``).
  mutating func countAndKey(_ scalars: [Unicode.Scalar], _ span: Span) -> (
    syllables: Int, key: UInt64
  ) {
    var key: UInt64 = 0xcbf2_9ce4_8422_2325
    var total = 0
    wordCharacters = 0
    var partStart = span.start
    var hasLetters = false
    var afterApostrophe = false
    var offset = span.start
    while offset <= span.end {
      let scalar: Unicode.Scalar? = offset < span.end ? scalars[offset] : nil
      if let scalar, !ScalarClass.isHyphen(scalar), !ScalarClass.isApostrophe(scalar) {
        offset += 1
        continue
      }
      fold(scalars, partStart, offset)
      var partKey: UInt64 = 0xcbf2_9ce4_8422_2325
      for byte in letters {
        key ^= UInt64(byte)
        key = key &* 0x100_0000_01b3
        partKey ^= UInt64(byte)
        partKey = partKey &* 0x100_0000_01b3
      }
      if !letters.isEmpty {
        hasLetters = true
        if afterApostrophe {
          total += contractionEnding(previousTotal: total)
        } else {
          total += Self.countFolded(letters, hash: partKey)
          lastLetter = letters[letters.count - 1]
          beforeLastLetter = letters.count >= 2 ? letters[letters.count - 2] : 0
        }
      }
      afterApostrophe = scalar.map(ScalarClass.isApostrophe) ?? false
      offset += 1
      partStart = offset
    }
    if !hasLetters { return (span.isEmpty ? 0 : 1, key) }
    return (max(total, 1), key)
  }

  /// The last two letters of the part before an apostrophe.
  private var lastLetter: UInt8 = 0
  private var beforeLastLetter: UInt8 = 0

  /// Syllables added by what follows an apostrophe (the folded `letters`), given the part
  /// before it.
  private func contractionEnding(previousTotal: Int) -> Int {
    if letters.count == 1 && letters[0] == 0x74 && lastLetter == 0x6E {  // n't
      // can't, don't, aren't: no extra syllable; didn't, isn't, couldn't: one.
      return SyllableCounter.isVowelLetter(beforeLastLetter) ? 0 : 1
    }
    if letters.count == 1 && letters[0] == 0x73 {  // 's after a sibilant: boss's, Max's
      return lastLetter == 0x73 || lastLetter == 0x78 || lastLetter == 0x7A ? 1 : 0
    }
    if letters.count <= 2 { return 0 }  // 'll 're 've 'd 'm
    return Self.countFolded(letters)
  }

  /// Copies the letters of `scalars[lower..<upper]` into `letters`, lowercased, accented
  /// vowels folded to their base vowel, other non-ASCII letters as a consonant, digits dropped.
  private mutating func fold(_ scalars: [Unicode.Scalar], _ lower: Int, _ upper: Int) {
    letters.removeAll(keepingCapacity: true)
    for index in lower..<upper {
      let value = ScalarClass.asciiLower(scalars[index])
      if value >= 0x61 && value <= 0x7A {
        letters.append(UInt8(value))
        wordCharacters += 1
      } else if value >= 0x30 && value <= 0x39 {
        wordCharacters += 1
      } else if value >= 0x80 && ScalarClass.isWordCharacter(scalars[index]) {
        if value >= 0xC0 { letters.append(Self.foldAccented(value)) }
        wordCharacters += 1
      }
    }
  }

  /// Letters, digits and marks of the last word counted (Coleman–Liau's letters).
  private(set) var wordCharacters = 0

  private static func foldAccented(_ value: UInt32) -> UInt8 {
    switch value {
    case 0xC9, 0xE9: return 0x69  // é is never silent (café, résumé): read as i
    case 0xC0...0xC5, 0xE0...0xE5: return 0x61
    case 0xC8...0xCB, 0xE8...0xEB: return 0x65
    case 0xCC...0xCF, 0xEC...0xEF: return 0x69
    case 0xD2...0xD6, 0xD8, 0xF2...0xF6, 0xF8: return 0x6F
    case 0xD9...0xDC, 0xF9...0xFC: return 0x75
    default: return 0x6B
    }
  }
}
