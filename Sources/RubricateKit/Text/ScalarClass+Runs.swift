extension ScalarClass {
  /// The offset of the first scalar from `offset` on that is not an ASCII letter or a space
  /// (`end` if there is none), for the scans that look only at marks (quotation marks,
  /// punctuation): letters and spaces are nineteen scalars in twenty of prose, and a scan a
  /// scalar at a time spent most of its work passing over them. They are passed over eight at
  /// a time, then one at a time within the last eight.
  ///
  ///     "Some words, and more" from 0 → 10 (the comma)
  @inline(__always)
  static func skipLettersAndSpaces(_ scalars: ScalarBuffer, from offset: Int, to end: Int)
    -> Int
  {
    guard let base = UnsafeRawPointer(scalars.baseAddress) else { return offset }
    var offset = offset
    while offset &+ 8 <= end
      && areLettersAndSpaces(
        base.loadUnaligned(fromByteOffset: offset &* 4, as: SIMD8<UInt32>.self))
    {
      offset &+= 8
    }
    while offset < end {
      let value = scalars[offset].value
      guard value == 0x20 || (value | 0x20) &- 0x61 < 26 else { break }
      offset &+= 1
    }
    return offset
  }

  /// Whether all eight scalar values are ASCII letters or spaces.
  ///
  /// Lane-wise arithmetic, which the compiler turns into vector instructions (its lane-wise
  /// comparisons it does not). Once a lane is known to be below 0x80, its sums stay below
  /// 0x100, so bit 7 of a sum answers a comparison: folded to lower case, a letter is in
  /// 0x61...0x7A, which + 0x1F takes to 0x80 or more and + 0x05 does not; a space is the
  /// lane that is zero once 0x20 is taken away, which + 0x7F leaves below 0x80.
  @inline(__always)
  static func areLettersAndSpaces(_ block: SIMD8<UInt32>) -> Bool {
    let bit7 = SIMD8<UInt32>(repeating: 0x80)
    let letters = letterBit(block | SIMD8(repeating: 0x20))
    let notSpaces = (block ^ SIMD8(repeating: 0x20)) &+ SIMD8(repeating: 0x7F)
    let good = (letters | (notSpaces ^ bit7)) & bit7
    // Zero in every lane that is ASCII and good.
    let bad = (block & SIMD8(repeating: 0xFFFF_FF80)) | (good ^ bit7)
    let words = unsafeBitCast(bad, to: SIMD4<UInt64>.self)
    return words[0] | words[1] | words[2] | words[3] == 0
  }

  /// Bit 7 set in the lanes of `folded` (ASCII values `| 0x20`) that are letters: a letter
  /// folds into 0x61...0x7A, which + 0x1F takes to 0x80 or more and + 0x05 does not.
  @inline(__always)
  static func letterBit(_ folded: SIMD8<UInt32>) -> SIMD8<UInt32> {
    let plus1F = folded &+ SIMD8(repeating: 0x1F)
    let plus05 = folded &+ SIMD8(repeating: 0x05)
    return plus1F & (plus05 ^ SIMD8(repeating: 0x80))
  }
}
