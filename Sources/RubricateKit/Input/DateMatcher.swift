/// Matches the date shapes blog themes print, token by token (no regular expressions).
struct DateMatcher {
  let tokens: [DateToken]
  let scalars: [Unicode.Scalar]

  /// Month names and the abbreviations English-language WordPress themes print
  /// (WordPress `date_i18n` `F` and `M` formats, plus `Sept`).
  static let months: [String: Int] = [
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
  ]
  /// Weekday names that may open a date (`Monday, March 4, 2024`).
  static let weekdays: Set<String> = [
    "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu", "thur",
    "thurs", "friday", "fri", "saturday", "sat", "sunday", "sun",
  ]
  static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]
  /// Words joining a date to its time (`at 3:07 pm`, `@ 3:07 pm`).
  static let timeJoiners: Set<String> = ["at", "@", ",", "-", "–", "|", "·", "t"]

  struct Parts {
    var year: Int?
    var month: Int?
    var day: Int?
    var hour: Int?
    var minute: Int?
    var second: Int?
  }

  func token(_ index: Int) -> DateToken? { index < tokens.count ? tokens[index] : nil }

  /// A date starting at token `index`.
  func match(at index: Int) -> WrittenDate? {
    let start = index
    var cursor = index
    if let first = token(cursor), first.kind == .word, Self.weekdays.contains(first.text) {
      cursor += 1
      if token(cursor)?.text == "," { cursor += 1 }
    }
    var parts = Parts()
    guard var end = matchDate(at: &cursor, parts: &parts) else { return nil }
    if parts.year != nil || parts.day != nil {
      var timeCursor = end
      if let joiner = token(timeCursor), Self.timeJoiners.contains(joiner.text) { timeCursor += 1 }
      if matchTime(at: &timeCursor, parts: &parts) { end = timeCursor }
    }
    let lower = tokens[start].start
    let upper = tokens[end - 1].end
    let text = Document.string(from: scalars[lower..<upper])
    return WrittenDate(
      text: text, iso: iso(parts), range: lower..<upper, hasYear: parts.year != nil,
      hasTime: parts.hour != nil)
  }

  func iso(_ parts: Parts) -> String? {
    guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
    var result = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    if let hour = parts.hour, let minute = parts.minute {
      result += "T" + pad(hour, 2) + ":" + pad(minute, 2)
      if let second = parts.second { result += ":" + pad(second, 2) }
    }
    return result
  }

  func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, width - text.count)) + text
  }

  func isAdjacent(_ left: Int, _ right: Int) -> Bool {
    guard let a = token(left), let b = token(right) else { return false }
    return a.end == b.start
  }

  /// A day number, with an optional ordinal suffix glued to it (`4th`).
  func day(at cursor: inout Int) -> Int? {
    guard let value = token(cursor)?.number, (1...31).contains(value),
      token(cursor)?.text.count ?? 0 <= 2
    else { return nil }
    cursor += 1
    if let suffix = token(cursor), Self.ordinalSuffixes.contains(suffix.text),
      isAdjacent(cursor - 1, cursor)
    {
      cursor += 1
    }
    return value
  }

  func month(at cursor: inout Int) -> Int? {
    guard let word = token(cursor), word.kind == .word, let value = Self.months[word.text] else {
      return nil
    }
    cursor += 1
    if token(cursor)?.text == ".", isAdjacent(cursor - 1, cursor) { cursor += 1 }
    return value
  }

  func year(at cursor: inout Int) -> Int? {
    guard let number = token(cursor), number.kind == .number, number.text.count == 4,
      let value = Int(number.text), (1900...2199).contains(value)
    else { return nil }
    cursor += 1
    return value
  }

  /// Returns the token index just past the date, filling `parts`.
  func matchDate(at cursor: inout Int, parts: inout Parts) -> Int? {
    let begin = cursor
    // March 4, 2024 · Mar 14 · March 2024
    var probe = begin
    if let month = month(at: &probe) {
      var afterMonth = probe
      if let day = day(at: &afterMonth) {
        parts.month = month
        parts.day = day
        var afterDay = afterMonth
        if token(afterDay)?.text == "," { afterDay += 1 }
        if let year = year(at: &afterDay) {
          parts.year = year
          cursor = afterDay
          return afterDay
        }
        cursor = afterMonth
        return afterMonth
      }
      if token(afterMonth)?.text == "," { afterMonth += 1 }
      if let year = year(at: &afterMonth) {
        parts.month = month
        parts.year = year
        cursor = afterMonth
        return afterMonth
      }
      return nil
    }
    // 14 Mar · 4 March 2024 · 4th of March, 2024
    probe = begin
    if let day = day(at: &probe) {
      var afterDay = probe
      if token(afterDay)?.text == "of" { afterDay += 1 }
      if let month = month(at: &afterDay) {
        parts.day = day
        parts.month = month
        var afterMonth = afterDay
        if token(afterMonth)?.text == "," { afterMonth += 1 }
        if let year = year(at: &afterMonth) {
          parts.year = year
          cursor = afterMonth
          return afterMonth
        }
        cursor = afterDay
        return afterDay
      }
    }
    // 2024-03-04 · 2024/03/04
    probe = begin
    if let year = year(at: &probe), let separator = token(probe),
      separator.text == "-" || separator.text == "/", let month = token(probe + 1)?.number,
      (1...12).contains(month), token(probe + 2)?.text == separator.text,
      let day = token(probe + 3)?.number, (1...31).contains(day),
      isAdjacent(probe - 1, probe), isAdjacent(probe + 2, probe + 3)
    {
      parts.year = year
      parts.month = month
      parts.day = day
      cursor = probe + 4
      return cursor
    }
    // 03/04/2024 (month first, as US WordPress sites print it, unless the first field > 12)
    if let first = token(begin)?.number, let separator = token(begin + 1),
      separator.text == "/" || separator.text == "." || separator.text == "-",
      let second = token(begin + 2)?.number, token(begin + 3)?.text == separator.text,
      isAdjacent(begin, begin + 1), isAdjacent(begin + 3, begin + 4)
    {
      var afterSecond = begin + 4
      if let year = year(at: &afterSecond) {
        let (month, day) = first > 12 ? (second, first) : (first, second)
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        parts.year = year
        parts.month = month
        parts.day = day
        cursor = afterSecond
        return afterSecond
      }
    }
    return nil
  }

  /// `3:07 pm`, `3:07pm`, `15:07`, `10:15:00`, `3:07 p.m.`
  func matchTime(at cursor: inout Int, parts: inout Parts) -> Bool {
    guard var hour = token(cursor)?.number, (0...23).contains(hour), token(cursor + 1)?.text == ":",
      let minuteToken = token(cursor + 2), minuteToken.kind == .number, minuteToken.text.count == 2,
      let minute = Int(minuteToken.text), minute < 60
    else { return false }
    var probe = cursor + 3
    var second: Int?
    if token(probe)?.text == ":", let secondToken = token(probe + 1),
      secondToken.kind == .number, secondToken.text.count == 2, let value = Int(secondToken.text)
    {
      second = value
      probe += 2
    }
    if let meridiem = token(probe), meridiem.kind == .word {
      var pm: Bool?
      var length = 0
      if meridiem.text == "am" || meridiem.text == "pm" {
        pm = meridiem.text == "pm"
        length = 1
      } else if meridiem.text == "a" || meridiem.text == "p", token(probe + 1)?.text == ".",
        token(probe + 2)?.text == "m"
      {
        pm = meridiem.text == "p"
        length = token(probe + 3)?.text == "." ? 4 : 3
      }
      if let isPM = pm, (1...12).contains(hour) {
        if isPM && hour != 12 { hour += 12 }
        if !isPM && hour == 12 { hour = 0 }
        probe += length
      }
    }
    parts.hour = hour
    parts.minute = minute
    parts.second = second
    cursor = probe
    return true
  }
}
