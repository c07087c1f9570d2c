/// How far two graders' scores agree: quadratic weighted kappa, exact and adjacent agreement,
/// Spearman's rank correlation and the confusion matrix, on scores that lie on one scale.
public struct Agreement: Sendable, Equatable, Codable {
  /// Submissions compared.
  public var count: Int
  /// Quadratic weighted kappa (Cohen 1968): 1 is full agreement, 0 what chance gives.
  public var qwk: Double
  /// Share of submissions where both gave the same score.
  public var exact: Double
  /// Share where the scores are at most one step apart.
  public var adjacent: Double
  public var spearman: Double
  /// The scores that occur, lowest first: the confusion matrix's rows and columns.
  public var labels: [Double]
  /// `confusion[i][j]`: submissions the teacher scored `labels[i]` and the other `labels[j]`.
  public var confusion: [[Int]]

  /// Agreement of `teacher` with `other`, both already on the scale whose step is `step`.
  public init(teacher: [Double], other: [Double], step: Double) {
    let pairs = Array(zip(teacher, other))
    count = pairs.count
    let unit = step > 0 ? step : 1
    let all = teacher + other
    let low = all.min() ?? 0
    func category(_ value: Double) -> Int { Int(((value - low) / unit).rounded()) }
    let first = pairs.map { category($0.0) }
    let second = pairs.map { category($0.1) }
    qwk = Agreement.quadraticWeightedKappa(first, second)
    exact = pairs.isEmpty ? 0 : Double(zip(first, second).filter { $0 == $1 }.count) / Double(count)
    adjacent =
      pairs.isEmpty
      ? 0 : Double(zip(first, second).filter { abs($0 - $1) <= 1 }.count) / Double(count)
    spearman = Statistics.spearman(teacher, other)
    let categories = Array(Set(first + second)).sorted()
    labels = categories.map { low + Double($0) * unit }
    let index = Dictionary(uniqueKeysWithValues: categories.enumerated().map { ($1, $0) })
    var matrix = Array(
      repeating: Array(repeating: 0, count: categories.count), count: categories.count)
    for (a, b) in zip(first, second) {
      if let row = index[a], let column = index[b] { matrix[row][column] += 1 }
    }
    confusion = matrix
  }

  /// QWK of two integer ratings over the categories from their joint minimum to maximum:
  /// `1 − Σ w·O / Σ w·E` with `w = (i − j)² / (N − 1)²`, O the observed and E the expected
  /// (outer product of the marginals) matrix. 0 when there is nothing to compare (one
  /// category, or no ratings).
  public static func quadraticWeightedKappa(_ first: [Int], _ second: [Int]) -> Double {
    let count = min(first.count, second.count)
    guard count > 0, let low = (first + second).min(), let high = (first + second).max(),
      high > low
    else { return 0 }
    let size = high - low + 1
    var observed = Array(repeating: Array(repeating: 0.0, count: size), count: size)
    var rowTotals = Array(repeating: 0.0, count: size)
    var columnTotals = Array(repeating: 0.0, count: size)
    for index in 0..<count {
      let row = first[index] - low
      let column = second[index] - low
      observed[row][column] += 1
      rowTotals[row] += 1
      columnTotals[column] += 1
    }
    var numerator = 0.0
    var denominator = 0.0
    let scale = Double((size - 1) * (size - 1))
    for row in 0..<size {
      for column in 0..<size {
        let weight = Double((row - column) * (row - column)) / scale
        numerator += weight * observed[row][column]
        denominator += weight * rowTotals[row] * columnTotals[column] / Double(count)
      }
    }
    return denominator == 0 ? 0 : 1 - numerator / denominator
  }
}

/// Means, spreads and correlations the calibration needs.
public enum Statistics {
  public static func mean(_ values: [Double]) -> Double {
    values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
  }

  /// Population standard deviation (divides by n).
  public static func standardDeviation(_ values: [Double]) -> Double {
    guard values.count > 1 else { return 0 }
    let center = mean(values)
    return (values.reduce(0) { $0 + ($1 - center) * ($1 - center) } / Double(values.count))
      .squareRoot()
  }

  /// Pearson's correlation; 0 when either side never varies.
  public static func pearson(_ first: [Double], _ second: [Double]) -> Double {
    let count = min(first.count, second.count)
    guard count > 1 else { return 0 }
    let a = Array(first.prefix(count))
    let b = Array(second.prefix(count))
    let meanA = mean(a)
    let meanB = mean(b)
    var product = 0.0
    var squaresA = 0.0
    var squaresB = 0.0
    for index in 0..<count {
      product += (a[index] - meanA) * (b[index] - meanB)
      squaresA += (a[index] - meanA) * (a[index] - meanA)
      squaresB += (b[index] - meanB) * (b[index] - meanB)
    }
    guard squaresA > 0, squaresB > 0 else { return 0 }
    return product / (squaresA * squaresB).squareRoot()
  }

  /// Ranks from 1, ties sharing their average rank.
  public static func ranks(_ values: [Double]) -> [Double] {
    let order = values.indices.sorted { values[$0] < values[$1] }
    var result = Array(repeating: 0.0, count: values.count)
    var start = 0
    while start < order.count {
      var end = start
      while end + 1 < order.count, values[order[end + 1]] == values[order[start]] { end += 1 }
      let rank = Double(start + end) / 2 + 1
      for position in start...end { result[order[position]] = rank }
      start = end + 1
    }
    return result
  }

  /// Spearman's rank correlation (Pearson's on average ranks); 0 when a side never varies.
  public static func spearman(_ first: [Double], _ second: [Double]) -> Double {
    pearson(ranks(first), ranks(second))
  }

  /// Delete-one jackknife standard error of a statistic over `count` items.
  public static func jackknifeError(count: Int, statistic: (Int) -> Double) -> Double {
    guard count > 2 else { return 0 }
    let values = (0..<count).map(statistic)
    let center = mean(values)
    let sum = values.reduce(0) { $0 + ($1 - center) * ($1 - center) }
    return (Double(count - 1) / Double(count) * sum).squareRoot()
  }
}
