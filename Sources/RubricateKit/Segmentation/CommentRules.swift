import Foundation

/// Recognises a comment thread's heading and each comment's author/date header.
///
/// Heading shapes come from WordPress themes' `comments_popup_link` / `_n()` strings:
/// `One Response to “…”` (Kubrick, Twenty Ten), `3 Responses to “…”`, `5 thoughts on “…”`
/// (Twenty Eleven–Twenty Fourteen), `2 Comments` / `One comment on “…”` (later themes,
/// WordPress.com), `3 Replies to “…”` (Twenty Thirteen), Blogger's `4 comments:`.
enum CommentRules {
  /// Number words WordPress spells out (`One Response`); larger counts are printed as digits.
  static let numberWords: [String: Int] = [
    "no": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
  ]
  /// The noun of a heading, and the rule id it gives.
  static let headingNouns: [String: String] = [
    "response": "responses", "responses": "responses", "thought": "thoughts",
    "thoughts": "thoughts", "comment": "comments", "comments": "comments", "reply": "replies",
    "replies": "replies",
  ]
  /// Lines that end a comment: the reply links themes print under it.
  static let replyLines: Set<String> = [
    "reply", "reply \u{2193}", "reply \u{2192}", "log in to reply", "reply to this comment",
  ]
  /// Badges a theme prints between a commenter's name and the date (Twenty Twenty's
  /// `Post author`).
  static let badgeLines: Set<String> = ["post author", "author", "(post author)", "moderator"]

  /// Furniture that sits inside one comment without ending it (`Edit`, `Like`, `Liked by …`).
  static func keepsCommentOpen(_ ruleId: String) -> Bool {
    ruleId.hasPrefix("widget.") || ruleId.hasPrefix("like.")
  }

  /// Headings with no count.
  static let bareHeadings: Set<String> = [
    "comments", "comments:", "responses", "responses:", "discussion", "join the discussion",
    "join the conversation", "what others are saying", "reader comments",
  ]
  /// What a commenter's name may be followed by (`Maria says:`, Blogger's `Maria said...`).
  static let saysSuffixes: [String] = [
    " says:", " said:", " says", " said...", " said\u{2026}", " wrote:", " commented:",
  ]
  /// Filler allowed around the date of a header line (`#`, `| Reply`, `said:`).
  static let headerFiller: Set<String> = [
    "#", "|", "·", "-", "–", "—", ",", ":", "on", "at", "said", "says", "wrote", "reply", "edit",
    "(edit)", "permalink", "said:", "says:", "wrote:", "¶", "•", "@",
  ]

  /// The rule id when `key` is a comment thread heading.
  static func heading(_ key: String?) -> String? {
    guard let key, !key.isEmpty, key.characterCount <= 200 else { return nil }
    if bareHeadings.contains(key) { return "comments.heading" }
    if key.hasPrefix("comments (") && key.hasSuffix(")") { return "comments.count" }
    // The other headings open with a count: look at the first word before splitting the rest
    // (`maxSplits: 1` gives the same first word as the whole split).
    guard let count = key.split(separator: " ", maxSplits: 1).first.map(String.init) else {
      return nil
    }
    let isNumber = !count.isEmpty && count.unicodeScalars.allSatisfy { $0 >= "0" && $0 <= "9" }
    guard numberWords[count] != nil || isNumber else { return nil }
    let words = key.spaceSeparated().map(String.init)
    guard words.count >= 2 else { return nil }
    var noun = words[1]
    if noun.hasSuffix(":") { noun.removeLast() }
    guard let kind = headingNouns[noun] else { return nil }
    if words.count == 2 { return "comments.count" }
    guard words[2] == "to" || words[2] == "on", words.count >= 4 else { return nil }
    return "comments.\(kind)-\(words[2])"
  }

  /// Whether `text` can be a commenter's display name or login.
  static func isNameLike(_ text: String) -> Bool {
    // The cheap tests come first: most lines tried are prose.
    guard text.characterCount <= 60 else { return false }
    guard let first = text.unicodeScalars.first,
      first.properties.isAlphabetic || first == "@" || (first >= "0" && first <= "9")
    else { return false }
    if let last = text.unicodeScalars.last, "?!,;".unicodeScalars.contains(last) { return false }
    let words = text.spaceSeparated()
    guard (1...6).contains(words.count) else { return false }
    if text.containsText("http") || text.containsText("://") { return false }
    for word in words {
      if word.hasSuffix("."), word.count > 2, word.lowercased() != "jr.", word.lowercased() != "dr."
      {
        return false
      }
      if word.containsText(":") || word.containsText("\"") || word.containsText("\u{201C}") {
        return false
      }
    }
    if BoilerplateRules.rule(for: PageLine.normalise(text)) != nil { return false }
    if heading(PageLine.normalise(text)) != nil { return false }
    return true
  }

  /// Splits a `says:` suffix off a name line.
  static func stripSays(_ text: String) -> (name: String, says: Bool) {
    let lower = text.lowercased()
    for suffix in saysSuffixes where lower.hasSuffix(suffix) {
      return (String(text.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces), true)
    }
    return (text, false)
  }

  /// Whether every word of `text` is header filler.
  static func isFiller(_ text: String) -> Bool {
    text.lowercased().split(separator: " ").allSatisfy { headerFiller.contains(String($0)) }
  }

  /// A date that can stamp a comment: it has a year or a time.
  static func stamp(_ date: WrittenDate?) -> WrittenDate? {
    guard let date, date.hasYear || date.hasTime else { return nil }
    return date
  }

  /// Splits a leading list number (`1.`, `12)`) off a line; returns the number and the rest.
  static func listNumber(_ text: String) -> (number: Int?, rest: String) {
    // At most four digits and the mark: the head decides before the line is copied.
    let head = Array(text.unicodeScalars.prefix(5))
    var index = 0
    while index < head.count, index < 4, head[index] >= "0" && head[index] <= "9" {
      index += 1
    }
    guard index > 0, index < head.count, head[index] == "." || head[index] == ")"
    else { return (nil, text) }
    let scalars = Array(text.unicodeScalars)
    let number = Int(Document.string(from: scalars[0..<index]))
    let rest = Document.string(from: scalars[(index + 1)...]).trimmingCharacters(
      in: .whitespaces)
    return (number, rest)
  }
}
