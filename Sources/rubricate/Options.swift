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

  /// How the one-line message for an empty file ends (`grade` lists such files as skipped).
  static let emptyMessage = "the file is empty (nothing but white space); nothing to grade"

  /// Reads one file's submissions. With `refusingEmpty`, a file with nothing but white space
  /// (and a byte order mark) throws ``emptyMessage`` instead of grading an empty text.
  static func read(_ file: InputFile, format: InputFormat, refusingEmpty: Bool = false) throws
    -> [Submission]
  {
    let bytes = try InputFiles.read(file, limit: maximumBytes)
    if refusingEmpty, isBlank(bytes) {
      throw CommandError.message(
        "\(file.path == "-" ? "standard input" : file.path): \(emptyMessage)")
    }
    // A PDF's text comes from pdftotext when it is installed; without it the library says
    // to install it.
    if SourceReader.binaryFormat(bytes: bytes, name: file.name, format: format) == .pdf,
      let tool = PDFToText.find()
    {
      let text = try PDFToText.extract(file, bytes: bytes, tool: tool)
      return SourceReader.read(pdfText: text, name: file.name)
    }
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
  /// Nothing but ASCII white space, NUL-free, after an optional UTF-8 byte order mark.
  static func isBlank(_ bytes: [UInt8]) -> Bool {
    let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    return bytes[start...].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
  }

  /// Messages about one file stay on one line: a line break in a file name is escaped.
  static func describe(_ error: any Error) -> String {
    if let error = error as? InputError {
      return TerminalText.escape(error.description, keepingLineBreaks: false)
    }
    if let error = error as? CommandError {
      return TerminalText.escape(error.description, keepingLineBreaks: false)
    }
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
