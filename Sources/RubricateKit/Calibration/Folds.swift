/// How the calibration holds submissions out: leave-one-out up to ``leaveOneOutLimit``
/// graded submissions, else ``foldCount`` folds where submission `i` (in file order) falls in
/// fold `i mod foldCount`. A fixed rule: the same grades give the same figures every run.
public struct Folds: Sendable, Equatable {
  public static let leaveOneOutLimit = 30
  public static let foldCount = 10

  /// The fold of each submission.
  public var assignment: [Int]
  public var count: Int

  public init(count items: Int) {
    let folds = items <= Folds.leaveOneOutLimit ? items : Folds.foldCount
    count = folds
    assignment = (0..<items).map { folds == 0 ? 0 : $0 % folds }
  }

  /// What a report says about the split.
  public var summary: String {
    count == assignment.count
      ? "leave-one-out over \(count) graded submissions"
      : "\(count)-fold cross-validation (submission i in fold i mod \(count))"
  }

  /// The indices trained on and held out, fold by fold.
  public var splits: [(train: [Int], test: [Int])] {
    (0..<count).map { fold in
      (
        assignment.indices.filter { assignment[$0] != fold },
        assignment.indices.filter { assignment[$0] == fold }
      )
    }
  }
}
