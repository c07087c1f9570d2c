import Foundation
import RubricateKit

/// `rubricate analyze`: the analysis of one file, a folder or standard input, as JSON or text.
enum AnalyzeCommand: Subcommand {
  static let spec = CommandSpec(
    name: "analyze",
    abstract: "Print the analysis of a file (or folder, or '-' for standard input).",
    positionalUsage: "FILE|DIR|-...", minPositionals: 1, maxPositionals: nil,
    options: [
      Options.inputFormat,
      OptionSpec(
        name: "--format", valueName: "FORMAT", allowed: ["json", "text"],
        help: "Output format (default: json)."),
      OptionSpec(
        name: "--only", valueName: "STAGES", allowed: ["text"],
        help: "Only words, sentences and readability (no references, claims or comments)."),
      Options.jobs,
    ] + LanguageFlags.specs,
    discussion: """
      One file prints one JSON object; several files print JSON Lines, one object per file,
      in sorted path order. With --input-format text the whole input is body text.
      """)

  static func run(_ arguments: ParsedArguments, console: Console) -> ExitStatus {
    let format = InputFormat(rawValue: arguments.value("--input-format") ?? "auto") ?? .auto
    let (files, missing) = InputFiles.collect(arguments.positionals)
    for message in missing { console.error("rubricate: \(message)") }
    let single =
      files.count == 1 && missing.isEmpty && arguments.positionals.count == 1
      && !FileManager.default.isDirectory(arguments.positionals[0])
    let asText = arguments.value("--format") == "text"
    let jobs = Options.jobs(arguments)
    if arguments.value("--only") != "text" {
      loadLanguageTablesWhileReading(fileCount: files.count)
    }
    // Read every file first, so a comment in one file is read against the post it names in
    // another (a Markdown comment's `post:`), as `grade` does.
    let read = parallelMap(files, jobs: jobs) { file -> Result<[Submission], ReadFailure> in
      do {
        return .success(try Pipeline.read(file, format: format))
      } catch {
        return .failure(ReadFailure(file: file.path, message: Pipeline.describe(error)))
      }
    }
    var batch = read.flatMap { (try? $0.get()) ?? [] }
    let language: LanguageOptions
    do {
      language = try LanguageFlags.options(arguments)
    } catch {
      console.error("rubricate: \(Pipeline.describe(error))")
      return .usage
    }
    let analyzer = Analyzer(
      depth: arguments.value("--only") == "text" ? .text : .full, language: language)
    let context = analyzer.prepare(&batch)
    // Each file's submissions as a range of the prepared batch (not copied out of it).
    var perFile: [Result<Range<Int>, ReadFailure>] = []
    var next = 0
    for outcome in read {
      switch outcome {
      case .success(let found):
        perFile.append(.success(next..<next + found.count))
        next += found.count
      case .failure(let failure):
        perFile.append(.failure(failure))
      }
    }
    let grouped = perFile
    let prepared = batch
    let indices = Array(files.indices)
    // Each record is written as soon as it and those before it are done (in the files' order).
    let failed = FailureFlag(!missing.isEmpty)
    parallelForEachInOrder(indices, jobs: jobs) { index -> Result<[UInt8], ReadFailure> in
      let file = files[index]
      do {
        let analyses = try prepared[grouped[index].get()].map {
          analyzer.analyze($0, context: context)
        }
        if asText {
          return .success(
            Array(
              TerminalText.escape(
                TextAnalysisReporter.render(source: file.path, analyses: analyses)
              )
              .utf8))
        }
        let record = try JSONWriter.compactBytes(
          AnalysisRecord(source: file.path, analyses: analyses))
        return .success(single ? JSONWriter.indented(record) : record)
      } catch let failure as ReadFailure {
        return .failure(failure)
      } catch {
        return .failure(ReadFailure(file: file.path, message: Pipeline.describe(error)))
      }
    } consume: { result in
      switch result {
      case .success(let bytes): console.line(bytes)
      case .failure(let failure):
        failed.set()
        console.error("rubricate: \(failure.message)")
      }
    }
    return failed.isSet ? .failure : .success
  }
}

/// Whether any file failed, set from whichever thread writes the results out.
final class FailureFlag: @unchecked Sendable {
  private let lock = NSLock()
  private var value: Bool

  init(_ value: Bool) { self.value = value }

  func set() {
    lock.lock()
    value = true
    lock.unlock()
  }

  var isSet: Bool {
    lock.lock()
    defer { lock.unlock() }
    return value
  }
}

/// A file that could not be read, with its one-line reason.
struct ReadFailure: Error, Sendable {
  var file: String
  var message: String
}

extension FileManager {
  func isDirectory(_ path: String) -> Bool {
    var flag: ObjCBool = false
    return fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
  }
}
