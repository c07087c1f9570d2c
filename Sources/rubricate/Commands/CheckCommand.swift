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
    ] + LanguageFlags.specs)

  static func run(_ arguments: ParsedArguments, console: Console) -> ExitStatus {
    let grader: Grader
    let language: LanguageOptions
    do {
      language = try LanguageFlags.options(arguments)
      grader = try GradeCommand.loadRubrics(arguments)
    } catch {
      console.error("rubricate: \(Pipeline.describe(error))")
      return .usage
    }
    let path = arguments.positionals[0]
    let format = InputFormat(rawValue: arguments.value("--input-format") ?? "auto") ?? .auto
    do {
      let results = Analyzer(language: language).analyze(
        try Pipeline.read(InputFile(path: path, name: path), format: format)
      )
      .map(grader.grade)
      let comments = Grader.comments(in: results)
      for result in results {
        let own = result.submission.kind == .post ? comments[result.submission.id] ?? [] : []
        switch arguments.value("--format") ?? "text" {
        case "markdown": console.write(MarkdownReporter.render(result, comments: own))
        case "json":
          console.line(try JSONOutput.encode(ResultRecord(result, source: path), pretty: true))
        default: console.write(TextReporter.render(result, comments: own, color: console.useColor))
        }
      }
      return .success
    } catch {
      console.error("rubricate: \(Pipeline.describe(error))")
      return .failure
    }
  }
}
