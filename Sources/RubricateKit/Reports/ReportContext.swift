/// What the Markdown, HTML and text reports of one submission share, worked out once when
/// `grade` writes several formats of it: the findings in text order, the problems among them
/// grouped by kind, and each criterion's feedback as blocks.
struct ReportContext {
  /// ``HTMLFinding/collect(_:)``.
  let findings: [HTMLFinding]
  /// ``ReportFindings/problems(_:)``.
  let problems: [(kind: HTMLFinding.Kind, findings: [HTMLFinding])]
  /// ``FeedbackBlocks/parse(_:)`` of each criterion's feedback, in criterion order.
  let feedback: [[FeedbackBlocks.Block]]
  /// The passages the reports quote (findings, evidence), each quoted once for all of them.
  let quotes: PassageQuotes

  init(_ result: SubmissionResult) {
    self.init(result, findings: HTMLFinding.collect(result))
  }

  /// With the findings given (tests hand the HTML report their own).
  init(_ result: SubmissionResult, findings: [HTMLFinding]) {
    self.findings = findings
    problems = ReportFindings.problems(findings)
    feedback = result.criteria.map { FeedbackBlocks.parse($0.feedback) }
    quotes = PassageQuotes(result.analysis.document)
  }
}

/// ``Document/quote(_:)`` of a submission's passages, each made once: the text, Markdown and
/// HTML reports quote the same findings and evidence, and quoting was a twentieth of `grade`.
/// Used by one submission's reports on one thread.
final class PassageQuotes {
  let document: Document
  private var made: [Span: String] = [:]

  init(_ document: Document) { self.document = document }

  func quote(_ span: Span) -> String {
    if let known = made[span] { return known }
    let quote = document.quote(span)
    made[span] = quote
    return quote
  }
}
