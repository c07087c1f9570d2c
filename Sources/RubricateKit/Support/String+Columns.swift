extension String {
  /// The string followed by spaces up to `width` characters, and always at least one space,
  /// for the plain-text tables the command line and listings print.
  public func padded(to width: Int) -> String {
    count >= width ? self + " " : self + String(repeating: " ", count: width - count)
  }
}
