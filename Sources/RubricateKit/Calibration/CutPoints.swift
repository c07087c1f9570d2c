/// A criterion whose levels are one-sided thresholds on its measure (every level but the
/// fallback has only a `min`, or only a `max`), read as cut-points that can be moved.
public struct CutPoints: Sendable, Equatable {
  /// `min`: value ≥ cut i gives level i; `max`: value ≤ cut i gives level i.
  public enum Side: String, Sendable, Equatable, Codable {
    case min
    case max
  }

  public var side: Side
  /// One per level but the fallback, in level order.
  public var cuts: [Double]

  public init(side: Side, cuts: [Double]) {
    self.side = side
    self.cuts = cuts
  }

  /// The criterion's cut-points, or nil when its levels are not one-sided thresholds in order.
  public init?(_ criterion: Criterion) {
    let levels = criterion.levels
    guard levels.count >= 2, levels.last?.when == nil else { return nil }
    let conditions = levels.dropLast().compactMap(\.when)
    guard conditions.count == levels.count - 1 else { return nil }
    if conditions.allSatisfy({ $0.min != nil && $0.max == nil }) {
      let cuts = conditions.compactMap(\.min)
      guard zip(cuts, cuts.dropFirst()).allSatisfy({ $0 > $1 }) else { return nil }
      self.init(side: .min, cuts: cuts)
    } else if conditions.allSatisfy({ $0.max != nil && $0.min == nil }) {
      let cuts = conditions.compactMap(\.max)
      guard zip(cuts, cuts.dropFirst()).allSatisfy({ $0 < $1 }) else { return nil }
      self.init(side: .max, cuts: cuts)
    } else {
      return nil
    }
  }

  /// The level index a value falls in.
  public func level(_ value: Double) -> Int {
    for (index, cut) in cuts.enumerated() {
      if side == .min ? value >= cut : value <= cut { return index }
    }
    return cuts.count
  }

  /// The criterion with these cut-points.
  public func applied(to criterion: Criterion) -> Criterion {
    var moved = criterion
    for (index, cut) in cuts.enumerated() where index < moved.levels.count {
      moved.levels[index].when = side == .min ? Condition(min: cut) : Condition(max: cut)
    }
    return moved
  }

  /// The cut-points that agree best (QWK of the levels' points, then exact agreement) with
  /// the teacher's points, moving one cut at a time to the midpoints between observed values
  /// (three passes). Ties keep the cut nearest its current place, so a cut moves only for a
  /// gain.
  public func fitted(values: [Double], teacher: [Double], points: [Double]) -> CutPoints {
    let sorted = Array(Set(values)).sorted()
    let midpoints = zip(sorted, sorted.dropFirst()).map { ModelFitter.rounded(($0 + $1) / 2) }
    guard !midpoints.isEmpty else { return self }
    func score(_ candidate: CutPoints) -> (Double, Double) {
      let given = values.map { points[Swift.min(candidate.level($0), points.count - 1)] }
      let agreement = Agreement(teacher: teacher, other: given, step: 0)
      return (agreement.qwk, agreement.exact)
    }
    var best = self
    var bestScore = score(self)
    for _ in 0..<3 {
      var changed = false
      for index in best.cuts.indices {
        let before = index > 0 ? best.cuts[index - 1] : nil
        let after = index + 1 < best.cuts.count ? best.cuts[index + 1] : nil
        for candidate in midpoints {
          // Keep the cuts in order: descending for `min`, ascending for `max`.
          let lowerBound = side == .min ? after : before
          let upperBound = side == .min ? before : after
          if let lowerBound, candidate <= lowerBound { continue }
          if let upperBound, candidate >= upperBound { continue }
          var trial = best
          trial.cuts[index] = candidate
          let trialScore = score(trial)
          let better =
            trialScore.0 > bestScore.0 + 1e-12
            || (abs(trialScore.0 - bestScore.0) <= 1e-12 && trialScore.1 > bestScore.1 + 1e-12)
          if better {
            best = trial
            bestScore = trialScore
            changed = true
          }
        }
      }
      if !changed { break }
    }
    return best
  }
}
