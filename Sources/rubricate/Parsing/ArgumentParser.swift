import RubricateKit

/// Parses arguments against a ``CommandSpec``: `--name value`, `--name=value`, flags, `--` and
/// `-` (standard input) as a positional.
enum ArgumentParser {
  static func parse(_ arguments: [String], spec: CommandSpec) throws -> ParsedArguments {
    var result = ParsedArguments()
    var index = 0
    let command = "rubricate \(spec.name)".trimmingTrailingSpace
    let options = spec.options + [CommandSpec.helpOption]
    var onlyPositionals = false
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if onlyPositionals || argument == "-" || !argument.hasPrefix("-") {
        result.positionals.append(argument)
        continue
      }
      if argument == "--" {
        onlyPositionals = true
        continue
      }
      var name = argument
      var inlineValue: String?
      if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
        name = String(argument[..<equals])
        inlineValue = String(argument[argument.index(after: equals)...])
      }
      guard let option = options.first(where: { $0.name == name || $0.short == name }) else {
        let names = options.map(\.name)
        throw UsageError(
          message: "unknown option '\(name)'\(Suggestion.phrase(for: name, in: names))",
          command: command)
      }
      guard option.takesValue else {
        if inlineValue != nil {
          throw UsageError(message: "option '\(option.name)' takes no value", command: command)
        }
        result.flags.insert(option.name)
        continue
      }
      let value: String
      if let inlineValue {
        value = inlineValue
      } else if index < arguments.count {
        value = arguments[index]
        index += 1
      } else {
        throw UsageError(
          message: "option '\(option.name)' needs a value (\(option.placeholder))",
          command: command)
      }
      if let allowed = option.allowed, !allowed.contains(value) {
        throw UsageError(
          message:
            "'\(value)' is not a valid value for '\(option.name)' (\(allowed.joined(separator: ", ")))"
            + Suggestion.phrase(for: value, in: allowed),
          command: command)
      }
      if !option.repeatable, result.values[option.name] != nil {
        throw UsageError(message: "option '\(option.name)' given twice", command: command)
      }
      result.values[option.name, default: []].append(value)
    }
    if result.flag("--help") { return result }
    if result.positionals.count < spec.minPositionals {
      throw UsageError(message: "missing \(spec.positionalUsage)", command: command)
    }
    if let max = spec.maxPositionals, result.positionals.count > max {
      throw UsageError(
        message: "unexpected argument '\(result.positionals[max])'", command: command)
    }
    return result
  }
}

extension OptionSpec {
  var placeholder: String { allowed?.joined(separator: "|") ?? valueName ?? "" }
}

extension String {
  var trimmingTrailingSpace: String {
    var copy = self
    while copy.last == " " { copy.removeLast() }
    return copy
  }
}
