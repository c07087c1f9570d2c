import Foundation
import RubricateKit

/// `rubricate calibrate`: how far the rubric agrees with a teacher's hand grades, and a
/// calibrated rubric that agrees better. The figures come from the `Calibration` stage; this
/// command reads the files, matches the grades to submissions and writes the reports.
enum CalibrateCommand: Subcommand {
  static let spec = CommandSpec(
    name: "calibrate",
    abstract: "Compare the rubric with a teacher's hand grades; write a calibrated rubric.",
    positionalUsage: "PATH...", minPositionals: 1, maxPositionals: nil,
    options: [
      OptionSpec(
        name: "--grades", valueName: "GRADES.csv",
        help:
          "The teacher's grades: file (or student, id), then score and/or one column per criterion."
      ),
      OptionSpec(
        name: "--rubric", valueName: "FILE", help: "Rubric for posts (default: built-in blog-post)."
      ),
      OptionSpec(
        name: "--out", short: "-o", valueName: "DIR",
        help: "Folder for calibration.md, .html and .json (default: Reports)."),
      OptionSpec(
        name: "--write-rubric", valueName: "FILE",
        help: "Write the calibrated rubric here (for grade --rubric FILE)."),
      Options.jobs,
      Options.inputFormat,
      OptionSpec(name: "--quiet", short: "-q", help: "Print nothing but errors."),
    ] + LanguageFlags.specs,
    discussion: """
      Reads the submissions under the paths like grade, and the teacher's grades from
      GRADES.csv: a header row, a column 'file' (a submission's file name), 'student' or 'id',
      then 'score' (a holistic grade on any numeric scale) and/or one column per criterion id
      holding a level name or points. Canvas gradebook and rubric-assessment exports are read
      too. Figures are cross-validated (leave-one-out up to 30 graded submissions, else 10
      folds by file order), never the fit to the same grades. Exit status: 0 done; 1 a file
      could not be read; 2 usage, rubric or grades error.
      """)

  static func run(_ arguments: ParsedArguments, console: Console) -> ExitStatus {
    guard let gradesPath = arguments.value("--grades") else {
      console.error(
        "rubricate: calibrate needs --grades GRADES.csv (the teacher's grades: file,score)")
      return .usage
    }
    let rubric: Rubric
    let language: LanguageOptions
    do {
      language = try LanguageFlags.options(arguments)
      rubric =
        try arguments.value("--rubric").map(RubricFiles.load)
        ?? Rubric.defaultRubric(for: .post)
    } catch {
      console.error("rubricate: \(Pipeline.describe(error))")
      return .usage
    }
    guard let data = FileManager.default.contents(atPath: gradesPath) else {
      console.error("rubricate: \(gradesPath): no such grades file")
      return .usage
    }
    let outPath = arguments.value("--out") ?? "Reports"
    let format = InputFormat(rawValue: arguments.value("--input-format") ?? "auto") ?? .auto
    let scan = InputFiles.scan(arguments.positionals, excluding: [outPath])
    var failures = scan.errors
    for message in scan.errors { console.error("rubricate: \(message)") }
    let read = parallelMap(scan.files, jobs: Options.jobs(arguments)) {
      file -> Result<[Submission], ReadFailure> in
      do {
        return .success(try Pipeline.read(file, format: format))
      } catch {
        return .failure(ReadFailure(file: file.path, message: Pipeline.describe(error)))
      }
    }
    var submissions: [Submission] = []
    var sources: [String: String] = [:]
    for (file, outcome) in zip(scan.files, read) {
      switch outcome {
      case .success(let found):
        for submission in found where submission.kind == rubric.appliesTo {
          sources[submission.id] = file.path
          submissions.append(submission)
        }
      case .failure(let failure):
        failures.append(failure.message)
        console.error("rubricate: \(failure.message)")
      }
    }
    let graded: [GradedSubmission]
    do {
      let grades = try TeacherGrades.parse(
        String(decoding: data, as: UTF8.self), file: gradesPath, criteria: rubric.criteria)
      let matched = try match(grades, submissions, sources: sources, file: gradesPath)
      let analyzer = Analyzer(language: language)
      var chosen = matched.map(\.submission)
      let context = analyzer.prepare(&chosen)
      let evaluator = Evaluator(rubric: rubric)
      let fitter = ModelFitter.standard(for: rubric.appliesTo)
      // Every measure for the kind: the model uses a few, the report ranks them all.
      let measures = Set(
        fitter.features.map(\.measure)
          + MeasureRegistry.all.filter { $0.appliesTo.contains(rubric.appliesTo) }.map(\.id))
      graded = try parallelMap(Array(zip(matched, chosen)), jobs: Options.jobs(arguments)) {
        pair in
        let analysis = analyzer.analyze(pair.1, context: context)
        let values = Dictionary(
          MeasureRegistry.all.filter { measures.contains($0.id) }.map {
            ($0.id, $0.evaluate(analysis).value)
          }, uniquingKeysWith: { first, _ in first })
        return (pair.0.row, evaluator.evaluate(analysis), values)
      }.map { row, result, values throws(CalibrationError) in
        var criteria: [String: Double] = [:]
        for (id, text) in row.criteria {
          guard let criterion = rubric.criteria.first(where: { $0.id == id }) else { continue }
          criteria[id] = try TeacherGrades.points(
            text, criterion: criterion, file: gradesPath, line: row.line)
        }
        return GradedSubmission(
          name: row.key, result: result, values: values, teacherScore: row.score,
          teacherCriteria: criteria)
      }
    } catch {
      console.error("rubricate: \(Pipeline.describe(error))")
      return .usage
    }
    guard graded.count >= 3 else {
      console.error(
        "rubricate: \(gradesPath): \(graded.count) graded submission(s); calibration needs at least 3"
      )
      return .usage
    }
    let report = Calibration.run(
      rubric: rubric, graded: graded, fitter: ModelFitter.standard(for: rubric.appliesTo))
    do {
      let directory = try OutputDirectory(
        path: outPath, protecting: scan.files.map(\.path) + [gradesPath])
      try directory.write(report.markdown(), to: "calibration.md")
      try directory.write(report.html(), to: "calibration.html")
      try directory.write(try JSONWriter.pretty(report) + "\n", to: "calibration.json")
      if let path = arguments.value("--write-rubric") {
        let calibrated = Calibration.calibratedRubric(rubric, report: report)
        try calibrated.jsonText().write(toFile: path, atomically: true, encoding: .utf8)
      }
    } catch {
      console.error("rubricate: \(Pipeline.describe(error))")
      return .failure
    }
    if !arguments.flag("--quiet") {
      console.write(
        summary(report, outPath: outPath, rubricPath: arguments.value("--write-rubric")))
    }
    if !failures.isEmpty {
      console.error("rubricate: \(failures.count) file(s) could not be read")
      return .failure
    }
    return .success
  }

  /// The short account printed after a run.
  static func summary(_ report: CalibrationReport, outPath: String, rubricPath: String?) -> String {
    var lines = ["Calibrated on \(report.graded) graded submissions (\(report.validation))."]
    if let total = report.rubricTotal {
      lines.append("  rubric as it is:   QWK \(MeasureValue.plain(total.qwk))")
    }
    if let model = report.model {
      lines.append(
        "  calibrated model:  QWK \(MeasureValue.plain(model.qwk)) ± \(MeasureValue.plain(report.modelQWKError ?? 0)) (held out)"
      )
    }
    for warning in report.warnings { lines.append("  warning: \(warning)") }
    lines.append("Report written to \(outPath)/calibration.html, .md and .json")
    if let rubricPath { lines.append("Calibrated rubric written to \(rubricPath)") }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Each grades row with the submission it names; an unknown or twice-named one is an error
  /// naming its line.
  static func match(
    _ grades: TeacherGrades, _ submissions: [Submission], sources: [String: String], file: String
  ) throws(CalibrationError) -> [(row: TeacherGrades.Row, submission: Submission)] {
    var byKey: [String: [Int]] = [:]
    func add(_ key: String?, _ index: Int) {
      guard let key, !key.isEmpty else { return }
      let folded = key.lowercased()
      if byKey[folded]?.contains(index) != true { byKey[folded, default: []].append(index) }
    }
    for (index, submission) in submissions.enumerated() {
      switch grades.key {
      case .file:
        let path = sources[submission.id] ?? submission.id
        add(path, index)
        add(URL(fileURLWithPath: path).lastPathComponent, index)
        add(submission.id, index)
      case .student:
        add(submission.student?.name, index)
        add(submission.author, index)
        add(submission.student?.userId, index)
      case .id:
        add(submission.student?.userId, index)
      }
    }
    var used: [Int: Int] = [:]
    var result: [(row: TeacherGrades.Row, submission: Submission)] = []
    for row in grades.rows {
      var found = byKey[row.key.lowercased()] ?? []
      if found.isEmpty, let alternate = row.alternateID {
        found = byKey[alternate.lowercased()] ?? []
      }
      guard let index = found.first else {
        let names = submissions.map {
          URL(fileURLWithPath: sources[$0.id] ?? $0.id).lastPathComponent
        }
        throw CalibrationError(
          "\(file):\(row.line): no submission '\(row.key)' under the paths\(Suggestion.phrase(for: row.key, in: names))"
        )
      }
      if found.count > 1 {
        throw CalibrationError(
          "\(file):\(row.line): '\(row.key)' names \(found.count) submissions; use the file column")
      }
      if let line = used[index] {
        throw CalibrationError(
          "\(file):\(row.line): '\(row.key)' was already graded on line \(line)")
      }
      used[index] = row.line
      result.append((row, submissions[index]))
    }
    return result
  }
}
