import Foundation
import RubricateKit

/// `grade --previous`: the drafts to compare a class's finals with, from a folder (or file) of
/// drafts graded now with the same rubrics, or from an earlier run's `results.jsonl`.
enum PreviousRun {
  /// The drafts as revision entries; unreadable draft files are reported and left out.
  static func load(
    _ path: String, grader: Grader, format: InputFormat, jobs: Int, console: Console,
    language: LanguageOptions
  ) throws -> [RevisionBatch.Entry] {
    if path.hasSuffix(".jsonl") {
      guard let data = FileManager.default.contents(atPath: path) else {
        throw CommandError.message("\(path): cannot read the previous results file")
      }
      let records: [RevisionSnapshot.Recorded]
      do {
        records = try RevisionSnapshot.records(
          fromResultsLines: String(decoding: data, as: UTF8.self))
      } catch {
        throw CommandError.message("\(path): line \(error.line): \(error.message)")
      }
      return records.map { record in
        RevisionBatch.Entry(
          snapshot: record.snapshot,
          keys: RevisionBatch.keys(
            userId: record.student?.userId, names: [record.student?.name, record.author],
            file: record.source),
          label: record.source.isEmpty ? record.snapshot.id : record.source)
      }
    }
    let (files, missing) = InputFiles.collect([path])
    for message in missing { console.error("rubricate: --previous: \(message)") }
    var submissions: [Submission] = []
    var sources: [String: String] = [:]
    for file in files {
      do {
        let found = try Pipeline.read(file, format: format)
        for submission in found { sources[submission.id] = file.path }
        submissions += found
      } catch {
        console.error("rubricate: --previous: \(Pipeline.describe(error))")
      }
    }
    let analyzer = Analyzer(language: language)
    let context = analyzer.prepare(&submissions)
    let results = parallelMap(submissions, jobs: jobs) { submission in
      grader.grade(analyzer.analyze(submission, context: context))
    }
    return entries(results, sources: sources)
  }

  /// Revision entries for graded submissions, a post's snapshot with its comments' feedback.
  static func entries(
    _ results: [SubmissionResult], sources: [String: String]
  ) -> [RevisionBatch.Entry] {
    let comments = Grader.comments(in: results)
    return results.map { result in
      let submission = result.submission
      let source = sources[submission.id] ?? submission.document.name
      return RevisionBatch.Entry(
        snapshot: RevisionSnapshot(
          result,
          comments: submission.kind == .post ? comments[submission.id] ?? [] : []),
        keys: RevisionBatch.keys(
          userId: submission.student?.userId,
          names: [submission.student?.name, submission.author],
          file: submission.kind == .post ? source : nil),
        label: source)
    }
  }
}
