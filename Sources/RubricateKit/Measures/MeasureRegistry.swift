/// Every measure a rubric can name, in the order `rubricate measures` lists them.
public enum MeasureRegistry {
  public static let all: [Measure] =
    BodyMeasures.all + ReadabilityMeasures.all + QuoteMeasures.all + ReferenceMeasures.all
    + CitationMeasures.all + ClaimMeasures.all + StanceMeasures.all + CommentMeasures.all
    + LanguageMeasures.all

  private static let byID: [String: Measure] = Dictionary(
    all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

  /// The measure with this id, if there is one.
  public static func measure(_ id: String) -> Measure? { byID[id] }

  public static var ids: [String] { all.map(\.id) }
}
