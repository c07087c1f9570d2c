import RubricateKit

/// `rubricate measures`: the registry, generated from the same values the engine uses.
enum MeasuresCommand: Subcommand {
  static let spec = CommandSpec(
    name: "measures", abstract: "List the measures a rubric criterion can use.",
    positionalUsage: "", minPositionals: 0, maxPositionals: 0,
    options: [
      OptionSpec(
        name: "--format", valueName: "FORMAT", allowed: ["text", "json"],
        help: "Text (default) or JSON.")
    ])

  static func run(_ arguments: ParsedArguments, console: Console) -> ExitStatus {
    if arguments.value("--format") == "json" {
      do {
        console.line(try JSONOutput.encode(MeasureCatalog.records(), pretty: true))
      } catch {
        console.error("rubricate: \(error)")
        return .failure
      }
    } else {
      console.write(MeasureCatalog.text())
    }
    return .success
  }
}
