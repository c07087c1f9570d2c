/// The declaration of one (sub)command: its options, positionals and help text.
///
/// Help output and error messages are generated from these values, in the spirit of
/// swift-argument-parser, which we may not depend on.
struct CommandSpec: Sendable {
  var name: String
  var abstract: String
  /// The positional part of the usage line, e.g. `FILE|-`.
  var positionalUsage: String
  var minPositionals: Int
  var maxPositionals: Int?
  var options: [OptionSpec]
  var discussion: String = ""

  static let helpOption = OptionSpec(name: "--help", short: "-h", help: "Show help information.")
}

/// One option: a flag, or an option that takes a value (possibly from a fixed set).
struct OptionSpec: Sendable {
  var name: String
  var short: String?
  /// The value's placeholder (`DIR`), or `nil` for a flag.
  var valueName: String?
  /// The values allowed, when the set is closed.
  var allowed: [String]?
  var repeatable: Bool = false
  var help: String

  init(
    name: String, short: String? = nil, valueName: String? = nil, allowed: [String]? = nil,
    repeatable: Bool = false, help: String
  ) {
    self.name = name
    self.short = short
    self.valueName = valueName
    self.allowed = allowed
    self.repeatable = repeatable
    self.help = help
  }

  var takesValue: Bool { valueName != nil || allowed != nil }
}
