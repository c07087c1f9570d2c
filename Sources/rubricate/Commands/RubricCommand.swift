import Foundation
import RubricateKit

/// `rubricate rubric check|export|import`: validate a rubric, move it to and from Canvas.
enum RubricCommand: Subcommand {
  static let spec = CommandSpec(
    name: "rubric", abstract: "Check a rubric, or convert it to and from Canvas's rubric CSV.",
    positionalUsage: "check|export|import FILE", minPositionals: 2, maxPositionals: 2,
    options: [
      OptionSpec(name: "--canvas", help: "Canvas rubric CSV (export and import).")
    ],
    discussion: """
      rubric check FILE            Validate a rubric; prints every problem with its line.
      rubric export --canvas FILE  Write the rubric as Canvas rubric import CSV to stdout.
      rubric import --canvas CSV   Write a rubric skeleton (JSON) from a Canvas CSV to stdout;
                                   each criterion's measure and levels' 'when' are left to fill.
      """)

  static let actions = ["check", "export", "import"]

  static func run(_ arguments: ParsedArguments, console: Console) -> ExitStatus {
    let action = arguments.positionals[0]
    let path = arguments.positionals[1]
    guard actions.contains(action) else {
      console.error(
        "rubricate: unknown rubric action '\(action)'\(Suggestion.phrase(for: action, in: actions)) (see 'rubricate rubric --help')"
      )
      return .usage
    }
    if action != "check", !arguments.flag("--canvas") {
      console.error("rubricate: rubric \(action) needs --canvas (the only LMS format so far)")
      return .usage
    }
    do {
      switch action {
      case "check":
        let rubric = try RubricFiles.load(path)
        console.line(
          "\(path): OK: '\(rubric.title)' for \(rubric.appliesTo.rawValue)s, \(Plural.count(rubric.criteria.count, "criterion", "criteria")), \(Plural.count(rubric.maximumPoints, "point"))"
        )
      case "export":
        console.write(CanvasRubricCSV.export(try RubricFiles.load(path)))
      default:
        guard let data = FileManager.default.contents(atPath: path) else {
          throw CommandError.message("\(path): no such file")
        }
        let rubric = try CanvasRubricCSV.importRubric(
          String(decoding: data, as: UTF8.self), file: path)
        console.write(rubric.jsonText())
        for message in CanvasRubricCSV.rangesToFill(rubric) {
          console.error("rubricate: warning: \(path): \(message)")
        }
        console.error(
          "rubricate: \(path): imported \(Plural.count(rubric.criteria.count, "criterion", "criteria")); fill in each criterion's \"measure\" (see 'rubricate measures') and each level's \"when\" range, then run 'rubricate rubric check'"
        )
      }
      return .success
    } catch {
      console.error("rubricate: \(Pipeline.describe(error))")
      return .usage
    }
  }
}
