import Foundation
import RubricateKit

/// Options several subcommands share.
enum Options {
  static let inputFormat = OptionSpec(
    name: "--input-format", valueName: "FORMAT",
    allowed: InputFormat.allCases.map(\.rawValue),
    help: "How to read the input (default: auto, by extension and content).")

  static let jobs = OptionSpec(
    name: "--jobs", short: "-j", valueName: "N",
    help: "Files processed in parallel (default: the number of cores).")

  static func jobs(_ arguments: ParsedArguments) -> Int {
    if let text = arguments.value("--jobs"), let value = Int(text), value > 0 { return value }
    return ProcessInfo.processInfo.activeProcessorCount
  }
}

/// Reading files into submissions: the part every command shares.
enum Pipeline {
  /// Files over this size are refused before they are read: a pasted log or a video, not an
  /// essay (a whole class's WordPress export is a few megabytes).
  static let maximumBytes = 32 << 20

  static func read(_ file: InputFile, format: InputFormat) throws -> [Submission] {
    let bytes = try InputFiles.read(file, limit: maximumBytes)
    do {
      return try SourceReader.read(bytes: bytes, name: file.name, format: format)
    } catch let error as InputError {
      // The reader names the file by its relative name; the user knows it by the path given.
      let message = error.description
      guard file.name != file.path, message.hasPrefix(file.name) else { throw error }
      throw CommandError.message(file.path + message.dropFirst(file.name.count))
    }
  }

  /// One line naming the file and the reason.
  static func describe(_ error: any Error) -> String {
    if let error = error as? InputError { return error.description }
    if let error = error as? CommandError { return error.description }
    if let error = error as? RubricError { return error.description }
    return "\(error)"
  }
}

/// Stable JSON: keys sorted, slashes unescaped (see ``JSONWriter``).
enum JSONOutput {
  static func encode(_ value: some Encodable, pretty: Bool) throws -> String {
    pretty ? try JSONWriter.pretty(value) : try JSONWriter.compact(value)
  }
}

/// `--dialect` and `--allow`: how the spelling check reads a class's words.
enum LanguageFlags {
  static let dialect = OptionSpec(
    name: "--dialect", valueName: "DIALECT", allowed: Dialect.names.map(\.name),
    help: "Spellings accepted: any (default), en-US, en-GB, en-CA or en-AU.")

  static let allow = OptionSpec(
    name: "--allow", valueName: "FILE",
    help: "Words the spelling check accepts (course vocabulary), one a line; # comments.")

  static let specs = [dialect, allow]

  /// The options the flags give, on top of `base` (a rubric's own `language` options).
  static func options(_ arguments: ParsedArguments, base: LanguageOptions = LanguageOptions())
    throws -> LanguageOptions
  {
    var options = base
    if let name = arguments.value("--dialect"), let dialect = Dialect(name: name) {
      options.dialect = dialect
    }
    if let path = arguments.value("--allow") {
      let bytes = try InputFiles.read(InputFile(path: path, name: path))
      let text = String(decoding: bytes, as: UTF8.self)
      options.allowedWords.formUnion(LanguageOptions.words(fromAllowList: text))
    }
    return options
  }
}
