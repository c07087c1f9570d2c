import Foundation
import RubricateKit

/// `rubricate check`: grade one file and print its report, for a student checking a draft.
enum CheckCommand: Subcommand {
  static let spec = CommandSpec(
    name: "check", abstract: "Grade one file and print its report (a student checking a draft).",
    positionalUsage: "FILE|-", minPositionals: 1, maxPositionals: 1,
    options: [
      OptionSpec(name: "--rubric", valueName: "FILE", help: "Rubric for posts."),
      OptionSpec(name: "--comment-rubric", valueName: "FILE", help: "Rubric for comments."),
      OptionSpec(
        name: "--format", valueName: "FORMAT", allowed: ["text", "markdown", "json"],
        help: "Report format (default: text)."),
      Options.inputFormat,
    ])

  static func run(_ arguments: ParsedArguments, console: Console) -> ExitStatus {
    let grader: Grader
    do {
      grader = try GradeCommand.loadRubrics(arguments)
    } catch {
      console.error("rubricate: \(Pipeline.describe(error))")
      return .usage
    }
    let path = arguments.positionals[0]
    let format = InputFormat(rawValue: arguments.value("--input-format") ?? "auto") ?? .auto
    do {
      let file = InputFile(path: path, name: path)
      let submissions: [Submission]
      do {
        submissions = try Pipeline.read(file, format: format, refusingEmpty: true)
      } catch let error as CommandError where error.description.hasSuffix(Pipeline.emptyMessage) {
        // A student checking an empty draft still sees the report, after a warning.
        console.error("rubricate: warning: \(Pipeline.describe(error))")
        submissions = try Pipeline.read(file, format: format)
      }
      let results = Analyzer().analyze(submissions).map(grader.grade)
      let comments = Grader.comments(in: results)
      for result in results {
        let own = result.submission.kind == .post ? comments[result.submission.id] ?? [] : []
        switch arguments.value("--format") ?? "text" {
        case "markdown": console.write(MarkdownReporter.render(result, comments: own))
        case "json":
          console.line(try JSONOutput.encode(ResultRecord(result, source: path), pretty: true))
        default:
          // The reporter escapes text from the file itself, then adds its own colours.
          console.writeVerbatim(TextReporter.render(result, comments: own, color: console.useColor))
        }
      }
      return .success
    } catch {
      console.error("rubricate: \(Pipeline.describe(error))")
      return .failure
    }
  }
}
