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
    let read = parallelMap(files, jobs: jobs) { file -> Result<[Submission], ReadFailure> in
      defer { progress.advance() }
      do {
        return .success(try Pipeline.read(file, format: format, refusingEmpty: true))
      } catch {
        return .failure(ReadFailure(file: file.path, message: Pipeline.describe(error)))
      }
    }
    progress.finish()
    var submissions: [Submission] = []
    var sources: [String: String] = [:]
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
    let analyzer = Analyzer(language: language)
    let context = analyzer.prepare(&submissions)
    let results = parallelMap(submissions, jobs: jobs) { submission in
      grader.grade(analyzer.analyze(submission, context: context))
    }
    let grades: ClassGrades
    do {
      grades = try ClassGrades.build(
        results: results, rubrics: [grader.postRubric, grader.commentRubric],
        roster: classFiles.roster, rule: classFiles.rule, overrides: classFiles.overrides)
    } catch {
      console.error("rubricate: \(Pipeline.describe(error))")
      return .usage
    }
    for issue in grades.nameIssues { console.error("rubricate: \(issue.message)") }
    let missingIDs = arguments.value("--gradebook") == nil ? [] : grades.studentsWithoutID
    for student in missingIDs {
      console.error(
        "rubricate: gradebook: \(student.name) has no ID; the LMS cannot import that row "
          + "(pass --roster)")
    }
    var revisions: RevisionBatch?
    if let previousPath {
      do {
        let drafts = try PreviousRun.load(
          previousPath, grader: grader, format: format, jobs: jobs, console: console,
          language: language)
        // Only the versions that count are finals; a superseded one pairs with nothing.
        let finals = PreviousRun.entries(
          grades.entries.filter { $0.status == .graded }.map(\.result), sources: sources)
        revisions = RevisionBatch(finals: finals, drafts: drafts)
      } catch {
        console.error("rubricate: \(Pipeline.describe(error))")
        return .usage
      }
    }
    do {
      let reportFailures = try writeReports(
        grades, grader: grader, sources: sources, arguments: arguments, outPath: outPath,
        console: console, jobs: jobs,
        protecting: files.filter { $0.path != "-" }.map(\.path), skipped: skipped,
        revisions: revisions)
      for message in reportFailures { console.error("rubricate: \(message)") }
      failures += reportFailures
    } catch {
      console.error("rubricate: \(Pipeline.describe(error))")
      return .failure
    }
    if !quiet {
      console.write(SummaryTable.render(grades))
      if !skipped.isEmpty { console.write(GradeInputs.summary(skipped, outPath: outPath)) }
      if let path = classFiles.rosterPath {
        console.line("Roster: \(path) (\(grades.roster?.entries.count ?? 0) students)")
      }
      console.line(
        "\(grades.students.count) students, \(grades.students.filter(\.late).count) late, "
          + "\(grades.students.filter(\.missing).count) missing; \(grades.rule.summary)")
      console.line("Reports for \(results.count) submissions written to \(outPath)/")
      if let revisions { console.write(RevisionSummary.render(revisions, results: results)) }
    }
    if !failures.isEmpty {
      console.error("rubricate: \(failures.count) file(s) could not be read:")
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
      console.error("rubricate: --strict: \(missingIDs.count) gradebook row(s) have no ID")
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

  /// Writes every report and class file; returns the reports that could not be written (one
  /// such report is listed, and the class files are still written).
  static func writeReports(
    _ grades: ClassGrades, grader: Grader, sources: [String: String],
    arguments: ParsedArguments, outPath: String, console: Console, jobs: Int,
    protecting inputs: [String] = [], skipped: [SkippedFile] = [],
    revisions: RevisionBatch? = nil
  ) throws -> [String] {
    let directory = try OutputDirectory(path: outPath, protecting: inputs)
    let output = ClassOutput(
      grades: grades,
      formats: arguments.all("--format").isEmpty ? defaultFormats : arguments.all("--format"),
      timestamp: arguments.flag("--timestamp") ? ISO8601DateFormatter().string(from: Date()) : nil,
      sources: sources, revisions: revisions)
    @Sendable func write(_ files: [(name: String, content: ClassOutput.Content)]) throws {
      for (name, content) in files {
        switch content {
        case .text(let text): try directory.write(text, to: name)
        case .bytes(let bytes): try directory.write(bytes, to: name)
        }
      }
    }
    // Each worker writes one submission's reports and returns its results.jsonl line.
    let rendered = parallelMap(Array(grades.entries.indices), jobs: jobs) {
      index -> Result<(line: [UInt8], failure: String?), CommandError> in
      let rendered: (files: [(name: String, content: ClassOutput.Content)], line: [UInt8])
      do {
        rendered = try output.submissionFiles(index)
      } catch {
        return .failure(CommandError.message(Pipeline.describe(error)))
      }
      do {
        try write(rendered.files)
        return .success((rendered.line, nil))
      } catch {
        return .success((rendered.line, Pipeline.describe(error)))
      }
    }
    var lines: [UInt8] = []
    var reportFailures: [String] = []
    for outcome in rendered {
      switch outcome {
      case .success(let written):
        lines += written.line
        lines.append(0x0A)
        if let failure = written.failure { reportFailures.append(failure) }
      case .failure(let error): throw error
      }
    }
    try directory.write(SkippedCSV.render(skipped), to: "skipped.csv")
    try directory.write(lines, to: "results.jsonl")
    try write(
      output.classFiles(
        rubrics: [grader.postRubric, grader.commentRubric],
        title: arguments.value("--assignment") ?? "Class report",
        unreadable: skipped.filter(\.needsAttention).map {
          ClassAttention.UnreadableFile(
            path: $0.path, reason: $0.reason.rawValue, detail: $0.detail)
        }))
    guard let kind = arguments.value("--gradebook") else { return reportFailures }
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
    return reportFailures
  }
}

/// The short table `grade` prints.
enum SummaryTable {
  static func render(_ grades: ClassGrades) -> String {
    var lines = ["Student".padded(to: 28) + "Kind".padded(to: 9) + "Points".padded(to: 12) + "%"]
    for entry in grades.entries where entry.status == .graded {
      let result = entry.result
      let name = grades.students[entry.student].name
      let shown = name.count > 26 ? String(name.prefix(25)) + "…" : name
      lines.append(
        shown.padded(to: 28) + result.submission.kind.rawValue.padded(to: 9)
          + "\(MeasureValue.plain(result.points))/\(MeasureValue.plain(result.maximumPoints))"
          .padded(to: 12)
          + MeasureValue.decimal(result.percentage))
    }
    return lines.joined(separator: "\n") + "\n"
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
