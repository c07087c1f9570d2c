/// A post's meta printed one value a line: the block themes (Twenty Twenty-Two to Twenty
/// Twenty-Four) print the date, the author and the terms as block elements of their own
/// (`wp-block-post-date`, `wp-block-post-author`, `wp-block-post-author-name`,
/// `wp-block-post-terms`) with their labels as paragraphs of their own (`Posted`, `by`, `in`,
/// `Tags:`), so saved or copied the byline comes out as a run of short lines. Twenty Fourteen
/// and Twenty Twenty-Four print the tags under the post as one line of links
/// (`librariesreading`, `homework sleep`).
struct PostMeta: Equatable {
  var date: WrittenDate?
  var author: String?
  /// The run's lines, each with the rule that read it.
  var lines: [Item]
  /// The index after the run's last line.
  var end: Int

  /// One line of the run: its index into the page's lines and the rule that read it.
  struct Item: Equatable {
    var index: Int
    var rule: String
  }

  /// What a label line announces for the line after it.
  enum Pending {
    case author
    case terms
  }

  enum Mode {
    /// Under the title (Twenty Twenty-Four): only what a label or a separator announces, after
    /// the dateline the header has read already.
    case header
    /// Under the post (Twenty Twenty-Two, Twenty Twenty-Three): the author may follow the date
    /// unlabelled and the terms may stand alone, as the theme prints them.
    case footer
  }

  /// The labels block themes print as paragraphs of their own, lower-cased without a colon
  /// (Twenty Twenty-Three's `parts/post-meta.html`, Twenty Twenty-Four's `post-meta` pattern).
  static let authorLabels: Set<String> = ["by", "posted by", "written by", "author"]
  static let termsLabels: Set<String> = [
    "in", "posted in", "tags", "tagged", "categories", "category", "filed under",
  ]
  static let leadLabels: Set<String> = ["posted", "published", "posted on", "published on"]
  /// Separators the themes print between the values (`—` in Twenty Twenty-Four).
  static let separators: Set<Unicode.Scalar> = ["—", "–", "-", "·", "•", "|", "/"]
  /// A run is a handful of lines; a longer run of short lines is something else (a list).
  static let maxLines = 12
  /// A meta value is short: a date, a name, a category or a few tags.
  static let maxValueWords = 6

  /// Reads the run of meta lines that starts at `start` and needs nothing before it. A run
  /// counts only when it gives a date or an author.
  static func read(_ lines: [PageLine], from start: Int, until end: Int? = nil, mode: Mode)
    -> PostMeta?
  {
    let limit = min(end ?? lines.count, lines.count)
    var meta = PostMeta(date: nil, author: nil, lines: [], end: start)
    var pending: Pending?
    var afterDate = false
    var cursor = start
    while cursor < limit, meta.lines.count < maxLines {
      let line = lines[cursor]
      if line.isBlank {
        cursor += 1
        continue
      }
      guard let text = line.text, let key = line.key, line.wordCount <= maxValueWords else { break }
      let label = key.hasSuffix(":") ? String(key.dropLast()) : key
      var rule: String?
      if pending == .author, isValue(text), meta.author == nil {
        meta.author = text
        rule = "meta.byline"
      } else if pending == .terms, isValue(text) {
        rule = "meta.terms"
      } else if let date = WrittenDate.whole(text), date.hasYear, meta.date == nil,
        mode == .footer
      {
        meta.date = date
        rule = "meta.byline"
      } else if text.unicodeScalars.allSatisfy({ separators.contains($0) || $0 == " " }) {
        rule = "meta.terms"
      } else if authorLabels.contains(label) || termsLabels.contains(label)
        || leadLabels.contains(label)
      {
        rule = "meta.terms"
      } else if key.hasPrefix("by "), let name = Dateline.author(in: text), meta.author == nil {
        meta.author = name
        rule = "meta.byline"
      } else if key.hasPrefix("in "), isValue(text) {
        rule = "meta.terms"
      } else if mode == .footer, afterDate, meta.author == nil,
        Dateline.trailingName(text) == text
      {
        // Twenty Twenty-Two prints the author's name under the date with no `by`.
        meta.author = text
        rule = "meta.byline"
      } else if mode == .footer, meta.date != nil, isValue(text),
        BoilerplateRules.rule(for: key) == nil, CommentRules.heading(key) == nil
      {
        rule = "meta.terms"
      }
      guard let rule else { break }
      afterDate = meta.date != nil && rule == "meta.byline" && meta.author == nil
      pending =
        authorLabels.contains(label) ? .author : termsLabels.contains(label) ? .terms : nil
      meta.lines.append(Item(index: cursor, rule: rule))
      cursor += 1
      meta.end = cursor
    }
    guard meta.date != nil || meta.author != nil else { return nil }
    return meta
  }

  /// A value line: a few words that do not end a sentence and hold no year (a date is read
  /// as a date, not as a value).
  static func isValue(_ text: String) -> Bool {
    guard let last = text.unicodeScalars.last, !".?!".unicodeScalars.contains(last) else {
      return false
    }
    return WrittenDate.find(in: text)?.hasYear != true
  }

  /// The meta run that ends the lines `range` (the post's body as read so far): the run that
  /// reaches the end of `range` from the earliest line it can start at, or else a lone tags
  /// line after a finished paragraph or entry.
  static func trailing(_ lines: [PageLine], in range: Range<Int>) -> PostMeta? {
    var candidates: [Int] = []
    var cursor = range.upperBound - 1
    while cursor >= range.lowerBound, candidates.count < maxLines {
      let line = lines[cursor]
      if !line.isBlank {
        guard line.wordCount <= maxValueWords, let text = line.text,
          isValue(text) || WrittenDate.whole(text) != nil
        else { break }
        candidates.append(cursor)
      }
      cursor -= 1
    }
    for start in candidates.reversed() {
      if let meta = read(lines, from: start, until: range.upperBound, mode: .footer),
        meta.date != nil, !lines[meta.end..<range.upperBound].contains(where: { !$0.isBlank })
      {
        return meta
      }
    }
    // The tags line follows a finished sentence or entry (a full stop, a bracket, a page
    // number or a link ends it); a lower-case line after an unfinished one is its rest.
    guard let last = candidates.first, isTagsLine(lines[last].text ?? ""),
      let before = lines[range.lowerBound..<last].lastIndex(where: { !$0.isBlank }),
      let previous = lines[before].text, let ending = previous.unicodeScalars.last,
      ".)0123456789".unicodeScalars.contains(ending)
        || previous.split(separator: " ").last?.hasPrefix("http") == true
    else { return nil }
    return PostMeta(
      date: nil, author: nil, lines: [Item(index: last, rule: "meta.terms")], end: last + 1)
  }

  /// `librariesreading`, `homework sleep`, `food, school meals`: tag links printed on one line,
  /// lower-case words with nothing but commas between them.
  static func isTagsLine(_ text: String) -> Bool {
    let words = text.split(separator: " ")
    guard !words.isEmpty, words.count <= maxValueWords else { return false }
    return words.allSatisfy { word in
      let bare = word.hasSuffix(",") ? word.dropLast() : word[...]
      return !bare.isEmpty
        && bare.unicodeScalars.allSatisfy {
          ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
        }
    }
  }
}
