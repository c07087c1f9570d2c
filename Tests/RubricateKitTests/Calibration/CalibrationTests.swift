import Testing

@testable import RubricateKit

/// The calibration stage's arithmetic, on values worked out by hand.
@Suite struct CalibrationTests {
  /// Ratings 0,0,1,1,2,2 against 0,1,1,2,2,2: observed rows [1,1,0] [0,1,1] [0,0,2], weights
  /// (i−j)²/4, so Σw·O = 0.5; marginals 2,2,2 and 1,2,3 give Σw·E = 2; QWK = 1 − 0.5/2.
  @Test func quadraticWeightedKappaOfAKnownMatrix() {
    #expect(Agreement.quadraticWeightedKappa([0, 0, 1, 1, 2, 2], [0, 1, 1, 2, 2, 2]) == 0.75)
    #expect(Agreement.quadraticWeightedKappa([1, 2, 3], [1, 2, 3]) == 1)
    #expect(Agreement.quadraticWeightedKappa([2, 2], [2, 2]) == 0)
  }

  @Test func agreementCountsExactAdjacentAndTheConfusionMatrix() {
    let agreement = Agreement(teacher: [1, 1.5, 2, 3], other: [1, 2, 2, 2], step: 0.5)
    #expect(agreement.exact == 0.5)
    #expect(agreement.adjacent == 0.75)
    #expect(agreement.labels == [1, 1.5, 2, 3])
    #expect(agreement.confusion == [[1, 0, 0, 0], [0, 0, 1, 0], [0, 0, 1, 0], [0, 0, 1, 0]])
  }

  /// Σd² = 2 over four items: 1 − 6·2 / (4·15) = 0.8; ties share their average rank.
  @Test func spearmanUsesAverageRanks() {
    #expect(Statistics.spearman([1, 2, 3, 4], [1, 3, 2, 4]) == 0.8)
    #expect(Statistics.ranks([1, 2, 2, 3]) == [1, 2.5, 2.5, 4])
    #expect(Statistics.spearman([1, 1, 1], [1, 2, 3]) == 0)
  }

  @Test func scaleIsTheRangeAndStepSeen() {
    #expect(ScoreModel.Scale(seen: [1, 1.5, 3]) == ScoreModel.Scale(min: 1, max: 3, step: 0.5))
    #expect(ScoreModel.Scale(seen: [2, 4, 6]) == ScoreModel.Scale(min: 2, max: 6, step: 1))
    let scale = ScoreModel.Scale(min: 1, max: 5, step: 0.5)
    #expect(scale.snap(4.26) == 4.5)
    #expect(scale.snap(7) == 5)
    #expect(scale.snap(-2) == 1)
    #expect(scale.values == [1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5])
  }

  /// One measure: whatever the penalty, the stretched fit has the teacher's mean (2.5) and
  /// standard deviation (1.5) at the measure's mean (2.5) and per its spread (√1.25).
  @Test func theFittedModelIsStretchedToTheTeachersSpread() {
    let fitter = ModelFitter(features: [.init(measure: "body.words")])
    let values: [[String: Double]] = [1, 2, 3, 4].map { ["body.words": $0] }
    let (model, _) = fitter.fit(
      values: values, scores: [1, 2, 2, 5], scale: ScoreModel.Scale(min: 1, max: 5, step: 1))
    #expect(model.intercept == 2.5)
    #expect(
      model.terms == [.init(measure: "body.words", center: 2.5, spread: 1.118, weight: 1.5)])
    // 2.5 + 1.5 × 0.5 / 1.118 = 3.17 → 3; 2.5 + 1.5 × 1.5 / 1.118 = 4.51 → 5.
    #expect(model.score(["body.words": 3]) == 3)
    #expect(model.score(["body.words": 4]) == 5)
    #expect(model.score(["body.words": 40]) == 5)
  }

  /// Standardised rows (1, 1), (−1, −1), (1, −1), (−1, 1), centred targets 2, −2, 1, −1 and the
  /// direction (1, 0): the combined feature is 1, −1, 1, −1, so the scale is 6 / 4.
  @Test func thePriorIsScaledToTheTargetsByLeastSquares() {
    let rows: [[Double]] = [[1, 1], [-1, -1], [1, -1], [-1, 1]]
    #expect(
      Ridge.scaledPrior([1, 0], standardised: rows, centred: [2, -2, 1, -1]) == [1.5, 0])
    #expect(Ridge.scaledPrior([0, 0], standardised: rows, centred: [2, -2, 1, -1]) == [0, 0])
    // Targets against the prior (least squares would give −1.5): the scale stops at the one
    // for a correlation of 0.2, 0.2 × √(10 / 4) = 0.3162, and keeps the prior's direction.
    let against = Ridge.scaledPrior([1, 0], standardised: rows, centred: [-2, 2, -1, 1])
    #expect(against.map(ModelFitter.rounded) == [0.3162, 0])
  }

  /// Six rows of two features (1…6, and 3, 1, 4, 2, 6, 5), the prior on the first. When the
  /// scores follow the first, leave-one-out error falls as the penalty grows and the largest
  /// keeps the scaled prior (1.2199, 0); when they follow the second, the smallest penalty lets
  /// the data pull weight towards it (from 1.0247, 0). Figures checked against numpy's solve of
  /// the same equations.
  @Test func ridgeShrinksTowardsThePriorUnlessTheDataDisagree() {
    let rows: [[Double]] = [[1, 3], [2, 1], [3, 4], [4, 2], [5, 6], [6, 5]]
    let followsPrior = Ridge.fit(rows: rows, targets: [1, 2, 2, 3, 5, 4], prior: [1, 0])
    #expect(followsPrior.penalty == 10000)
    #expect(followsPrior.coefficients.map(ModelFitter.rounded) == [1.2199, 0.0001])
    let followsSecond = Ridge.fit(rows: rows, targets: [2, 1, 3, 2, 5, 4], prior: [1, 0])
    #expect(followsSecond.penalty == 30)
    #expect(followsSecond.coefficients.map(ModelFitter.rounded) == [1.0128, 0.1087])
    // No prior: plain ridge, shrunk towards zero.
    let plain = Ridge.fit(rows: rows, targets: [2, 1, 3, 2, 5, 4])
    #expect(plain.coefficients.map(ModelFitter.rounded) == [0.1485, 0.2033])
  }

  @Test func postsAreFittedOnTheEssayPriorAndCommentsOnEveryMeasure() {
    let posts = ModelFitter.standard(for: .post)
    #expect(posts.features == ModelFitter.essayPrior)
    #expect(posts.features.first == .init(measure: "body.words", transform: .log, prior: 0.6))
    let comments = ModelFitter.standard(for: .comment)
    #expect(comments.features.allSatisfy { $0.prior == 0 })
    #expect(
      comments.features.count
        == MeasureRegistry.all.filter { $0.appliesTo.contains(.comment) }.count)
  }

  @Test func foldsFollowAFixedRule() {
    #expect(Folds(count: 4).splits.map(\.test) == [[0], [1], [2], [3]])
    let folds = Folds(count: 35)
    #expect(folds.count == 10)
    #expect(folds.splits[3].test == [3, 13, 23, 33])
  }

  /// Values 1…6, the teacher gives 10 from 4 up: the cut moves from 5 to 3.5.
  @Test func cutPointsMoveToWhereTheTeacherDrawsTheLine() throws {
    let criterion = Criterion(
      id: "length", title: "Length", measure: "body.words",
      levels: [
        Level(name: "Meets", points: 10, when: Condition(min: 5), feedback: ""),
        Level(name: "Off", points: 0, feedback: ""),
      ])
    let cuts = try #require(CutPoints(criterion))
    #expect(cuts == CutPoints(side: .min, cuts: [5]))
    let fitted = cuts.fitted(
      values: [1, 2, 3, 4, 5, 6], teacher: [0, 0, 0, 10, 10, 10], points: [10, 0])
    #expect(fitted.cuts == [3.5])
    #expect(fitted.applied(to: criterion).levels[0].when == Condition(min: 3.5))
    // A two-sided range is not a cut-point.
    var ranged = criterion
    ranged.levels[0].when = Condition(min: 5, max: 9)
    #expect(CutPoints(ranged) == nil)
  }

  @Test func aCalibratedRubricRoundTripsAndIsChecked() throws {
    let model = ScoreModel(
      intercept: 3,
      terms: [.init(measure: "body.words", transform: .log, center: 6, spread: 0.5, weight: 0.8)],
      scale: ScoreModel.Scale(min: 1, max: 6, step: 1))
    let rubric = Rubric(
      id: "essay", title: "Essay", appliesTo: .post,
      criteria: [Calibration.holisticCriterion(model, graded: 30)])
    let loaded = try RubricLoader.load(text: rubric.jsonText(), file: "essay.json")
    #expect(loaded == rubric)
    #expect(loaded.maximumPoints == 6)
    #expect(loaded.criteria[0].levels.map(\.name) == ["6", "5", "4", "3", "2", "1"])
    let broken = rubric.jsonText().replacingOccurrences(of: "\"body.words\"", with: "\"body.wrds\"")
    #expect(throws: RubricError.self) { try RubricLoader.load(text: broken, file: "essay.json") }
    do {
      _ = try RubricLoader.load(text: broken, file: "essay.json")
    } catch {
      #expect(
        error.issues.map(\.path) == ["criteria[0].model.terms[0].measure"])
    }
  }
}
