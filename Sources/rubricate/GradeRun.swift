import Foundation
import RubricateKit

/// One `grade` run's grading and report writing, a submission at a time (``ClassStream``):
/// each submission is analysed, graded, its reports written and its analysis let go, in
/// parallel; only its retained record is kept for the class files. Comments are graded before
/// posts, whose reports list them.
struct GradeRun {
  var stream: ClassStream
  let submissions: SubmissionSlots
  let analyzer: Analyzer
  let context: Analyzer.BatchContext
  let grader: Grader
  let jobs: Int

  /// What the run kept of every entry, in batch order, and the reports it could not write.
  struct Written {
    var retained: [SubmissionResult]
    var failures: [String]
  }

  func evaluate(_ index: Int) -> SubmissionResult {
    grader.grade(analyzer.analyze(submissions.take(index), context: context))
  }

  /// `grade --previous`'s first pass: every submission that counts, as a final to pair with
  /// the drafts, in batch order. The reports need the whole comparison, so each submission is
  /// analysed again when they are written.
  func finals() -> [RevisionBatch.Entry] {
    let order = stream.order
    let comments = parallelMap(order.comments, jobs: jobs) { index in
      let entry = stream.entry(index, evaluated: evaluate(index))
      return (
        feedback: RevisionSnapshot.feedback(from: entry.result),
        final: stream.revisionFinal(entry, feedback: [])
      )
    }
    var feedback: [Int: [RevisionSnapshot.Feedback]] = [:]
    var finals: [Int: RevisionBatch.Entry] = [:]
    for (index, outcome) in zip(order.comments, comments) {
      feedback[index] = outcome.feedback
      finals[index] = outcome.final
    }
    let suggestions = feedback
    let posts = parallelMap(order.posts, jobs: jobs) { index in
      stream.revisionFinal(
        stream.entry(index, evaluated: evaluate(index)),
        feedback: stream.commentEntries(on: index).flatMap { suggestions[$0] ?? [] })
    }
    for (index, final) in zip(order.posts, posts) { finals[index] = final }
    return finals.keys.sorted().compactMap { finals[$0] }
  }

  /// Grades every entry and writes its reports into `directory`, and `results.jsonl` in batch
  /// order. A report that cannot be rendered throws (nothing of the class is written then).
  func write(to directory: OutputDirectory) throws -> Written {
    let lines = try directory.spool("results.jsonl")
    let written: Written
    do {
      written = try write(to: directory, lines: lines)
    } catch {
      lines.abandon()
      throw error
    }
    try lines.finish()
    return written
  }

  private func write(to directory: OutputDirectory, lines: OutputDirectory.Spool) throws -> Written
  {
    let order = stream.order
    var retained: [Int: SubmissionResult] = [:]
    var failures: [String] = []
    // Comments first: a post's reports list them. Their lines wait for their place.
    var waiting: [Int: [UInt8]] = [:]
    var shown: [Int: SubmissionResult] = [:]
    for (index, outcome) in zip(
      order.comments, try grade(order.comments, in: directory) { _ in [] })
    {
      waiting[index] = outcome.line
      shown[index] = outcome.shown
      retained[index] = outcome.retained
      if let failure = outcome.failure { failures.append(failure) }
    }
    let comments = shown
    // Posts streamed: each post's line goes to the file as soon as it and every line before it
    // are ready. (Graded a run of 128 at a time, a thread sat idle at the end of every run.)
    let posts = PostLines(waiting: waiting, retained: retained, failures: failures)
    parallelForEachInOrder(order.posts, jobs: jobs) { index in
      (index, grade(index, in: directory) { stream.comments(on: $0, shown: comments) })
    } consume: { index, outcome in
      posts.take(index, outcome, lines: lines)
    }
    if let error = posts.error { throw error }
    _ = try lines.flush(&posts.waiting, from: posts.next)
    return Written(
      retained: stream.plan.entries.indices.compactMap { posts.retained[$0] },
      failures: posts.failures)
  }

  /// What the posts' stream gathers: touched only by its `consume`, which never runs on two
  /// threads at once, and read once the stream is done.
  private final class PostLines: @unchecked Sendable {
    var waiting: [Int: [UInt8]]
    var retained: [Int: SubmissionResult]
    var failures: [String]
    var next = 0
    /// The first error; the posts after it are graded but not kept.
    var error: Error?

    init(waiting: [Int: [UInt8]], retained: [Int: SubmissionResult], failures: [String]) {
      self.waiting = waiting
      self.retained = retained
      self.failures = failures
    }

    func take(_ index: Int, _ outcome: Result<Outcome, CommandError>, lines: OutputDirectory.Spool)
    {
      guard error == nil else { return }
      do {
        let outcome = try outcome.get()
        waiting[index] = outcome.line
        retained[index] = outcome.retained
        if let failure = outcome.failure { failures.append(failure) }
        next = try lines.flush(&waiting, from: next)
      } catch {
        self.error = error
      }
    }
  }

  /// One graded entry: its line, its records and the report that could not be written.
  struct Outcome: Sendable {
    var line: [UInt8]
    var retained: SubmissionResult
    var shown: SubmissionResult
    var failure: String?
  }

  /// Grades and writes the entries in parallel; the outcomes in the order given.
  func grade(
    _ indices: [Int], in directory: OutputDirectory,
    comments: @Sendable (Int) -> [SubmissionResult]
  ) throws -> [Outcome] {
    try parallelMap(indices, jobs: jobs) { index in
      grade(index, in: directory, comments: comments)
    }.map { try $0.get() }
  }

  /// Grades entry `index` and writes its reports: a report that cannot be rendered is an
  /// error, one that cannot be written is the outcome's failure.
  func grade(
    _ index: Int, in directory: OutputDirectory, comments: (Int) -> [SubmissionResult]
  ) -> Result<Outcome, CommandError> {
    let graded: ClassStream.Graded
    do {
      graded = try stream.grade(index, evaluated: evaluate(index), comments: comments(index))
    } catch {
      return .failure(CommandError.message(Pipeline.describe(error)))
    }
    var failure: String?
    do {
      for (name, content) in graded.files {
        switch content {
        case .text(let text): try directory.write(text, to: name)
        case .bytes(let bytes): try directory.write(bytes, to: name)
        }
      }
    } catch {
      failure = Pipeline.describe(error)
    }
    return .success(
      Outcome(
        line: graded.line, retained: graded.retained, shown: graded.shown, failure: failure))
  }
}

/// The submissions of a `grade` run, each handed out in full once and then kept only as
/// ``Submission/retained``, so that a document lives until its submission is graded (with
/// `keep`, as `--previous` grades each twice, they stay).
final class SubmissionSlots: @unchecked Sendable {
  private var slots: [Submission]
  private let keep: Bool
  private let lock = NSLock()

  init(_ submissions: [Submission], keep: Bool) {
    slots = submissions
    self.keep = keep
  }

  func take(_ index: Int) -> Submission {
    lock.lock()
    defer { lock.unlock() }
    let submission = slots[index]
    if !keep { slots[index] = submission.retained }
    return submission
  }
}
