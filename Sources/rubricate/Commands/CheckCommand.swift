import RubricateKit

enum CheckCommand: Subcommand {
  static let spec = CommandSpec(
    name: "check", abstract: "(not yet)", positionalUsage: "", minPositionals: 0,
    maxPositionals: nil, options: [])

  static func run(_ arguments: ParsedArguments, console: Console) -> ExitStatus {
    .usage
  }
}
