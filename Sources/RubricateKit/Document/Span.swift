/// A half-open range of Unicode-scalar offsets into a ``Document``'s text.
///
/// Offsets count Unicode scalars, which is what Python's `str` indexing counts, so an
/// evaluation script slicing the same decoded text gets the same characters.
public struct Span: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
  /// The offset of the first scalar.
  public var start: Int
  /// The offset just past the last scalar.
  public var end: Int

  public init(_ start: Int, _ end: Int) {
    self.start = start
    self.end = max(start, end)
  }

  public init(start: Int, end: Int) {
    self.init(start, end)
  }

  /// The number of scalars covered.
  public var length: Int { end - start }
  public var isEmpty: Bool { end <= start }
  public var range: Range<Int> { start..<end }

  /// Whether the two spans share at least one scalar.
  public func overlaps(_ other: Span) -> Bool {
    start < other.end && other.start < end
  }

  /// Whether `other` lies entirely inside this span.
  public func contains(_ other: Span) -> Bool {
    start <= other.start && other.end <= end
  }

  public func contains(offset: Int) -> Bool { start <= offset && offset < end }

  /// The smallest span covering both.
  public func union(_ other: Span) -> Span {
    Span(min(start, other.start), max(end, other.end))
  }

  public static func < (lhs: Span, rhs: Span) -> Bool {
    (lhs.start, lhs.end) < (rhs.start, rhs.end)
  }

  public var description: String { "\(start)..<\(end)" }
}
