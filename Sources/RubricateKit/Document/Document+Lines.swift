extension Document {
  /// Every line that holds more than white space, trimmed, as spans.
  public func nonEmptyLines() -> [Span] {
    var result: [Span] = []
    var start = 0
    func add(_ end: Int) {
      var lower = start
      var upper = end
      while lower < upper, scalars[lower].isSpace { lower += 1 }
      while upper > lower, scalars[upper - 1].isSpace { upper -= 1 }
      if upper > lower { result.append(Span(lower, upper)) }
    }
    for (offset, scalar) in scalars.enumerated() where scalar == "\n" {
      add(offset)
      start = offset + 1
    }
    add(scalars.count)
    return result
  }
}
