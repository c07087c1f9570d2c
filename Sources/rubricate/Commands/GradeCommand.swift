import RubricateKit

enum GradeCommand: Subcommand {
  static let spec = CommandSpec(
    name: "grade", abstract: "(not yet)", positionalUsage: "", minPositionals: 0,
    maxPositionals: nil, options: [])

  static func run(_ arguments: ParsedArguments, console: Console) -> ExitStatus {
    .usage
  }
}
