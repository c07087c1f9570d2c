/// `grade` a submission at a time: the class stage is planned from the submissions before any
/// is evaluated (``ClassGrades/plan(submissions:rubrics:roster:rule:overrides:)``), each
/// submission's report files and `results.jsonl` line are rendered as soon as it is graded, and
/// only its ``SubmissionResult/retained`` record is kept. The class files and gradebooks come
/// from ``finish(_:)``, which runs the class stage again on the retained records: the same
/// grades as from full results, since the class stage reads no analysis.
///
/// A post's reports list the comments on it, so every comment is graded before any post
/// (``order``) and a post is handed its comments' shown records (``comments(on:shown:)``).
public struct ClassStream: Sendable {
  /// One graded submission.
  public struct Graded: Sendable {
    /// Its report files (none for an author's reply).
    public var files: [(name: String, content: ClassOutput.Content)]
    /// Its `results.jsonl` line, without the line break.
    public var line: [UInt8]
    /// As evaluated, before the class stage: what ``finish(_:)`` builds the class from.
    public var retained: SubmissionResult
    /// As the class shows it (a reply's scores dropped, overrides applied): what the report of
    /// the post it answers lists.
    public var shown: SubmissionResult
  }

  public let plan: ClassGrades
  public let rubrics: [Rubric]
  public let roster: Roster?
  public let rule: AssignmentRule
  public let overrides: Overrides?
  /// The per-submission files' renderer, on the plan.
  public let output: ClassOutput
  /// Post id → the entries of the comments on it that are not the author's replies.
  let commentsOnPost: [String: [Int]]

  /// Plans the class; an override naming an unknown student, submission or criterion throws.
  public init(
    submissions: [Submission], rubrics: [Rubric], roster: Roster? = nil,
    rule: AssignmentRule = AssignmentRule(), overrides: Overrides? = nil, formats: [String],
    timestamp: String? = nil, sources: [String: String] = [:], revisions: RevisionBatch? = nil
  ) throws(ClassError) {
    let plan = try ClassGrades.plan(
      submissions: submissions, rubrics: rubrics, roster: roster, rule: rule,
      overrides: overrides)
    self.init(
      plan: plan, rubrics: rubrics, roster: roster, rule: rule, overrides: overrides,
      output: ClassOutput(
        grades: plan, formats: formats, timestamp: timestamp, sources: sources,
        revisions: revisions))
  }

  init(
    plan: ClassGrades, rubrics: [Rubric], roster: Roster?, rule: AssignmentRule,
    overrides: Overrides?, output: ClassOutput
  ) {
    self.plan = plan
    self.rubrics = rubrics
    self.roster = roster
    self.rule = rule
    self.overrides = overrides
    self.output = output
    var commentsOnPost: [String: [Int]] = [:]
    for (index, entry) in plan.entries.enumerated()
    where entry.result.submission.kind == .comment && entry.status != .reply {
      if let post = entry.result.submission.post { commentsOnPost[post, default: []].append(index) }
    }
    self.commentsOnPost = commentsOnPost
  }

  /// The same stream with the comparison with the drafts (`grade --previous`), which the
  /// reports then show.
  public func comparing(_ revisions: RevisionBatch) -> ClassStream {
    ClassStream(
      plan: plan, rubrics: rubrics, roster: roster, rule: rule, overrides: overrides,
      output: ClassOutput(
        grades: plan, formats: output.formats, timestamp: output.timestamp,
        sources: output.sources, revisions: revisions, stems: output.stems))
  }

  /// Entry indices in grading order: the comments, then the posts, each in batch order.
  public var order: (comments: [Int], posts: [Int]) {
    let indices = plan.entries.indices
    return (
      indices.filter { plan.entries[$0].result.submission.kind == .comment },
      indices.filter { plan.entries[$0].result.submission.kind != .comment }
    )
  }

  /// Entry `index` as the class shows it, with its full result.
  public func entry(_ index: Int, evaluated result: SubmissionResult) -> ClassGrades.Entry {
    plan.entry(index, evaluated: result, rubrics: rubrics, overrides: overrides)
  }

  /// Renders entry `index` from its evaluated result; `comments` are the shown records of the
  /// comments on it (for a post).
  public func grade(
    _ index: Int, evaluated result: SubmissionResult, comments: [SubmissionResult] = []
  ) throws -> Graded {
    let entry = entry(index, evaluated: result)
    // Collected once for the reports and both retained records: the class stage changes scores,
    // not the analysis the problem findings come from.
    let findings = HTMLFinding.collect(entry.result)
    let labels = ClassReport.findingLabels(entry.result, findings: findings)
    let rendered = try output.submissionFiles(
      entry, at: index, comments: comments, findings: findings)
    var evaluated = result
    evaluated.retainedFindings = result.retainedFindings ?? labels
    var shown = entry.result
    shown.retainedFindings = entry.result.retainedFindings ?? labels
    return Graded(
      files: rendered.files, line: rendered.line, retained: evaluated.retained,
      shown: shown.retained)
  }

  /// The comments a post's report lists: those on it that are not the author's replies, in
  /// batch order, as `shown` holds them by entry index.
  public func comments(on index: Int, shown: [Int: SubmissionResult]) -> [SubmissionResult] {
    commentEntries(on: index).compactMap { shown[$0] }
  }

  /// The entries of the comments on post entry `index` that count (the author's replies left
  /// out), in batch order.
  public func commentEntries(on index: Int) -> [Int] {
    let post = plan.entries[index].result.submission
    guard post.kind == .post else { return [] }
    return commentsOnPost[post.id] ?? []
  }

  /// `grade --previous`: an entry (as ``entry(_:evaluated:)`` gives it) as a final to pair with
  /// the drafts, nil when it does not count (a superseded version, a reply); `feedback` is what
  /// the comments on it suggest (``RevisionSnapshot/feedback(from:)``), for a post.
  public func revisionFinal(
    _ entry: ClassGrades.Entry, feedback: [RevisionSnapshot.Feedback]
  ) -> RevisionBatch.Entry? {
    guard entry.status == .graded else { return nil }
    let submission = entry.result.submission
    let source = output.sources[submission.id] ?? submission.document.name
    return RevisionBatch.Entry(
      snapshot: RevisionSnapshot(entry.result, feedback: submission.kind == .post ? feedback : []),
      keys: RevisionBatch.keys(
        userId: submission.student?.userId,
        names: [submission.student?.name, submission.author],
        file: submission.kind == .post ? source : nil),
      label: source)
  }

  /// The class stage on every entry's retained record, in batch order, and the output whose
  /// class files and gradebooks are written last.
  public func finish(_ retained: [SubmissionResult]) throws(ClassError) -> ClassOutput {
    let grades = try ClassGrades.build(
      results: retained, rubrics: rubrics, roster: roster, rule: rule, overrides: overrides)
    // The same entries in the same order: the stems the reports were written under.
    return ClassOutput(
      grades: grades, formats: output.formats, timestamp: output.timestamp,
      sources: output.sources, revisions: output.revisions, stems: output.stems)
  }
}
