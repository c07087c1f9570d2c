/// What the command line said, after parsing against a ``CommandSpec``.
struct ParsedArguments: Sendable {
  var positionals: [String] = []
  var values: [String: [String]] = [:]
  var flags: Set<String> = []

  func value(_ name: String) -> String? { values[name]?.last }
  func all(_ name: String) -> [String] { values[name] ?? [] }
  func flag(_ name: String) -> Bool { flags.contains(name) }
}

/// A command-line mistake: reported on one line, exit status 2.
struct UsageError: Error, Equatable, CustomStringConvertible {
  var message: String
  var command: String

  var description: String {
    "rubricate: \(message) (see '\(command) --help')"
  }
}
