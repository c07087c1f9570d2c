import Testing

@testable import RubricateKit

@Suite struct LineRuleTableTests {
  /// Each furniture rule's text, alone and with text around it, as plain ASCII and not.
  static let keys: [String] = BoilerplateRules.rules.flatMap { rule -> [String] in
    let text: String
    switch rule.match {
    case .exact(let exact): text = exact
    case .prefix(let prefix): text = prefix
    case .suffix(let suffix): text = suffix
    case .contains(let part): text = part
    }
    return [
      text, text + " x", "x " + text, "x " + text + " y", String(text.dropFirst()),
      String(text.dropLast()), "\u{E9}" + text, text + "\u{301}", "a\r" + text,
    ]
  }

  @Test func tableFindsTheRuleThatTryingEveryRuleFinds() {
    for key in Self.keys {
      let linear = BoilerplateRules.rules.first { $0.matches(key) }
      #expect(BoilerplateRules.table.first(matching: key)?.id == linear?.id, "\(key)")
    }
  }

  /// A text opening with a non-ASCII scalar may still equal an ASCII key: the Greek question
  /// mark is canonically a semicolon.
  @Test func aTextOpeningWithNonASCIIIsTriedForEveryKey() {
    let table = LineRule.Table([
      LineRule("greek.question", .exact("\u{037E}")), LineRule("ab.prefix", .prefix("ab")),
    ])
    #expect(table.first(matching: ";")?.id == "greek.question")
    #expect(table.first(matching: "abc")?.id == "ab.prefix")
    #expect(table.first(matching: "b") == nil)
  }
}
