/// What a grading run keeps of a submission once its own reports are written.
///
/// A full analysis (words, sentences, citations, claims, spelling, every span into the text) is
/// about 100 KB an essay. The class stage, the class files, the gradebooks and a post's list of
/// the comments on it need only the scores, the criteria, the submission's metadata and a few
/// counts, so `grade` keeps this much of each submission and no more (issue 15).
extension SubmissionResult {
  /// The result with ``SubmissionAnalysis/retained`` as its analysis, its criteria's evidence
  /// left out (spans into a text no longer held) and the class report's finding labels kept
  /// in ``retainedFindings``.
  public var retained: SubmissionResult {
    var kept = self
    kept.retainedFindings = retainedFindings ?? ClassReport.findingLabels(self)
    kept.retainedCommentFlags = retainedCommentFlags ?? ClassAttention.commentFlags(self)
    kept.analysis = analysis.retained
    for index in kept.criteria.indices { kept.criteria[index].evidence = [] }
    return kept
  }
}

extension SubmissionAnalysis {
  /// The submission (``Submission/retained``) and the counts of its body and quotations; no
  /// spans, citations, claims, comment reading or language findings.
  public var retained: SubmissionAnalysis {
    var text = self.text
    var quotes = self.quotes
    for part in [\TextAnalysis.paragraphs, \.sentences, \.words] {
      text[keyPath: part] = []
      quotes[keyPath: part] = []
    }
    return SubmissionAnalysis(
      submission: submission.retained, text: text, quotes: quotes, citations: CitationAnalysis(),
      argument: ArgumentAnalysis(), comment: nil)
  }
}

extension Submission {
  /// The submission without its document's text: its file name and metadata and, for a
  /// comment, only its body's text (a post's report quotes its comments, and an author's reply
  /// is quoted in the notes of the post), as a document of its own whose one body span is that
  /// text. Segments, quotations and links, spans into the text left behind, are left out.
  public var retained: Submission {
    var kept = self
    let body =
      kind == .comment ? self.body.map { document.text(of: $0) }.joined(separator: " ") : ""
    kept.document = Document(name: document.name, text: body)
    kept.body = kind == .comment && !self.body.isEmpty ? [kept.document.fullSpan] : []
    kept.segments = []
    kept.quotes = []
    kept.links = []
    return kept
  }
}
