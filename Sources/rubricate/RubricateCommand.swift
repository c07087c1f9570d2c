import Foundation
import RubricateKit

/// A subcommand: its declaration and what it does.
protocol Subcommand: SendableMetatype {
  static var spec: CommandSpec { get }
  static func run(_ arguments: ParsedArguments, console: Console) -> ExitStatus
}

/// A subcommand as a value, so the list of them is plain `Sendable` data.
struct SubcommandEntry: Sendable {
  var spec: CommandSpec
  var run: @Sendable (ParsedArguments, Console) -> ExitStatus

  init<C: Subcommand>(_ command: C.Type) {
    spec = command.spec
    run = { command.run($0, console: $1) }
  }
}

/// The `rubricate` command line: parses arguments and dispatches to a subcommand.
enum RubricateCommand {
  static let version = "0.1.0"

  static let subcommands: [SubcommandEntry] = [
    SubcommandEntry(AnalyzeCommand.self), SubcommandEntry(SegmentsCommand.self),
    SubcommandEntry(ReferencesCommand.self), SubcommandEntry(MeasuresCommand.self),
    SubcommandEntry(RubricCommand.self), SubcommandEntry(GradeCommand.self),
    SubcommandEntry(CheckCommand.self), SubcommandEntry(DiffCommand.self),
    SubcommandEntry(SpellCommand.self), SubcommandEntry(CalibrateCommand.self),
  ]

  static let overview = """
    OVERVIEW: Offline feedback on student blog posts and peer comments, scored against rubrics.

    USAGE: rubricate <subcommand> [options]

    SUBCOMMANDS:
    \(subcommands.map { "  " + $0.spec.name.padded(to: 12) + $0.spec.abstract }.joined(separator: "\n"))

    OPTIONS:
      --version   Show the version.
      -h, --help  Show help information.

    See 'rubricate <subcommand> --help' for a subcommand's options.

    """

  static func main(arguments: [String], environment: [String: String]) -> Int32 {
    let console = Console(environment: environment)
    let status = run(arguments, console: console)
    console.flush()
    return status
  }

  static func run(_ arguments: [String], console: Console) -> Int32 {
    guard let first = arguments.first else {
      console.write(overview)
      return ExitStatus.usage.rawValue
    }
    switch first {
    case "--help", "-h", "help":
      console.write(overview)
      return ExitStatus.success.rawValue
    case "--version":
      console.line(version)
      return ExitStatus.success.rawValue
    default:
      break
    }
    guard let command = subcommands.first(where: { $0.spec.name == first }) else {
      let isOption = first.hasPrefix("-")
      let names = isOption ? ["--version", "--help"] : subcommands.map(\.spec.name)
      let kind = isOption ? "option" : "subcommand"
      console.error(
        "rubricate: unknown \(kind) '\(first)'\(Suggestion.phrase(for: first, in: names))")
      return ExitStatus.usage.rawValue
    }
    return dispatch(command, Array(arguments.dropFirst()), console: console).rawValue
  }

  static func dispatch(
    _ command: SubcommandEntry, _ arguments: [String], console: Console
  ) -> ExitStatus {
    do {
      let parsed = try ArgumentParser.parse(arguments, spec: command.spec)
      if parsed.flag("--help") {
        console.write(HelpFormatter.help(for: command.spec))
        return .success
      }
      return command.run(parsed, console)
    } catch let error as UsageError {
      console.error(error.description)
      return .usage
    } catch {
      console.error("rubricate: \(error)")
      return .usage
    }
  }
}
