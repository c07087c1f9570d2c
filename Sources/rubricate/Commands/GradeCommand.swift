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
      OptionSpec(name: "--strict", help: "Exit 1 when any criterion got its lowest level."),
      OptionSpec(name: "--timestamp", help: "Write the grading time into reports."),
    ] + LanguageFlags.specs,
    discussion: """
      Reads .txt, .md, .html and .xml files (README files are skipped), grades posts with the
      post rubric and comments with the comment rubric, and writes one report per submission
      and format, class-summary.csv and results.jsonl into the report folder. Input files are
      never modified. Exit status: 0 all graded; 1 some file could not be read (or --strict
      found a lowest level); 2 usage or rubric error (nothing graded).
      """)

  static func run(_ arguments: ParsedArguments, console: Console) -> ExitStatus {
    let grader: Grader
    let language: LanguageOptions
    do {
      language = try LanguageFlags.options(arguments)
      grader = try loadRubrics(arguments)
    } catch {
      console.error("rubricate: \(Pipeline.describe(error))")
      return .usage
    }
    let outPath = arguments.value("--out") ?? "Reports"
    let format = InputFormat(rawValue: arguments.value("--input-format") ?? "auto") ?? .auto
    let jobs = Options.jobs(arguments)
    let quiet = arguments.flag("--quiet")
    let (files, missing) = InputFiles.collect(arguments.positionals, excluding: [outPath])
    var failures = missing
    for message in missing { console.error("rubricate: \(message)") }

    let progress = Progress(
      total: files.count, console: console,
      enabled: console.errorIsTerminal && !quiet && !arguments.flag("--no-progress"))
    let read = parallelMap(files, jobs: jobs) { file -> Result<[Submission], ReadFailure> in
      defer { progress.advance() }
      do {
        return .success(try Pipeline.read(file, format: format))
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
      case .failure(let failure):
        failures.append(failure.message)
        console.error("rubricate: \(failure.message)")
      }
    }
    let analyzer = Analyzer(language: language)
    let context = analyzer.prepare(&submissions)
    let results = parallelMap(submissions, jobs: jobs) { submission in
      grader.grade(analyzer.analyze(submission, context: context))
    }
    do {
      try writeReports(
        results, grader: grader, sources: sources, arguments: arguments, outPath: outPath,
        console: console, jobs: jobs)
    } catch {
      console.error("rubricate: \(Pipeline.describe(error))")
      return .failure
    }
    if !quiet {
      console.write(SummaryTable.render(results))
      console.line("Reports for \(results.count) submissions written to \(outPath)/")
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
    return .success
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

  static func writeReports(
    _ results: [SubmissionResult], grader: Grader, sources: [String: String],
    arguments: ParsedArguments, outPath: String, console: Console, jobs: Int
  ) throws {
    let directory = try OutputDirectory(path: outPath)
    let timestamp =
      arguments.flag("--timestamp") ? ISO8601DateFormatter().string(from: Date()) : nil
    let formats = arguments.all("--format").isEmpty ? defaultFormats : arguments.all("--format")
    let stems = StudentLabel.uniqueStems(results.map(\.submission))
    let comments = Grader.comments(in: results)
    let indices = Array(results.indices)
    // Each worker renders one submission's reports and its results.jsonl line.
    let rendered = parallelMap(indices, jobs: jobs) { index -> Result<[UInt8], CommandError> in
      let result = results[index]
      let own = result.submission.kind == .post ? comments[result.submission.id] ?? [] : []
      do {
        let record = ResultRecord(
          result, source: sources[result.submission.id] ?? "", gradedAt: timestamp)
        let line = try JSONWriter.compactBytes(record)
        for format in Set(formats).sorted() {
          switch format {
          case "markdown":
            try directory.write(
              MarkdownReporter.render(result, comments: own, timestamp: timestamp),
              to: "\(stems[index]).md")
          case "html":
            try directory.write(
              HTMLReporter.render(result, comments: own), to: "\(stems[index]).html")
          case "text":
            try directory.write(
              TextReporter.render(result, comments: own, timestamp: timestamp),
              to: "\(stems[index]).txt")
          default:
            try directory.write(JSONWriter.indented(line) + [0x0A], to: "\(stems[index]).json")
          }
        }
        return .success(line)
      } catch {
        return .failure(CommandError.message(Pipeline.describe(error)))
      }
    }
    var lines: [UInt8] = []
    for outcome in rendered {
      switch outcome {
      case .success(let line):
        lines += line
        lines.append(0x0A)
      case .failure(let error): throw error
      }
    }
    try directory.write(
      ClassSummaryCSV.render(results, rubrics: [grader.postRubric, grader.commentRubric]),
      to: "class-summary.csv")
    try directory.write(lines, to: "results.jsonl")
    let linkExtension =
      formats.contains("html") ? "html" : formats.contains("markdown") ? "md" : nil
    var links: [String: String] = [:]
    if let linkExtension {
      for (index, result) in results.enumerated() {
        links[result.submission.id] = "\(stems[index]).\(linkExtension)"
      }
    }
    try directory.write(
      ClassReport.render(
        results: results, title: arguments.value("--assignment") ?? "Class report",
        reportLinks: links, rubrics: [grader.postRubric, grader.commentRubric]),
      to: "class-report.html")
    if let gradebook = arguments.value("--gradebook") {
      try writeGradebook(
        gradebook, results: results, arguments: arguments, directory: directory, console: console)
    }
  }

  static func writeGradebook(
    _ kind: String, results: [SubmissionResult], arguments: ParsedArguments,
    directory: OutputDirectory, console: Console
  ) throws {
    switch kind {
    case "canvas":
      let assignment = arguments.value("--assignment") ?? "Rubricate"
      try directory.write(
        Gradebook.canvas(results: results, assignment: assignment), to: "gradebook-canvas.csv")
    case "moodle":
      var worksheet: String?
      if let path = arguments.value("--moodle-worksheet") {
        guard let data = FileManager.default.contents(atPath: path) else {
          throw CommandError.message("\(path): no such worksheet file")
        }
        worksheet = String(decoding: data, as: UTF8.self)
      }
      do {
        try directory.write(
          try Gradebook.moodle(results: results, worksheet: worksheet), to: "gradebook-moodle.csv")
      } catch let error as GradebookError {
        throw CommandError.message(
          "\(arguments.value("--moodle-worksheet") ?? "worksheet"): \(error)")
      }
      if let worksheet {
        for name in (try? Gradebook.moodleUnmatched(results: results, worksheet: worksheet)) ?? [] {
          console.error(
            "rubricate: \(name) is not in the Moodle worksheet; left out of the gradebook")
        }
      }
    default:
      try directory.write(Gradebook.plain(results: results), to: "gradebook.csv")
    }
  }
}

/// The short table `grade` prints.
enum SummaryTable {
  static func render(_ results: [SubmissionResult]) -> String {
    var lines = ["Student".padded(to: 28) + "Kind".padded(to: 9) + "Points".padded(to: 12) + "%"]
    for result in results {
      let name = StudentLabel.name(result.submission)
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
