import Foundation

/// A comment's opening: optional list number, the commenter's name, the date-time, and the
/// lines they take (`1.` / `Maria Chen says:` / `March 5, 2024 at 3:07 pm #`).
struct CommentHeader: Equatable {
  var author: String?
  var date: WrittenDate?
  var number: Int?
  /// The header's lines (one span each).
  var spans: [Span]
  /// The index of the first line after the header.
  var next: Int
  var rule: String
  /// Whether the name carried `says:` (a header even without a date).
  var says: Bool

  /// The header starting at line `index`. With `requireDate` only headers with a date-time
  /// count (inside a post's body a bare `The author says:` is prose).
  /// With `requireTime`, a header without `says:` needs a time of day: before a thread starts,
  /// a short line over a bare date is more often a related post than a comment.
  static func parse(
    _ lines: [PageLine], at index: Int, requireDate: Bool, requireTime: Bool = false,
    allowNameThenDate: Bool = true
  ) -> CommentHeader? {
    guard index < lines.count, let text = lines[index].text, !text.isEmpty else { return nil }
    var spans = [lines[index].span]
    var (number, rest) = CommentRules.listNumber(text)
    var line = index
    if number != nil && rest.isEmpty {
      guard let next = BlogPageSegmenter.nextContent(lines, index + 1), next <= index + 2,
        let nextText = lines[next].text
      else { return nil }
      line = next
      rest = nextText
      spans.append(lines[next].span)
    }
    if let date = CommentRules.stamp(WrittenDate.find(in: rest)) {
      let scalars = Array(rest.unicodeScalars)
      let before = Document.string(from: scalars[..<date.range.lowerBound])
      let after = Document.string(from: scalars[date.range.upperBound...])
      guard CommentRules.isFiller(after) else { return nil }
      let name = trimFiller(before)
      guard !name.isEmpty, CommentRules.isNameLike(name), date.hasTime || !requireTime else {
        return nil
      }
      return CommentHeader(
        author: name, date: date, number: number, spans: spans, next: line + 1,
        rule: "comment.name-date", says: false)
    }
    let (name, says) = CommentRules.stripSays(rest)
    guard CommentRules.isNameLike(name), WrittenDate.find(in: name) == nil else { return nil }
    var badge: Int?
    if let next = BlogPageSegmenter.nextContent(lines, line + 1), next <= line + 2,
      CommentRules.badgeLines.contains(lines[next].key ?? "")
    {
      badge = next
    }
    let afterName = badge ?? line
    if allowNameThenDate || says, let next = BlogPageSegmenter.nextContent(lines, afterName + 1),
      next <= afterName + 2, let dateText = lines[next].text,
      let date = CommentRules.stamp(WrittenDate.whole(dateText)),
      date.hasTime || says || !requireTime
    {
      if let badge { spans.append(lines[badge].span) }
      spans.append(lines[next].span)
      return CommentHeader(
        author: name, date: date, number: number, spans: spans, next: next + 1,
        rule: says ? "comment.says-date" : "comment.name-then-date", says: says)
    }
    guard says, !requireDate else { return nil }
    return CommentHeader(
      author: name, date: nil, number: number, spans: spans, next: line + 1,
      rule: "comment.says", says: true)
  }

  /// Drops joiners around a name (`Maria Chen on`, `Maria Chen |`, `Maria Chen says:`).
  static func trimFiller(_ text: String) -> String {
    var words = text.split(separator: " ").map(String.init)
    while let last = words.last, CommentRules.headerFiller.contains(last.lowercased()) {
      words.removeLast()
    }
    var name = words.joined(separator: " ")
    name = CommentRules.stripSays(name).name
    while let last = name.last, ",|:-".contains(last) { name.removeLast() }
    return name.trimmingCharacters(in: .whitespaces)
  }
}
