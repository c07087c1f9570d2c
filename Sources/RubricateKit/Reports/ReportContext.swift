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

  init(_ result: SubmissionResult) {
    self.init(result, findings: HTMLFinding.collect(result))
  }

  /// With the findings given (tests hand the HTML report their own).
  init(_ result: SubmissionResult, findings: [HTMLFinding]) {
    self.findings = findings
    problems = ReportFindings.problems(findings)
    feedback = result.criteria.map { FeedbackBlocks.parse($0.feedback) }
  }
}
