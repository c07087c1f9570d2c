/// Ridge regression on standardised features, shrunk towards a prior direction rather than
/// towards zero, with its penalty chosen by leave-one-out error (the closed form
/// `r_i / (1 − h_ii)`, so no refit per submission).
///
/// The prior is a direction over the standardised features (say "longer is better, spelling
/// errors are worse"); its length is fitted to the targets by least squares (one number), and
/// the coefficients are pulled towards that scaled prior. A large penalty gives the prior
/// model; a small one lets a large sample move the weights where it finds them. With a zero
/// prior it is plain ridge.
public struct Ridge: Sendable, Equatable {
  /// Penalties tried, in standardised units (each is worth about that many submissions that
  /// agree with the prior): fixed, so a larger sample outweighs the prior. None below 30:
  /// leave-one-out error over ten graded essays would sometimes pick a small penalty that fits
  /// their noise (on the ASAP and ELLIPSE draws of `bench/calibrate.py`, starting at 0.3 cost
  /// 0.01 to 0.05 QWK at 10 graded essays and gained nothing at 100).
  public static let penalties: [Double] = [30, 100, 300, 1000, 3000, 10000]

  public var intercept: Double
  /// Per standardised feature (points per standard deviation).
  public var coefficients: [Double]
  public var centers: [Double]
  public var spreads: [Double]
  public var penalty: Double

  /// Fits `targets` on `rows` (one row of features per submission); features that never vary
  /// get coefficient 0. `prior` (one weight per feature, default all zero) is the direction
  /// the coefficients shrink towards. The penalty is the one of ``penalties`` with the
  /// smallest leave-one-out squared error.
  public static func fit(rows: [[Double]], targets: [Double], prior: [Double]? = nil) -> Ridge {
    let count = rows.count
    let width = rows.first?.count ?? 0
    let centers = (0..<width).map { column in Statistics.mean(rows.map { $0[column] }) }
    let spreads = (0..<width).map { column in
      Statistics.standardDeviation(rows.map { $0[column] })
    }
    let standardised = rows.map { row in
      (0..<width).map { spreads[$0] > 0 ? (row[$0] - centers[$0]) / spreads[$0] : 0 }
    }
    let meanTarget = Statistics.mean(targets)
    let centred = targets.map { $0 - meanTarget }
    var gram = Array(repeating: Array(repeating: 0.0, count: width), count: width)
    var moment = Array(repeating: 0.0, count: width)
    for (row, target) in zip(standardised, centred) {
      for i in 0..<width {
        moment[i] += row[i] * target
        for j in i..<width { gram[i][j] += row[i] * row[j] }
      }
    }
    for i in 0..<width { for j in 0..<i { gram[i][j] = gram[j][i] } }
    let direction = (0..<width).map { spreads[$0] > 0 ? prior?[$0] ?? 0 : 0 }
    let anchor = Ridge.scaledPrior(direction, standardised: standardised, centred: centred)
    var best: (error: Double, penalty: Double, coefficients: [Double])?
    for factor in penalties {
      var system = gram
      for i in 0..<width { system[i][i] += factor }
      guard let inverse = Ridge.inverse(system) else { continue }
      let pulled = (0..<width).map { moment[$0] + factor * anchor[$0] }
      let coefficients = (0..<width).map { i in
        (0..<width).reduce(0.0) { $0 + inverse[i][$1] * pulled[$1] }
      }
      var error = 0.0
      for (row, target) in zip(standardised, centred) {
        let fitted = zip(row, coefficients).reduce(0.0) { $0 + $1.0 * $1.1 }
        var leverage = 1 / Double(max(count, 1))
        for i in 0..<width where row[i] != 0 {
          var inner = 0.0
          for j in 0..<width { inner += inverse[i][j] * row[j] }
          leverage += row[i] * inner
        }
        let residual = (target - fitted) / max(1 - leverage, 1e-6)
        error += residual * residual
      }
      if let current = best, error >= current.error - 1e-12 { continue }
      best = (error, factor, coefficients)
    }
    return Ridge(
      intercept: meanTarget, coefficients: best?.coefficients ?? anchor,
      centers: centers, spreads: spreads, penalty: best?.penalty ?? penalties[0])
  }

  /// The least agreement (a correlation) the prior is assumed to have with any teacher's
  /// scores. Ten graded essays can run against what scorers reward by chance (on
  /// `bench/calibrate.py`'s draws, one in eight ELLIPSE draws of ten did, and the model fitted
  /// to them graded the rest with a QWK of −0.38); the prior's scale is never taken below
  /// this, so a small sample shrinks towards the prior, not towards its opposite.
  public static let minimumPriorAgreement = 0.2

  /// The prior direction scaled by least squares to the centred targets: what a very large
  /// penalty gives. The scale is at least the one at which the prior's predictions would
  /// correlate ``minimumPriorAgreement`` with the targets (so it never points backwards).
  static func scaledPrior(_ direction: [Double], standardised: [[Double]], centred: [Double])
    -> [Double]
  {
    let combined = standardised.map { row in zip(row, direction).reduce(0.0) { $0 + $1.0 * $1.1 } }
    let norm = combined.reduce(0.0) { $0 + $1 * $1 }
    guard norm > 1e-12 else { return direction.map { _ in 0 } }
    let fitted = zip(combined, centred).reduce(0.0) { $0 + $1.0 * $1.1 } / norm
    // Both are centred, so the ratio of their root sums of squares is the ratio of their
    // standard deviations.
    let targetNorm = centred.reduce(0.0) { $0 + $1 * $1 }
    let floor = minimumPriorAgreement * (targetNorm / norm).squareRoot()
    let scale = max(fitted, floor)
    return direction.map { $0 * scale }
  }

  /// The fitted value for one row of features.
  public func predict(_ row: [Double]) -> Double {
    var value = intercept
    for index in coefficients.indices where spreads[index] > 0 {
      value += coefficients[index] * (row[index] - centers[index]) / spreads[index]
    }
    return value
  }

  /// The inverse of a symmetric positive-definite matrix by Gauss–Jordan elimination with
  /// partial pivoting; nil when it is singular.
  static func inverse(_ matrix: [[Double]]) -> [[Double]]? {
    let size = matrix.count
    var left = matrix
    var right = (0..<size).map { row in (0..<size).map { $0 == row ? 1.0 : 0.0 } }
    for column in 0..<size {
      var pivot = column
      for row in column..<size where abs(left[row][column]) > abs(left[pivot][column]) {
        pivot = row
      }
      guard abs(left[pivot][column]) > 1e-12 else { return nil }
      left.swapAt(column, pivot)
      right.swapAt(column, pivot)
      let divisor = left[column][column]
      for index in 0..<size {
        left[column][index] /= divisor
        right[column][index] /= divisor
      }
      for row in 0..<size where row != column {
        let factor = left[row][column]
        guard factor != 0 else { continue }
        for index in 0..<size {
          left[row][index] -= factor * left[column][index]
          right[row][index] -= factor * right[column][index]
        }
      }
    }
    return right
  }
}
