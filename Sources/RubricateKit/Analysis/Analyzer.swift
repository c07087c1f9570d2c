/// Runs the analysis stages over submissions, left to right.
public struct Analyzer: Sendable {
  /// Whether to run every stage or only the text core (words, sentences, readability).
  public enum Depth: String, Sendable, CaseIterable {
    case full
    /// Counts and readability only: references, citations, claims and comment analysis are
    /// left empty. For quick readability checks over large corpora.
    case text
  }

  public let depth: Depth
  /// The dialect and allow list the spelling check uses.
  public var language: LanguageOptions

  public init(depth: Depth = .full, language: LanguageOptions = LanguageOptions()) {
    self.depth = depth
    self.language = language
  }

  /// What analysing one submission of a batch needs to know about the others.
  public struct BatchContext: Sendable {
    /// Posts by id, for comments to be read against (empty when no comment of the batch is
    /// analysed).
    public var posts: [String: Submission]
    /// Term weights learnt from the batch's posts (built-in weights for small batches; empty
    /// when the batch has no comment to analyse).
    public var weights: TermWeights
    /// Each post prepared once for the comments that answer it.
    public var postContexts: [String: CommentContext]
    /// Comments by id, for replies to be read against the comment they answer.
    public var comments: [String: Submission]
    /// The words of every author's and student's name and every title in the batch: names
    /// the spelling check accepts (a comment greets the post's author by name).
    public var names: Set<UInt64> = []
  }

  /// Posts learn term weights only from a class this large; fewer give noisy idf values.
  public static let minimumPostsForClassWeights = 3

  /// Links comments to their posts and learns term weights from the posts.
  ///
  /// A comment's `post` may hold a post's id, its file name or its title (a Markdown comment
  /// names its post in front matter); ``SubmissionLinker`` rewrites it to the post's id.
  public func prepare(_ submissions: inout [Submission]) -> BatchContext {
    submissions = SubmissionLinker.link(submissions)
    // Term weights, posts by id and post contexts serve only comment analysis: a batch of
    // posts alone, or a text-only run, skips them (even the built-in table takes milliseconds
    // to load, and copying a class's posts into a table a serial few).
    let analysesComments = depth == .full && submissions.contains { $0.kind == .comment }
    // Posts by id, the first of an id kept.
    var byID: [String: Submission] = [:]
    var postCount = 0
    if analysesComments {
      for index in submissions.indices where submissions[index].kind == .post {
        postCount += 1
        if byID[submissions[index].id] == nil { byID[submissions[index].id] = submissions[index] }
      }
    }
    let weights =
      !analysesComments
      ? TermWeights()
      : postCount >= Self.minimumPostsForClassWeights
        ? TermWeights(
          documents: submissions.filter { $0.kind == .post }.map { post in
            post.body.map { post.document.text(of: $0) }.joined(separator: "\n\n")
          })
        : .builtIn
    var contexts: [String: CommentContext] = [:]
    let answered =
      analysesComments ? Set(submissions.compactMap { $0.kind == .comment ? $0.post : nil }) : []
    for id in answered {
      guard let post = byID[id] else { continue }
      contexts[id] = CommentContext(document: post.document, body: post.body, weights: weights)
    }
    var comments: [String: Submission] = [:]
    var names = Set<UInt64>()
    // Read in place: a `for` over the batch copies each submission it visits.
    submissions.withUnsafeBufferPointer { batch in
      for index in batch.indices where batch[index].kind == .comment {
        if comments[batch[index].id] == nil { comments[batch[index].id] = batch[index] }
      }
      guard depth == .full else { return }
      for index in batch.indices {
        for text in [batch[index].author, batch[index].student?.name, batch[index].title] {
          if let text { names.formUnion(LanguageAnalyzer.wordKeys(in: text)) }
        }
      }
    }
    return BatchContext(
      posts: byID, weights: weights, postContexts: contexts, comments: comments, names: names)
  }

  /// Analyses a batch in order: comments are read against the posts they answer.
  public func analyze(_ submissions: [Submission]) -> [SubmissionAnalysis] {
    var linked = submissions
    let context = prepare(&linked)
    return linked.map { analyze($0, context: context) }
  }

  /// Analyses one submission of a prepared batch.
  public func analyze(_ submission: Submission, context: BatchContext) -> SubmissionAnalysis {
    let parent = submission.parent.flatMap { context.comments[$0] }
    return analyze(
      submission, postContext: submission.post.flatMap { context.postContexts[$0] },
      parentContext: parent.map {
        CommentContext(document: $0.document, body: $0.body, weights: context.weights)
      }, weights: context.weights, names: context.names)
  }

  /// Analyses one submission; a comment is read against `post` when it is known.
  public func analyze(
    _ submission: Submission, post: Submission? = nil, weights: TermWeights = .builtIn
  ) -> SubmissionAnalysis {
    analyze(
      submission,
      postContext: post.map {
        CommentContext(document: $0.document, body: $0.body, weights: weights)
      }, parentContext: nil, weights: weights)
  }

  func analyze(
    _ submission: Submission, postContext: CommentContext?, parentContext: CommentContext?,
    weights: TermWeights, names: Set<UInt64> = []
  ) -> SubmissionAnalysis {
    let document = submission.document
    let text = TextAnalysis(document: document, paragraphs: submission.body)
    let quotes = TextAnalysis(document: document, paragraphs: submission.quotes)
    guard depth == .full else {
      return SubmissionAnalysis(
        submission: submission, text: text, quotes: quotes, citations: CitationAnalysis(),
        argument: ArgumentAnalysis(), comment: nil)
    }
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
        comment: document, body: submission.body, post: postContext, parent: parentContext,
        weights: weights)
    }
    let language = LanguageAnalyzer.analyze(
      LanguageAnalyzer.Input(
        document: document, paragraphs: text.paragraphs, sentences: text.sentences,
        words: text.words, skipped: citations.citations.map { Span($0.start, $0.end) },
        knownWords: knownWords(of: submission), batchNames: names),
      options: self.language)
    return SubmissionAnalysis(
      submission: submission, text: text, quotes: quotes, citations: citations,
      argument: argument, comment: comment, language: language)
  }

  /// Words a submission's title and reference list use: names and terms the spelling check
  /// accepts in its body.
  func knownWords(of submission: Submission) -> Set<UInt64> {
    var keys = Set<UInt64>()
    let scalars = submission.document.scalars
    for span in submission.spans(of: .title) + submission.spans(of: .reference) {
      WordTokenizer.forEachWord(in: scalars, span: span) { word in
        keys.insert(SpellingDictionary.key(scalars[word.range]))
      }
    }
    for text in [submission.title, submission.author, submission.student?.name] {
      if let text { keys.formUnion(LanguageAnalyzer.wordKeys(in: text)) }
    }
    return keys
  }
}
