/// Which letters could fill a blank in a spelling, one cache line per question.
///
/// For every listed spelling and every position holding a letter of the edit alphabet
/// (`a`–`z` and `'`), the spelling with that position blanked is a *pattern* (`colo_r` from
/// `colour`), and the letter is recorded against it. Asked about a pattern, the filter answers
/// with a 27-bit mask of the letters that may fill the blank (bit 0 `a` … bit 25 `z`, bit 26
/// `'`): a letter it leaves out fills it in no listed spelling; a letter it lets through
/// usually does (about one in seventeen of the others passes by chance).
///
/// The one-edit scan asks it twice per position of the typed word (one pattern for the
/// insertions there, one for the substitutions) instead of testing the 27 letters' edits one
/// by one against a filter spread over the whole of memory: two cache lines instead of
/// fifty-four.
///
/// A pattern's letters sit in one 64-byte block chosen by the pattern's key, twice, as two
/// windows of 27 consecutive bits at offsets also chosen by the key; a letter passes when
/// both windows hold it. The memory is allocated 64-byte aligned so that a block is one cache
/// line, and is written only while the dictionary builds the filter.
final class LetterSlotFilter: @unchecked Sendable {
  /// 2¹⁴ blocks of 512 bits (1 MB, so that building it stays in the processor's cache): the
  /// ~1.1 million (pattern, letter) pairs of the list, two bits each, fill about a quarter of
  /// the bits, and a letter that fills no blank passes both of a pattern's windows about one
  /// time in seventeen.
  static let blockBits = 14
  static let wordsPerBlock = 8
  /// The blank's byte in a pattern's key (no spelling holds it).
  static let blank: UInt8 = 0x01

  private let words: UnsafeMutablePointer<UInt64>

  /// An empty filter (every question answered with no letter).
  init() {
    let count = Self.wordCount
    let raw = UnsafeMutableRawPointer.allocate(byteCount: count * 8, alignment: 64)
    words = raw.initializeMemory(as: UInt64.self, repeating: 0, count: count)
  }

  /// The filter whose words are `base64`'s bytes (little-endian, as ``littleEndianBytes`` lists
  /// them), or `nil` when the text does not hold exactly one filter.
  convenience init?(base64: String) {
    self.init()
    let buffer = UnsafeMutableBufferPointer(start: words, count: Self.wordCount)
    guard Base64.decode(base64, into: buffer) else { return nil }
  }

  deinit {
    words.deallocate()
  }

  /// The number of 64-bit words (2¹⁷, 1 MB).
  static let wordCount = (1 << blockBits) * wordsPerBlock

  /// The filter's words, little-endian, as the bytes that ``init(base64:)`` reads.
  var littleEndianBytes: [UInt8] {
    Base64.littleEndianBytes(UnsafeBufferPointer(start: words, count: Self.wordCount))
  }

  /// The letter's bit in a mask (`a` 0 … `z` 25, `'` 26), or `nil` for a byte no edit
  /// inserts or substitutes.
  @inline(__always)
  static func letterIndex(_ byte: UInt8) -> Int? {
    if byte &- 0x61 < 26 { return Int(byte &- 0x61) }
    return byte == 0x27 ? 26 : nil
  }

  /// The block of a pattern's letters and the two offsets in it (words of the block, bit in
  /// the word) where its two windows of 27 bits start.
  @inline(__always)
  private static func place(_ pattern: UInt64) -> (block: Int, first: Int, second: Int) {
    let mixed = pattern &* 0x9FB2_1C65_1E98_DF25
    let block = Int(truncatingIfNeeded: mixed >> UInt64(64 - blockBits)) &* wordsPerBlock
    // Offsets in 0..<486, so that all 27 bits of each window stay in the block.
    let first = Int(truncatingIfNeeded: ((mixed & 0xFFFF_FFFF) &* 486) >> 32)
    let second = Int(truncatingIfNeeded: (((mixed >> 16) & 0xFFFF_FFFF) &* 486) >> 32)
    return (block, first, second)
  }

  @inline(__always)
  private func set(_ block: Int, _ bit: Int) {
    words[block + bit >> 6] |= 1 << UInt64(bit & 63)
  }

  /// The 27 bits of the block starting at `offset`.
  @inline(__always)
  private func window(_ block: Int, _ offset: Int) -> UInt32 {
    let word = block + offset >> 6
    let shift = offset & 63
    var bits = words[word] >> UInt64(shift)
    // The window runs into the next word of the block (an offset under 486 keeps it there).
    if shift > 37 { bits |= words[word + 1] << UInt64(64 - shift) }
    return UInt32(truncatingIfNeeded: bits)
  }

  /// Records that `letter` (a ``letterIndex(_:)``) fills the blank of `pattern`. Only while
  /// the filter is being built.
  func insert(_ pattern: UInt64, letter: Int) {
    let (block, first, second) = Self.place(pattern)
    set(block, first + letter)
    set(block, second + letter)
  }

  /// The letters that may fill the blank of `pattern`, as a 27-bit mask: those set in both of
  /// its windows.
  @inline(__always)
  func letters(_ pattern: UInt64) -> UInt32 {
    let (block, first, second) = Self.place(pattern)
    return window(block, first) & window(block, second) & 0x7FF_FFFF
  }

  /// The key of a spelling's `head`, a blank, then its `tail` (given as their edit keys, the
  /// tail's length as `tailPower` = editBase^|tail|): the pattern of every spelling that is
  /// `head`, one letter, `tail`.
  @inline(__always)
  static func pattern(head: UInt64, tail: UInt64, tailPower: UInt64) -> UInt64 {
    SpellingDictionary.editKey(head, blank) &* tailPower &+ tail
  }
}
