/// Runs the analysis stages over submissions, left to right.
public struct Analyzer: Sendable {
  public init() {}

  /// Analyses a batch: comments are read against the posts they answer, with term weights
  /// learnt from the batch's posts.
  public func analyze(_ submissions: [Submission]) -> [SubmissionAnalysis] {
    let posts = Dictionary(
      submissions.filter { $0.kind == .post }.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let weights: TermWeights
    if posts.count >= 3 {
      weights = TermWeights(
        documents: submissions.filter { $0.kind == .post }.map { post in
          post.body.map { post.document.text(of: $0) }.joined(separator: "\n\n")
        })
    } else {
      weights = .builtIn
    }
    return submissions.map { submission in
      analyze(submission, post: submission.post.flatMap { posts[$0] }, weights: weights)
    }
  }

  /// Analyses one submission; a comment is read against `post` when it is known.
  public func analyze(
    _ submission: Submission, post: Submission? = nil, weights: TermWeights = .builtIn
  ) -> SubmissionAnalysis {
    let document = submission.document
    let text = TextAnalysis(document: document, paragraphs: submission.body)
    let quotes = TextAnalysis(document: document, paragraphs: submission.quotes)
    let referenceEntries = submission.spans(of: .reference)
    let citations = CitationAnalyzer.analyze(
      document: document, body: submission.body,
      referenceEntries: referenceEntries.isEmpty && submission.kind == .post
        ? nil : referenceEntries,
      links: submission.links)
    let argument = ArgumentAnalyzer.analyze(
      document: document, title: submission.title, paragraphs: text.paragraphs,
      sentences: text.sentences, words: text.statistics.words,
      citations: citations.citations.map { Span($0.start, $0.end) })
    var comment: CommentAnalysis?
    if submission.kind == .comment {
      comment = CommentAnalyzer.analyze(
        comment: document, body: submission.body, post: post?.document,
        postBody: post?.body ?? [], weights: weights)
    }
    return SubmissionAnalysis(
      submission: submission, text: text, quotes: quotes, citations: citations,
      argument: argument, comment: comment)
  }
}
