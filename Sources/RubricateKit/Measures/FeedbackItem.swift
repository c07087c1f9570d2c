/// A list a feedback template can quote, such as `{unsupportedClaims}`: it expands to the
/// quoted sentences or entries behind a finding, so feedback points at the student's text.
public struct FeedbackItem: Sendable {
  public let name: String
  public let summary: String
  let spans: @Sendable (SubmissionAnalysis) -> [Span]

  /// The quoted texts, each on its own line as `“…”`.
  public func quotes(in analysis: SubmissionAnalysis) -> [String] {
    spans(analysis).map { FeedbackItem.quote(analysis.document.text(of: $0)) }
  }

  public func evidence(in analysis: SubmissionAnalysis) -> [Span] { spans(analysis) }

  /// A passage quoted on one line, shortened past 160 characters.
  public static func quote(_ text: String) -> String {
    // Runs of white space become one space; works on UTF-8 bytes (ASCII white space is the
    // case that matters), so quoting every sentence of a class stays cheap.
    var bytes: [UInt8] = []
    var ascii = true
    var text = text
    text.withUTF8 { utf8 in
      bytes.reserveCapacity(utf8.count)
      var lastWasSpace = false
      for byte in utf8 {
        let isSpace = byte == 0x20 || (0x09...0x0D).contains(byte)
        if isSpace && lastWasSpace { continue }
        bytes.append(isSpace ? 0x20 : byte)
        lastWasSpace = isSpace
        ascii = ascii && byte < 0x80
      }
    }
    if bytes.count > 160 && ascii {  // one byte, one character: no need to count graphemes
      return "“" + String(decoding: bytes[..<157], as: UTF8.self) + "…”"
    }
    var flat = String(decoding: bytes, as: UTF8.self)
    if bytes.count > 160, flat.count > 160 { flat = String(flat.prefix(157)) + "…" }
    return "“\(flat)”"
  }

  /// Every item a template may use, besides the plain placeholders.
  public static let all: [FeedbackItem] = [
    FeedbackItem(
      name: "unsupportedClaims", summary: "Claims with no support, quoted.",
      spans: { $0.summary.unsupportedClaims }),
    FeedbackItem(
      name: "claimsToSupport",
      summary: "Claims that still need checkable evidence: the weak and the unsupported ones.",
      spans: { $0.summary.claimsToSupport }),
    FeedbackItem(
      name: "weakClaims",
      summary:
        "Claims backed only by evidence a reader cannot check (reasoning, uncited examples).",
      spans: { $0.summary.weakClaims }),
    FeedbackItem(
      name: "supportedClaims", summary: "Claims with evidence behind them.",
      spans: { $0.summary.supportedClaims }),
    FeedbackItem(
      name: "uncitedReferences", summary: "Reference entries the text never cites.",
      spans: { $0.summary.uncitedReferences }),
    FeedbackItem(
      name: "unmatchedCitations", summary: "In-text citations with no reference entry.",
      spans: { $0.summary.unmatchedCitations }),
    FeedbackItem(
      name: "referenceProblems", summary: "Reference entries missing something.",
      spans: { $0.summary.referenceProblems.map(\.span) }),
    FeedbackItem(
      name: "boosters", summary: "Booster phrases (clearly, obviously).",
      spans: { $0.summary.boosters }),
    FeedbackItem(
      name: "overclaims", summary: "Boosters on unsupported claims.",
      spans: { $0.summary.overclaims }),
    FeedbackItem(
      name: "hedges", summary: "Hedge phrases (perhaps, it seems).", spans: { $0.summary.hedges }),
    FeedbackItem(
      name: "suggestions", summary: "A comment's suggestions.",
      spans: { $0.summary.moves["suggestion"] ?? [] }),
    FeedbackItem(
      name: "questions", summary: "A comment's questions.",
      spans: { $0.summary.moves["question"] ?? [] }),
  ]

  /// The placeholders every template may use, whatever the measure.
  /// `{explanation}` is a holistic (model) criterion's account of its score; empty elsewhere.
  public static let plainPlaceholders = [
    "value", "criterion", "points", "max", "level", "explanation",
  ]

  public static func item(_ name: String) -> FeedbackItem? { all.first { $0.name == name } }
}
