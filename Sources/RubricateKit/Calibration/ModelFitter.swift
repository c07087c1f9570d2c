/// Fits a ``ScoreModel`` to a teacher's holistic scores: ridge regression on a few robust
/// measures (counts through `ln(1 + value)`), shrunk towards a prior model of what scored
/// essays usually reward rather than towards zero, stretched so the fitted scores have the
/// teacher's mean and standard deviation (plain regression squeezes everything towards the
/// middle grades, which QWK punishes), then clipped and rounded to the teacher's scale.
public struct ModelFitter: Sendable {
  /// The measures the model may use, with their transform.
  public var features: [Feature]

  public struct Feature: Sendable, Equatable {
    public var measure: String
    public var transform: ScoreModel.Transform?
    /// The weight the fit shrinks towards, in standard deviations of the score per standard
    /// deviation of the transformed measure (only the direction matters: it is rescaled to
    /// the teacher's scores).
    public var prior: Double

    public init(measure: String, transform: ScoreModel.Transform? = nil, prior: Double = 0) {
      self.measure = measure
      self.transform = transform
      self.prior = prior
    }
  }

  public init(features: [Feature]) {
    self.features = features
  }

  /// The prior model for essays and posts: length first, then vocabulary and spelling.
  ///
  /// Where the weights come from: least-squares fits of the standardised human score on these
  /// standardised measures, one per data set (the eight ASAP prompts and ELLIPSE in
  /// `../shared/data/scored-essays`, 4,544 essays), averaged and rounded to two decimals. The
  /// direction is stable across prompts (fitted leaving each set out, the held-out figures
  /// move by less than 0.01 QWK); each teacher's grades then move the weights away from it as
  /// far as leave-one-out error says they should. Few measures on purpose: at 10 or 30 graded
  /// essays every extra measure is a chance to fit noise.
  ///
  /// Error rates and sentence length go through `ln(1 + value)` like the word count: their
  /// tails are long (a learner's essay with twenty slips per hundred words, a 300-word
  /// "sentence" with no full stop), and one such essay among ten graded would otherwise set
  /// the feature's spread. On fresh draws of `bench/calibrate.py`'s protocol this added
  /// 0.003 to 0.004 mean QWK on ASAP and 0.005 to 0.013 on ELLIPSE at 30 and 100 essays.
  public static let essayPrior: [Feature] = [
    Feature(measure: "body.words", transform: .log, prior: 0.6),
    Feature(measure: "vocabulary.mattr", prior: 0.14),
    Feature(measure: "vocabulary.meanWordLength", prior: 0.11),
    Feature(measure: "language.spellingErrorsPer100Words", transform: .log, prior: -0.09),
    Feature(measure: "body.averageSentenceLength", transform: .log, prior: -0.06),
    Feature(measure: "vocabulary.rareWordShare", prior: 0.05),
    Feature(measure: "language.mechanicsErrorsPer100Words", transform: .log, prior: -0.03),
  ]

  /// For posts, the ``essayPrior`` measures; for other kinds (whose measures it does not
  /// cover), every registered measure for the kind with no prior (plain ridge).
  public static func standard(for kind: Submission.Kind) -> ModelFitter {
    let applies = Set(MeasureRegistry.all.filter { $0.appliesTo.contains(kind) }.map(\.id))
    if essayPrior.allSatisfy({ applies.contains($0.measure) }) {
      return ModelFitter(features: essayPrior)
    }
    return ModelFitter(
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
    let ridge = Ridge.fit(rows: rows, targets: scores, prior: features.map(\.prior))
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
