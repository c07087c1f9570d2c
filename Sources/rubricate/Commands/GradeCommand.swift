import Foundation
import RubricateKit

/// `rubricate grade`: a whole class in one run, reports for every student and the class.
enum GradeCommand: Subcommand {
  static let formats = ["text", "markdown", "html", "json"]
  /// What `grade` writes per submission when no `--format` is given.
  static let defaultFormats = ["markdown", "html", "json"]

  static let spec = CommandSpec(
    name: "grade",
    abstract: "Grade every submission under the paths and write reports.",
    positionalUsage: "PATH...", minPositionals: 1, maxPositionals: nil,
    options: [
      OptionSpec(
        name: "--rubric", valueName: "FILE", help: "Rubric for posts (default: built-in blog-post)."
      ),
      OptionSpec(
        name: "--comment-rubric", valueName: "FILE",
        help: "Rubric for comments (default: built-in peer-comment)."),
      OptionSpec(
        name: "--out", short: "-o", valueName: "DIR", help: "Report folder (default: Reports)."),
      OptionSpec(
        name: "--format", valueName: "FORMAT", allowed: formats, repeatable: true,
        help: "Report format per submission; repeat for several (default: markdown, html, json)."),
      Options.jobs,
      OptionSpec(
        name: "--gradebook", valueName: "KIND", allowed: ["canvas", "moodle", "csv"],
        help: "Also write a gradebook file for the LMS."),
      OptionSpec(
        name: "--assignment", valueName: "NAME", help: "Gradebook column, as \"Name (id)\"."),
      OptionSpec(
        name: "--moodle-worksheet", valueName: "FILE",
        help: "Moodle grading worksheet whose identifiers to keep."),
      Options.inputFormat,
      OptionSpec(name: "--quiet", short: "-q", help: "Print nothing but errors."),
      OptionSpec(name: "--no-progress", help: "No progress bar."),
      OptionSpec(
        name: "--strict",
        help: "Exit 1 when any criterion got its lowest level or a gradebook row has no ID."),
      OptionSpec(name: "--timestamp", help: "Write the grading time into reports."),
      OptionSpec(
        name: "--previous", valueName: "PREVIOUS",
        help: "Drafts (a folder, or an earlier run's results.jsonl) to compare the finals with."),
    ] + ClassFiles.options + LanguageFlags.specs,
    discussion: """
      Reads .txt, .md, .html, .xml, .docx, .odt and .pdf files (PDF through pdftotext from
      poppler-utils; README files are skipped), grades posts with the post rubric and comments
      with the comment rubric, and writes one report per submission and format,
      class-summary.csv and results.jsonl into the report folder. Submissions are matched to
      students (a roster.csv at the top of a graded folder is the roster unless --roster names
      one); a post submitted twice counts once. Input files are never modified. Exit status: 0
      all graded; 1 some file could not be read (or --strict found a lowest level or a
      gradebook row without an ID); 2 usage, rubric, roster or overrides error (nothing
      graded).
      """)

  static func run(_ arguments: ParsedArguments, console: Console) -> ExitStatus {
    let grader: Grader
    let classFiles: ClassFiles
    let language: LanguageOptions
    do {
      language = try LanguageFlags.options(arguments)
      grader = try loadRubrics(arguments)
      classFiles = try ClassFiles(arguments, rubrics: [grader.postRubric, grader.commentRubric])
    } catch {
      console.error("rubricate: \(Pipeline.describe(error))")
      return .usage
    }
    let outPath = arguments.value("--out") ?? "Reports"
    let format = InputFormat(rawValue: arguments.value("--input-format") ?? "auto") ?? .auto
    let jobs = Options.jobs(arguments)
    let quiet = arguments.flag("--quiet")
    if let clash = GradeInputs.outputClash(outPath, inputs: arguments.positionals) {
      console.error("rubricate: \(clash)")
      return .usage
    }
    let previousPath = arguments.value("--previous")
    let scan = InputFiles.scan(
      arguments.positionals, excluding: [outPath] + (previousPath.map { [$0] } ?? []))
    let files = scan.files
    var failures = scan.errors
    // The roster found beside the submissions is read as the roster, not skipped as a CSV.
    var skipped = scan.skipped.map { file in
      guard let roster = classFiles.rosterPath, file.path == roster else { return file }
      return SkippedFile(path: file.path, reason: .roster, detail: "read as the class roster")
    }
    for message in scan.errors { console.error("rubricate: \(message)") }

    let progress = Progress(
      total: files.count, console: console,
      enabled: console.errorIsTerminal && !quiet && !arguments.flag("--no-progress"))
    var submissions: [Submission] = []
    var sources: [String: String] = [:]
    loadLanguageTablesWhileReading(fileCount: files.count)
    // In a block of its own: what was read is let go once the submissions are taken from it.
    do {
      let read = parallelMap(files, jobs: jobs) { file -> Result<[Submission], ReadFailure> in
        defer { progress.advance() }
        do {
          return .success(try Pipeline.read(file, format: format, refusingEmpty: true))
        } catch {
          return .failure(ReadFailure(file: file.path, message: Pipeline.describe(error)))
        }
      }
      progress.finish()
      for (file, outcome) in zip(files, read) {
        switch outcome {
        case .success(let found):
          for submission in found { sources[submission.id] = file.path }
          submissions += found
        case .failure(let failure) where failure.message.hasSuffix(Pipeline.emptyMessage):
          skipped.append(SkippedFile(path: file.path, reason: .empty, detail: "nothing to grade"))
          console.error("rubricate: warning: \(failure.message)")
        case .failure(let failure):
          failures.append(failure.message)
          skipped.append(SkippedFile(path: file.path, reason: .notRead, detail: failure.message))
          console.error("rubricate: \(failure.message)")
        }
      }
    }
    let analyzer = Analyzer(language: language)
    let context = analyzer.prepare(&submissions)
    let rubrics = [grader.postRubric, grader.commentRubric]
    // The class stage is planned before anything is graded, so that each submission's reports
    // are written as soon as it is graded and its analysis let go (issue 15).
    let stream: ClassStream
    do {
      stream = try ClassStream(
        submissions: submissions, rubrics: rubrics, roster: classFiles.roster,
        rule: classFiles.rule, overrides: classFiles.overrides,
        formats: arguments.all("--format").isEmpty ? defaultFormats : arguments.all("--format"),
        timestamp: arguments.flag("--timestamp")
          ? ISO8601DateFormatter().string(from: Date()) : nil,
        sources: sources)
    } catch {
      console.error("rubricate: \(Pipeline.describe(error))")
      return .usage
    }
    for issue in stream.plan.nameIssues { console.error("rubricate: \(issue.message)") }
    let missingIDs = arguments.value("--gradebook") == nil ? [] : stream.plan.studentsWithoutID
    for student in missingIDs {
      console.error(
        "rubricate: gradebook: \(student.name) has no ID; the LMS cannot import that row "
          + "(pass --roster)")
    }
    var drafts: [RevisionBatch.Entry]?
    if let previousPath {
      do {
        drafts = try PreviousRun.load(
          previousPath, grader: grader, format: format, jobs: jobs, console: console,
          language: language)
      } catch {
        console.error("rubricate: \(Pipeline.describe(error))")
        return .usage
      }
    }
    var run = GradeRun(
      stream: stream, submissions: SubmissionSlots(submissions, keep: drafts != nil),
      analyzer: analyzer, context: context, grader: grader, jobs: jobs)
    submissions = []
    var revisions: RevisionBatch?
    if let drafts {
      // Only the versions that count are finals; a superseded one pairs with nothing.
      let batch = RevisionBatch(finals: run.finals(), drafts: drafts)
      revisions = batch
      run.stream = stream.comparing(batch)
    }
    let grades: ClassGrades
    let results: [SubmissionResult]
    do {
      let directory = try OutputDirectory(
        path: outPath, protecting: files.filter { $0.path != "-" }.map(\.path))
      let written = try run.write(to: directory)
      results = written.retained
      for message in written.failures { console.error("rubricate: \(message)") }
      failures += written.failures
      let output = try run.stream.finish(written.retained)
      grades = output.grades
      try writeClassFiles(
        output, rubrics: rubrics, directory: directory, arguments: arguments, console: console,
        skipped: skipped)
    } catch {
      console.error("rubricate: \(Pipeline.describe(error))")
      return .failure
    }
    if !quiet {
      console.write(SummaryTable.render(grades))
      if !skipped.isEmpty { console.write(GradeInputs.summary(skipped, outPath: outPath)) }
      if let path = classFiles.rosterPath {
        console.line(
          "Roster: \(path) (\(Plural.count(grades.roster?.entries.count ?? 0, "student")))")
      }
      console.line(
        "\(Plural.count(grades.students.count, "student")), "
          + "\(grades.students.filter(\.late).count) late, "
          + "\(grades.students.filter(\.missing).count) missing; \(grades.rule.summary)")
      console.line(
        "Reports for \(Plural.count(results.count, "submission")) written to \(outPath)/")
      if let revisions { console.write(RevisionSummary.render(revisions, results: results)) }
    }
    if !failures.isEmpty {
      console.error(
        "rubricate: \(Plural.count(failures.count, "file")) could not be read:")
      for failure in failures { console.error("  \(failure)") }
      return .failure
    }
    if arguments.flag("--strict"),
      results.contains(where: { $0.criteria.contains(where: \.isLowestLevel) })
    {
      console.error("rubricate: --strict: some criteria got their lowest level")
      return .failure
    }
    if arguments.flag("--strict"), !missingIDs.isEmpty {
      console.error(
        "rubricate: --strict: \(Plural.count(missingIDs.count, "gradebook row")) "
          + (missingIDs.count == 1 ? "has" : "have") + " no ID")
      return .failure
    }
    return .success
  }

  /// The language options and rubrics that `check` and `diff` read, as `grade` does.
  static func loadGrading(
    _ arguments: ParsedArguments
  ) throws -> (language: LanguageOptions, grader: Grader) {
    let language = try LanguageFlags.options(arguments)
    return (language, try loadRubrics(arguments))
  }

  static func loadRubrics(_ arguments: ParsedArguments) throws -> Grader {
    let post =
      try arguments.value("--rubric").map(RubricFiles.load) ?? Rubric.defaultRubric(for: .post)
    let comment =
      try arguments.value("--comment-rubric").map(RubricFiles.load)
      ?? Rubric.defaultRubric(for: .comment)
    if post.appliesTo != .post {
      throw CommandError.message(
        "\(arguments.value("--rubric") ?? ""): appliesTo: this rubric grades \(post.appliesTo.rawValue)s; pass it with --comment-rubric"
      )
    }
    if comment.appliesTo != .comment {
      throw CommandError.message(
        "\(arguments.value("--comment-rubric") ?? ""): appliesTo: this rubric grades \(comment.appliesTo.rawValue)s; pass it with --rubric"
      )
    }
    return Grader(postRubric: post, commentRubric: comment)
  }

  /// Writes `skipped.csv`, the class files and the gradebook, once every submission's reports
  /// and `results.jsonl` are written.
  static func writeClassFiles(
    _ output: ClassOutput, rubrics: [Rubric], directory: OutputDirectory,
    arguments: ParsedArguments, console: Console, skipped: [SkippedFile]
  ) throws {
    try directory.write(SkippedCSV.render(skipped), to: "skipped.csv")
    let title = arguments.value("--assignment") ?? "Class report"
    let unreadable = skipped.filter(\.needsAttention).map {
      ClassAttention.UnreadableFile(path: $0.path, reason: $0.reason.rawValue, detail: $0.detail)
    }
    // The two files at once: everything else of the run is done, and a class of 2,000 takes
    // tens of milliseconds over each.
    let files = parallelMap([false, true], jobs: Options.jobs(arguments)) { isReport in
      isReport
        ? output.reportFile(rubrics: rubrics, title: title, unreadable: unreadable)
        : output.summaryFile(rubrics: rubrics)
    }
    for (name, content) in files {
      switch content {
      case .text(let text): try directory.write(text, to: name)
      case .bytes(let bytes): try directory.write(bytes, to: name)
      }
    }
    guard let kind = arguments.value("--gradebook") else { return }
    var worksheet: String?
    if let path = arguments.value("--moodle-worksheet"), kind == "moodle" {
      guard let data = FileManager.default.contents(atPath: path) else {
        throw CommandError.message("\(path): no such worksheet file")
      }
      worksheet = String(decoding: data, as: UTF8.self)
    }
    do {
      let book = try output.gradebook(
        kind: kind, assignment: arguments.value("--assignment") ?? "Rubricate",
        worksheet: worksheet)
      try directory.write(book.text, to: book.name)
      for name in book.unmatched {
        console.error(
          "rubricate: \(name) is not in the Moodle worksheet; left out of the gradebook")
      }
    } catch let error as GradebookError {
      throw CommandError.message(
        "\(arguments.value("--moodle-worksheet") ?? "worksheet"): \(error.localizedDescription)")
    }
  }
}

/// What `grade --previous` adds to the run summary: pairs, and what could not be paired.
enum RevisionSummary {
  static func render(_ batch: RevisionBatch, results: [SubmissionResult]) -> String {
    let names = Dictionary(
      results.map { ($0.submission.id, StudentLabel.name($0.submission)) },
      uniquingKeysWith: { first, _ in first })
    var lines = ["Compared with drafts: \(batch.revisions.count) paired"]
    if !batch.unpairedFinals.isEmpty {
      lines.append(
        "  no draft found for: "
          + batch.unpairedFinals.map { names[$0] ?? $0 }.joined(separator: ", "))
    }
    if !batch.unpairedDrafts.isEmpty {
      lines.append("  drafts with no final: " + batch.unpairedDrafts.joined(separator: ", "))
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
