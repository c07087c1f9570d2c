import RubricateKit

/// `rubricate segments`: each recognised part of a file, its line range and the rule behind it.
enum SegmentsCommand: Subcommand {
  static let spec = CommandSpec(
    name: "segments",
    abstract: "Show how a file was taken apart: each segment's kind, lines and rule.",
    positionalUsage: "FILE|-", minPositionals: 1, maxPositionals: 1,
    options: [Options.inputFormat])

  static func run(_ arguments: ParsedArguments, console: Console) -> ExitStatus {
    let format = InputFormat(rawValue: arguments.value("--input-format") ?? "auto") ?? .auto
    let path = arguments.positionals[0]
    let file = InputFile(path: path, name: path)
    do {
      let submissions = try Pipeline.read(file, format: format)
      console.write(SegmentListing.render(submissions))
      return .success
    } catch {
      console.error("rubricate: \(Pipeline.describe(error))")
      return .failure
    }
  }
}
