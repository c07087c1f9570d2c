import Foundation

/// A holistic score on the teacher's own scale, computed from measures: a calibrated rubric's
/// criterion whose `measure` is ``ScoreModel/measureID``.
///
/// The score is `intercept + Σ weight × (f(measure) − center) / spread`, clipped to the scale and
/// rounded to its step, where `f` is the term's `transform` (`log` is `ln(1 + value)`). A
/// submission like the average of the graded sample scores `intercept`; each term says how
/// far its measure moves the score up or down, which is how reports explain the points.
public struct ScoreModel: Sendable, Equatable, Codable {
  /// The pseudo-measure a model criterion names in its `measure` key.
  public static let measureID = "model.score"

  public var intercept: Double
  public var terms: [Term]
  public var scale: Scale

  public init(intercept: Double, terms: [Term], scale: Scale) {
    self.intercept = intercept
    self.terms = terms
    self.scale = scale
  }

  /// One measure's part in the score.
  public struct Term: Sendable, Equatable, Codable {
    public var measure: String
    /// `log` for `ln(1 + value)`; absent for the value itself.
    public var transform: Transform?
    /// The transformed value of the graded sample's average submission.
    public var center: Double
    /// The graded sample's standard deviation of the transformed value.
    public var spread: Double
    /// Points on the scale per `spread` of the transformed value, so weights compare.
    public var weight: Double

    public init(
      measure: String, transform: Transform? = nil, center: Double, spread: Double,
      weight: Double
    ) {
      self.measure = measure
      self.transform = transform
      self.center = center
      self.spread = spread
      self.weight = weight
    }

    /// The value as the term uses it.
    public func transformed(_ value: Double) -> Double {
      switch transform {
      case .log: return Foundation.log(1 + Swift.max(0, value))
      case nil: return value
      }
    }

    /// The points this term adds to (or takes from) the intercept for a measured value.
    public func contribution(_ value: Double) -> Double {
      spread > 0 ? weight * (transformed(value) - center) / spread : 0
    }
  }

  public enum Transform: String, Sendable, Equatable, Codable {
    case log
  }

  /// The teacher's scale: its lowest and highest score and the step between scores.
  public struct Scale: Sendable, Equatable, Codable {
    public var min: Double
    public var max: Double
    public var step: Double

    public init(min: Double, max: Double, step: Double) {
      self.min = min
      self.max = max
      self.step = step
    }

    /// The value clipped to the scale and rounded to its nearest step.
    public func snap(_ value: Double) -> Double {
      guard value.isFinite else { return min }
      let clipped = Swift.min(max, Swift.max(min, value))
      guard step > 0 else { return clipped }
      let steps = ((clipped - min) / step).rounded()
      // Rounded to 1e-9 so 0.1-sized steps print as written.
      return Swift.min(max, ((min + steps * step) * 1e9).rounded() / 1e9)
    }

    /// Every score on the scale, from the lowest.
    public var values: [Double] {
      guard step > 0, max >= min else { return [min] }
      let count = Int(((max - min) / step).rounded())
      return (0...Swift.min(count, 10_000)).map { snap(min + Double($0) * step) }
    }
  }

  /// The score before clipping and rounding, from measured values by measure id.
  public func rawScore(_ values: [String: Double]) -> Double {
    terms.reduce(intercept) { $0 + $1.contribution(values[$1.measure] ?? 0) }
  }

  /// The score on the scale.
  public func score(_ values: [String: Double]) -> Double {
    scale.snap(rawScore(values))
  }

  /// The measured values the terms need, for one analysed submission.
  public func values(for analysis: SubmissionAnalysis) -> [String: Double] {
    var values: [String: Double] = [:]
    for term in terms where values[term.measure] == nil {
      values[term.measure] = MeasureRegistry.measure(term.measure)?.evaluate(analysis).value ?? 0
    }
    return values
  }

  /// A sentence per term that moved the score most, largest first: what reports show.
  public func explanation(_ values: [String: Double], limit: Int = 3) -> String {
    let parts = terms.map { ($0, $0.contribution(values[$0.measure] ?? 0)) }
      .filter { abs($0.1) >= 0.005 }
      .sorted { abs($0.1) > abs($1.1) }
      .prefix(limit)
    guard !parts.isEmpty else { return "Every measure is at the graded sample's average." }
    let listed = parts.map { term, amount in
      let sign = amount >= 0 ? "+" : "−"
      let value = MeasureRegistry.measure(term.measure).map {
        $0.format(values[term.measure] ?? 0)
      }
      return "\(term.measure) \(value ?? MeasureValue.decimal(values[term.measure] ?? 0)) "
        + "(\(sign)\(ScoreModel.formatted(abs(amount))))"
    }
    return "From \(ScoreModel.formatted(intercept)) for the graded sample's average: "
      + listed.joined(separator: ", ") + "."
  }

  /// Two decimals at most, no trailing zeros.
  static func formatted(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let sign = hundredths < 0 ? "-" : ""
    let magnitude = abs(hundredths)
    let fraction = magnitude % 100
    if fraction == 0 { return "\(sign)\(magnitude / 100)" }
    if fraction % 10 == 0 { return "\(sign)\(magnitude / 100).\(fraction / 10)" }
    return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
  }
}
