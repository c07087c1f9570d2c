extension Measure.Example {
  /// Reads and analyses the example the way `rubricate` would: as a post, or as a comment
  /// on `post`.
  public func analysis() -> SubmissionAnalysis {
    let analyzer = Analyzer()
    let read = (try? SourceReader.read(bytes: Array(text.utf8), name: "example", format: format))
    var submission =
      read?.first ?? Submission(id: "example", kind: .post, document: Document(text: text))
    guard let post else { return analyzer.analyze(submission) }
    let postDocument = Document(name: "post", text: post)
    let postSubmission = Submission(
      id: "post", kind: .post, document: postDocument, body: postDocument.paragraphs())
    submission.kind = .comment
    submission.post = "post"
    return analyzer.analyze(submission, post: postSubmission)
  }
}
