/// A text's scalars as the hot loops read them: a view of a ``Document``'s scalar array, valid
/// only inside its `withUnsafeBufferPointer` call (no bounds checks or retains per scalar in
/// release builds).
typealias ScalarBuffer = UnsafeBufferPointer<Unicode.Scalar>

/// Cheap character classes over Unicode scalars for the text core's hot loops.
///
/// ASCII is decided by range checks; other scalars fall back to Unicode properties.
enum ScalarClass {
  /// A letter, a digit or a combining mark: what words are made of.
  @inline(__always)
  static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    // `| 0x20` folds an ASCII capital onto its lower-case letter; wrapping subtraction makes
    // each range one comparison.
    if value < 0x80 { return (value | 0x20) &- 0x61 < 26 || value &- 0x30 < 10 }
    let properties = scalar.properties
    if properties.isAlphabetic { return true }
    switch properties.generalCategory {
    case .decimalNumber, .nonspacingMark, .spacingMark, .letterNumber, .otherNumber:
      return true
    default:
      return false
    }
  }

  @inline(__always)
  static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return (value | 0x20) &- 0x61 < 26 }
    return scalar.properties.isAlphabetic
  }

  @inline(__always)
  static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value &- 0x30 < 10 }
    return scalar.properties.generalCategory == .decimalNumber
  }

  @inline(__always)
  static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value &- 0x41 < 26 }
    return scalar.properties.isUppercase
  }

  @inline(__always)
  static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value &- 0x61 < 26 }
    return scalar.properties.isLowercase
  }

  @inline(__always)
  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value == 0x20 || value &- 0x09 < 5 }
    return scalar.properties.isWhitespace
  }

  /// Straight, curly and modifier-letter apostrophes (and the left quote typed for one).
  @inline(__always)
  static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x27, 0x2019, 0x2BC, 0x2018: return true
    default: return false
    }
  }

  /// Hyphen-minus, the Unicode hyphen and the non-breaking hyphen (not dashes).
  @inline(__always)
  static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x2D, 0x2010, 0x2011: return true
    default: return false
    }
  }

  /// The scalar lowercased when it is an ASCII letter, else unchanged.
  @inline(__always)
  static func asciiLower(_ scalar: Unicode.Scalar) -> UInt32 {
    let value = scalar.value
    return (value >= 0x41 && value <= 0x5A) ? value | 0x20 : value
  }
}
