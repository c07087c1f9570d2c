import Foundation
import RubricateKit

/// `rubricate references`: a document's reference list, or one entry per input line, parsed.
enum ReferencesCommand: Subcommand {
  static let spec = CommandSpec(
    name: "references",
    abstract: "Parse the reference list of a file, or each line with --entries.",
    positionalUsage: "FILE|-", minPositionals: 1, maxPositionals: 1,
    options: [
      OptionSpec(name: "--entries", help: "Parse each non-empty input line as one entry."),
      OptionSpec(
        name: "--format", valueName: "FORMAT", allowed: ["json", "text"],
        help: "JSON Lines, one object per entry (default), or text."),
      Options.inputFormat,
    ])

  static func run(_ arguments: ParsedArguments, console: Console) -> ExitStatus {
    let path = arguments.positionals[0]
    let file = InputFile(path: path, name: path)
    let asText = arguments.value("--format") == "text"
    do {
      let entries: [ReferenceEntry]
      if arguments.flag("--entries") {
        let bytes = try InputFiles.read(file)
        let submissions = try SourceReader.read(bytes: bytes, name: path, format: .text)
        let document = submissions.first?.document ?? Document(text: "")
        entries = document.nonEmptyLines().map {
          ReferenceParser.parse(document: document, span: $0)
        }
      } else {
        let format = InputFormat(rawValue: arguments.value("--input-format") ?? "auto") ?? .auto
        let submissions = try Pipeline.read(file, format: format)
        entries = Analyzer().analyze(submissions).filter { $0.submission.kind == .post }
          .flatMap(\.citations.references)
      }
      for entry in entries {
        console.line(
          asText ? ReferenceListing.render(entry) : try JSONOutput.encode(entry, pretty: false))
      }
      return .success
    } catch {
      console.error("rubricate: \(Pipeline.describe(error))")
      return .failure
    }
  }
}
