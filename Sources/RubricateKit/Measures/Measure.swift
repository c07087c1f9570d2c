/// A named number a rubric criterion can use, with its documentation and its examples.
///
/// Like a SwiftLint rule description, the examples are both what `rubricate measures` shows
/// and what the registry test checks: a measure whose examples fail is broken.
public struct Measure: Sendable {
  /// What a measure's number counts, which also decides how `{value}` is written.
  public enum Unit: String, Sendable, Codable, CaseIterable {
    case words
    case sentences
    case paragraphs
    case count
    /// 0 to 1, written as a percentage.
    case fraction
    case per100Words
    case wordsPerSentence
    /// A readability score (Flesch reading ease: higher is easier).
    case score
    case gradeLevel
    /// 0 or 1, written as no / yes.
    case flag
    case lettersPerWord
  }

  /// A text and the value the measure must give for it.
  public struct Example: Sendable {
    /// The submission, read as body text (or as `format`).
    public var text: String
    /// For a comment measure: the post the comment answers.
    public var post: String?
    public var format: InputFormat
    public var value: Double

    public init(_ text: String, post: String? = nil, format: InputFormat = .text, value: Double) {
      self.text = text
      self.post = post
      self.format = format
      self.value = value
    }
  }

  /// Dotted identifier used in rubrics, e.g. `claims.supported`.
  public let id: String
  /// One line saying what it measures.
  public let summary: String
  public let unit: Unit
  /// The kinds of submission it makes sense for.
  public let appliesTo: Set<Submission.Kind>
  /// How the number is computed, for the documentation.
  public let computation: String
  public let examples: [Example]
  let compute: @Sendable (SubmissionAnalysis) -> MeasureValue

  public init(
    id: String, summary: String, unit: Unit, appliesTo: Set<Submission.Kind>,
    computation: String, examples: [Example],
    compute: @escaping @Sendable (SubmissionAnalysis) -> MeasureValue
  ) {
    self.id = id
    self.summary = summary
    self.unit = unit
    self.appliesTo = appliesTo
    self.computation = computation
    self.examples = examples
    self.compute = compute
  }

  /// The measure's value for an analysed submission, with the spans behind it.
  public func evaluate(_ analysis: SubmissionAnalysis) -> MeasureValue {
    let result = compute(analysis)
    return result.value.isFinite ? result : MeasureValue(0, evidence: result.evidence)
  }

  /// Writes a value the way feedback shows it (`1,020`, `45%`, `yes`).
  public func format(_ value: Double) -> String {
    MeasureValue.format(value, unit: unit)
  }
}

/// A measured value and the spans (sentences, entries, citations) it was computed from.
public struct MeasureValue: Sendable, Equatable {
  public var value: Double
  public var evidence: [Span]

  public init(_ value: Double, evidence: [Span] = []) {
    self.value = value
    self.evidence = evidence
  }

  public init(count spans: [Span]) {
    self.init(Double(spans.count), evidence: spans)
  }

  /// `part / whole`, or 0 when there is no whole.
  public static func fraction(_ part: Int, of whole: Int, evidence: [Span] = []) -> MeasureValue {
    MeasureValue(whole == 0 ? 0 : Double(part) / Double(whole), evidence: evidence)
  }

  static func format(_ value: Double, unit: Measure.Unit) -> String {
    switch unit {
    case .fraction:
      return "\(decimalInteger(value * 100))%"
    case .flag:
      return value != 0 ? "yes" : "no"
    case .words, .sentences, .paragraphs, .count:
      guard value.isFinite, abs(value) < 1e15 else { return decimalInteger(value) }
      return grouped(Int(value.rounded()))
    case .per100Words, .wordsPerSentence, .score, .gradeLevel, .lettersPerWord:
      return decimal(value)
    }
  }

  /// One decimal, `.` as separator, no trailing `.0`.
  public static func decimal(_ value: Double) -> String {
    guard value.isFinite, abs(value) < 1e14 else { return decimalInteger(value) }
    let tenths = Int((value * 10).rounded())
    let sign = tenths < 0 ? "-" : ""
    let magnitude = abs(tenths)
    return magnitude % 10 == 0
      ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
  }

  /// A number as CSV and JSON readers want it: `.` decimals, no grouping, no trailing `.0`.
  public static func plain(_ value: Double) -> String {
    if value.rounded() == value, abs(value) < 1e15 { return String(Int(value)) }
    guard value.isFinite else { return "0" }
    return String((value * 10000).rounded() / 10000)
  }

  /// A value too large (or not finite) for `Int` arithmetic, rounded, without trapping.
  static func decimalInteger(_ value: Double) -> String {
    guard value.isFinite else { return value.isNaN ? "not a number" : value < 0 ? "-∞" : "∞" }
    let rounded = value.rounded()
    if abs(rounded) < 1e15 { return String(Int(rounded)) }
    return String(rounded)
  }

  static func grouped(_ value: Int) -> String {
    let digits = String(abs(value))
    var result = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
      result.append(digit)
    }
    return value < 0 ? "-" + result : result
  }
}
