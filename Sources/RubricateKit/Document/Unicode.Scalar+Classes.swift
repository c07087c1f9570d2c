extension Unicode.Scalar {
  /// White space, answered without a Unicode property lookup for ASCII (the hot case).
  @inlinable public var isSpace: Bool {
    if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
    return properties.isWhitespace
  }

  /// A letter of any script, answered without a property lookup for ASCII.
  @inlinable public var isLetter: Bool {
    if value < 0x80 { return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }
    return properties.isAlphabetic
  }

  /// An ASCII digit `0`–`9`.
  @inlinable public var isDigit: Bool { (0x30...0x39).contains(value) }
}
