/// Fits a ``ScoreModel`` to a teacher's holistic scores: ridge regression on every measure
/// that varies among the graded submissions (counts through `ln(1 + value)`), stretched so
/// the fitted scores have the teacher's mean and standard deviation (plain regression squeezes
/// everything towards the middle grades, which QWK punishes), then clipped and rounded to
/// the teacher's scale.
public struct ModelFitter: Sendable {
  /// The measures the model may use, with their transform.
  public var features: [Feature]

  public struct Feature: Sendable, Equatable {
    public var measure: String
    public var transform: ScoreModel.Transform?

    public init(measure: String, transform: ScoreModel.Transform? = nil) {
      self.measure = measure
      self.transform = transform
    }
  }

  public init(features: [Feature]) {
    self.features = features
  }

  /// Every registered measure for this kind of submission; counts through `log`.
  public static func standard(for kind: Submission.Kind) -> ModelFitter {
    ModelFitter(
      features: MeasureRegistry.all.filter { $0.appliesTo.contains(kind) }.map { measure in
        switch measure.unit {
        case .words, .sentences, .paragraphs, .count:
          return Feature(measure: measure.id, transform: .log)
        default:
          return Feature(measure: measure.id)
        }
      })
  }

  /// The transformed feature row for one submission's measured values.
  public func row(_ values: [String: Double]) -> [Double] {
    features.map { feature in
      let term = ScoreModel.Term(
        measure: feature.measure, transform: feature.transform, center: 0, spread: 1, weight: 1)
      return term.transformed(values[feature.measure] ?? 0)
    }
  }

  /// The model fitted to `values` (one dictionary of measured values per submission) and the
  /// teacher's `scores`, on `scale`; also the penalty chosen.
  public func fit(values: [[String: Double]], scores: [Double], scale: ScoreModel.Scale)
    -> (model: ScoreModel, penalty: Double)
  {
    let rows = values.map(row)
    let ridge = Ridge.fit(rows: rows, targets: scores)
    let fitted = rows.map(ridge.predict)
    let spreadFitted = Statistics.standardDeviation(fitted)
    let spreadTeacher = Statistics.standardDeviation(scores)
    let stretch = spreadFitted > 1e-9 ? spreadTeacher / spreadFitted : 0
    var terms: [ScoreModel.Term] = []
    for (index, feature) in features.enumerated()
    where ridge.spreads[index] > 0 && abs(ridge.coefficients[index] * stretch) >= 0.00005 {
      terms.append(
        ScoreModel.Term(
          measure: feature.measure, transform: feature.transform,
          center: ModelFitter.rounded(ridge.centers[index]),
          spread: ModelFitter.rounded(ridge.spreads[index]),
          weight: ModelFitter.rounded(ridge.coefficients[index] * stretch)))
    }
    terms.sort { abs($0.weight) > abs($1.weight) }
    return (
      ScoreModel(intercept: ModelFitter.rounded(ridge.intercept), terms: terms, scale: scale),
      ridge.penalty
    )
  }

  /// Four decimals: what the rubric file keeps, so the model graded is the model written.
  static func rounded(_ value: Double) -> Double { (value * 10000).rounded() / 10000 }
}

extension ScoreModel.Scale {
  /// The scale a teacher's scores show: their lowest and highest, and the step: 1 when every
  /// score is whole, else the largest step (in hundredths) that divides every difference.
  public init(seen scores: [Double]) {
    let low = scores.min() ?? 0
    let high = scores.max() ?? 0
    var divisor = 0
    for score in scores {
      divisor = ScoreModel.Scale.gcd(divisor, Int(((score - low) * 100).rounded()))
    }
    // Whole scores step by 1 (six essays scored 2, 4 and 6 do not make a scale of evens).
    let whole = scores.allSatisfy { $0.rounded() == $0 }
    let step = whole || divisor == 0 ? 1 : Double(divisor) / 100
    self.init(min: low, max: high, step: step)
  }

  static func gcd(_ first: Int, _ second: Int) -> Int {
    var (a, b) = (abs(first), abs(second))
    while b != 0 { (a, b) = (b, a % b) }
    return a
  }
}
