/// Renders `--help` text from a ``CommandSpec``.
enum HelpFormatter {
  static func help(for spec: CommandSpec) -> String {
    let command = "rubricate \(spec.name)".trimmingTrailingSpace
    var lines = ["OVERVIEW: \(spec.abstract)", ""]
    var usage = "USAGE: \(command)"
    if !spec.positionalUsage.isEmpty { usage += " \(spec.positionalUsage)" }
    for option in spec.options {
      let text =
        option.takesValue ? "\(option.name) \(option.placeholder)" : option.name
      usage += " [\(text)]" + (option.repeatable ? "…" : "")
    }
    lines.append(usage)
    if !spec.discussion.isEmpty {
      lines += ["", spec.discussion]
    }
    lines += ["", "OPTIONS:"]
    for option in spec.options + [CommandSpec.helpOption] {
      var left = option.short.map { "\($0), \(option.name)" } ?? option.name
      if option.takesValue { left += " <\(option.placeholder)>" }
      let padded =
        left.count < 30 ? left + String(repeating: " ", count: 30 - left.count) : left + "  "
      lines.append("  \(padded)\(option.help)")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
