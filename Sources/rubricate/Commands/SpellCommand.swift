import Foundation
import RubricateKit

/// `rubricate spell`: the misspelled words of a text or a word list, one JSON line each.
enum SpellCommand: Subcommand {
  static let spec = CommandSpec(
    name: "spell",
    abstract: "Check the spelling of a text or word list (FILE or '-' for standard input).",
    positionalUsage: "FILE|-", minPositionals: 1, maxPositionals: 1,
    options: LanguageFlags.specs,
    discussion: """
      Prints one JSON object per flagged word: {"end", "start", "suggestions", "text"}, where
      start and end count Unicode scalars into the input. Names (capitalised words inside a
      sentence), acronyms, numbers, URLs and words in quotation marks are never flagged.
      """)

  static func run(_ arguments: ParsedArguments, console: Console) -> ExitStatus {
    let path = arguments.positionals[0]
    do {
      let options = try LanguageFlags.options(arguments)
      let bytes = try InputFiles.read(InputFile(path: path, name: path))
      let submissions = try SourceReader.read(bytes: bytes, name: path, format: .text)
      let document = submissions.first?.document ?? Document(text: "")
      for finding in LanguageAnalyzer.spelling(in: document, options: options) {
        console.line(try JSONOutput.encode(SpellingRecord(finding), pretty: false))
      }
      return .success
    } catch {
      console.error("rubricate: \(Pipeline.describe(error))")
      return .failure
    }
  }
}
