import Foundation
import RubricateKit

/// The `rubricate` command line: parses arguments and dispatches to a subcommand.
enum RubricateCommand {
  static func main(arguments: [String], environment: [String: String]) -> Int32 {
    guard let path = arguments.dropFirst().first, arguments.first == "analyze" else {
      FileHandle.standardError.write(Data("usage: rubricate analyze FILE\n".utf8))
      return 2
    }
    do {
      let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
      let submissions = try SourceReader.read(bytes: bytes, name: path)
      for analysis in Analyzer().analyze(submissions) {
        print(analysis.text.statistics.words)
      }
      return 0
    } catch {
      FileHandle.standardError.write(Data("rubricate: \(error.localizedDescription)\n".utf8))
      return 1
    }
  }
}
