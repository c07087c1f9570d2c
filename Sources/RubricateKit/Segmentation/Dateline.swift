import Foundation

/// A post's date/author line under its title: `14 Mar`, `March 4, 2024`,
/// `March 4, 2024 by lnguyen`, `Posted on March 4, 2024 by lnguyen`, `by lnguyen`.
struct Dateline: Equatable {
  var date: WrittenDate?
  var author: String?
  var rule: String

  /// A dateline has few words besides its date (`Posted on … by … | Leave a comment`).
  static let maxWords = 16
  static let maxWordsBesideDate = 9
  /// Words that open a byline (WordPress `the_author` templates: "by", "Posted by", …).
  static let bylineOpeners: [String] = [
    "by ", "posted by ", "written by ", "author: ", "published by ", "posted on ",
    "published on ",
  ]
  /// Tokens that end an author name inside a byline.
  static let authorStops: Set<String> = [
    "|", "·", "•", "—", "–", "-", "in", "on", "leave", "posted", "(", "/", "at",
  ]

  static func parse(_ line: PageLine) -> Dateline? {
    guard let raw = line.text, line.key?.isEmpty == false else { return nil }
    let text = readingRunTogetherLabels(raw)
    var line = line
    if text != raw {
      line.text = text
      line.key = PageLine.normalise(text)
    }
    guard let key = line.key, line.wordCount <= maxWords else { return nil }
    if let date = WrittenDate.find(in: text) {
      let scalars = Array(text.unicodeScalars)
      let before = Document.string(from: scalars[..<date.range.lowerBound])
      let after = Document.string(from: scalars[date.range.upperBound...])
      let besides = (before + " " + after).split(separator: " ").count
      guard besides <= maxWordsBesideDate, !looksLikeProse(before + " " + after) else {
        return nil
      }
      let author =
        self.author(in: before) ?? self.author(in: after)
        ?? trailingName(droppingCommentLink(after))
      let lowerBefore = before.lowercased()
      let rule: String
      if lowerBefore.containsText("posted") || lowerBefore.containsText("published") {
        rule = "dateline.posted-on"
      } else if author != nil {
        rule = "dateline.date-by-author"
      } else {
        rule = "dateline.date"
      }
      return Dateline(date: date, author: author, rule: rule)
    }
    guard line.wordCount <= 6, bylineOpeners.contains(where: { key.hasPrefix($0) }),
      let author = author(in: text)
    else { return nil }
    return Dateline(date: nil, author: author, rule: "dateline.byline")
  }

  /// An entry footer's byline, as WordPress themes print it under the post: `Published April 2,
  /// 2024By Noah Park` (Twenty Twenty-One's date and author run together when scraped as
  /// text), `Posted on March 4, 2024 by lnguyen`, `This entry was written by … on …`. It needs
  /// a date, and an author or a `posted`/`published` opener.
  static func footerByline(_ line: PageLine) -> Dateline? {
    guard let text = line.text, line.wordCount <= 3 * maxWords else { return nil }
    let separated = readingScreenReaderLabels(
      readingRunTogetherLabels(separatingRunTogetherBy(text)))
    // Twenty Seventeen and Twenty Twenty print the categories and tags on a line of their own
    // (`CategoriesWeek 7Tagsphones, schools`): furniture with no byline in it.
    if taxonomyLabels.contains(where: { separated.hasPrefix($0) }),
      separated.split(separator: " ").count <= maxWords, WrittenDate.find(in: separated) == nil
    {
      return Dateline(date: nil, author: nil, rule: "meta.taxonomy")
    }
    // Twenty Twelve: `This entry was posted in Week 7 and tagged phones on March 12, 2024 by
    // Noah Park.`
    if separated.lowercased().hasPrefix("this entry was posted"),
      let date = WrittenDate.find(in: separated)
    {
      let author = self.author(in: separated).map {
        $0.hasSuffix(".") ? String($0.dropLast()) : $0
      }
      return Dateline(date: date, author: author, rule: "meta.byline")
    }
    // Twenty Nineteen and others print the taxonomy on the same line: read up to it.
    var cut = separated
    for marker in footerMarkers {
      if let range = cut.range(of: marker, options: .caseInsensitive) {
        cut = String(cut[..<range.lowerBound])
      }
    }
    var spaced = line
    if cut != text {
      spaced.text = cut
      spaced.key = PageLine.normalise(cut)
    }
    guard spaced.wordCount <= maxWords, let meta = parse(spaced), meta.date != nil,
      meta.author != nil || meta.rule == "dateline.posted-on"
    else { return nil }
    return Dateline(date: meta.date, author: meta.author, rule: "meta.byline")
  }

  /// Where an entry footer's taxonomy or comment link starts after its byline.
  static let footerMarkers = [
    " Posted in ", " Categorized as ", " Categorised as ", " Categories ", " Tagged ", " Tags ",
    " Leave a comment", " No Comments", " | ",
  ]

  /// The screen-reader labels Twenty Fifteen and Twenty Sixteen print before each footer
  /// span, in the order the theme prints them.
  static let screenReaderLabels = ["Posted on ", "Author ", "Categories ", "Tags "]

  /// Twenty Fifteen and Twenty Sixteen label their entry-footer spans for screen readers; saved
  /// as text the labels run into the value before them (`Posted on March 12, 2024Author Noah
  /// ParkCategories Week 7`, and author first in Twenty Sixteen). Rewritten as the byline the
  /// other themes print: `Posted on March 12, 2024 by Noah Park Categories Week 7`.
  static func readingScreenReaderLabels(_ text: String) -> String {
    guard text.contains("Author "), text.contains("Posted on ") else { return text }
    var values: [String: String] = [:]
    var rest = Substring(text)
    var label: String?
    while !rest.isEmpty {
      let next = screenReaderLabels.compactMap { candidate in
        rest.range(of: candidate).map { (candidate, $0) }
      }.min { $0.1.lowerBound < $1.1.lowerBound }
      let value = rest[..<(next?.1.lowerBound ?? rest.endIndex)]
      if let label { values[label] = value.trimmingCharacters(in: .whitespaces) }
      guard let next else { break }
      label = next.0
      rest = rest[next.1.upperBound...]
    }
    guard let date = values["Posted on "], let author = values["Author "] else { return text }
    var result = "Posted on \(date) by \(author)"
    if let categories = values["Categories "] { result += " Categories \(categories)" }
    if let tags = values["Tags "] { result += " Tags \(tags)" }
    return result
  }

  /// The screen-reader labels default themes print before an entry-meta value with no space
  /// between them: Twenty Seventeen's `CategoriesWeek 7`, Twenty Nineteen's `Posted byNoah
  /// Park`, Twenty Twenty's `Post authorBy Noah Park`.
  static let runTogetherLabels = [
    "Posted by", "Posted in", "Posted on", "Categories", "Tags:", "Tags", "Post author",
    "Post date",
  ]
  /// Labels whose value may start with a lower-case letter (`Tagsphones`); after the others a
  /// lower-case letter is the rest of a word (`Posted inside`).
  static let lowerCaseValueLabels: Set<String> = ["Categories", "Tags:", "Tags"]
  /// Labels that only name the value after them; read as text they are dropped.
  static let silentLabels: Set<String> = ["Post author", "Post date"]
  /// Labels that open a footer line holding only the post's categories and tags.
  static let taxonomyLabels = ["Categories ", "Tags ", "Tags: ", "Posted in "]
  static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  /// `Posted byNoah ParkMarch 12, 2024` → `Posted by Noah Park March 12, 2024`: a label run
  /// into its value gets its space back (a silent label is dropped), and so does a month name
  /// run into the word before it. A label counts only at the start of the text or straight
  /// after a lower-case letter or digit (where the previous span ended), and only when a
  /// capital or digit follows it (any letter after `Tags` and `Categories`), so ordinary
  /// words (`Posted inside`, `Post dates`) are untouched.
  static func readingRunTogetherLabels(_ text: String) -> String {
    guard text.utf8.count <= 400,
      text.contains("Post") || text.contains("Categories") || text.contains("Tags")
    else { return text }
    var result = ""
    var rest = Substring(text)
    var previous: Character?
    outer: while let first = rest.first {
      let atBoundary =
        previous == nil || previous?.isLowercase == true || previous?.isNumber == true
      if atBoundary {
        for label in runTogetherLabels where rest.hasPrefix(label) {
          let after = rest.dropFirst(label.count)
          guard let next = after.first,
            next.isUppercase || next.isNumber
              || (next.isLetter && lowerCaseValueLabels.contains(label))
          else { continue }
          if !silentLabels.contains(label) {
            if let previous, !previous.isWhitespace { result.append(" ") }
            result += label + " "
          }
          rest = after
          previous = " "
          continue outer
        }
      }
      if previous?.isLowercase == true, first.isUppercase,
        monthNames.contains(where: { month in
          rest.hasPrefix(month + " ") && rest.dropFirst(month.count + 1).first?.isNumber == true
        })
      {
        result.append(" ")
      }
      result.append(first)
      previous = first
      rest = rest.dropFirst()
    }
    return result
  }

  /// `2024By Noah` → `2024 By Noah`: a digit directly followed by `By ` (inline spans saved as
  /// text lose the space between them).
  static func separatingRunTogetherBy(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    var result = String.UnicodeScalarView()
    for (index, scalar) in scalars.enumerated() {
      if index > 0, scalar == "B", index + 2 < scalars.count, scalars[index + 1] == "y",
        scalars[index + 2] == " ", ("0"..."9").contains(scalars[index - 1])
      {
        result.append(" ")
      }
      result.append(scalar)
    }
    return String(result)
  }

  /// The name that ends a dateline with no `by` before it: Twenty Thirteen and Twenty
  /// Fourteen print the date, the categories and tags, and the author as unlabelled spans
  /// (`March 12, 2024Week 7phones, schoolsNoah Park`, `March 12, 2024 Noah Park`). Two or three
  /// capitalised words of letters end the text; the first may be run into the word before it
  /// (`schoolsNoah`), where the previous span ended.
  static func trailingName(_ text: String) -> String? {
    var words = text.split(separator: " ").map(String.init)
    if let last = words.last, last.hasSuffix(".") || last.hasSuffix(",") { return nil }
    var name: [String] = []
    while let word = words.popLast(), name.count < 3 {
      if isNameWord(word) {
        name.insert(word, at: 0)
        continue
      }
      // `schoolsNoah`: the name's first word run into the span before it.
      if let start = word.indices.last(where: { index in
        index != word.startIndex && word[index].isUppercase
          && word[word.index(before: index)].isLowercase
      }), isNameWord(String(word[start...])) {
        name.insert(String(word[start...]), at: 0)
      }
      break
    }
    guard (2...3).contains(name.count) else { return nil }
    return name.joined(separator: " ")
  }

  /// The comment links a dateline may end with (Twenty Fourteen: `March 12, 2024 Noah Park
  /// Leave a comment`), lower-cased; a count of comments (`3 Comments`) ends one too.
  static let commentLinks = [
    "leave a comment", "leave a reply", "no comments", "1 comment", "edit",
  ]

  /// `Noah Park Leave a comment` → `Noah Park`, `Noah Park 3 Comments Edit` → `Noah Park`.
  static func droppingCommentLink(_ text: String) -> String {
    var words = text.split(separator: " ")
    while true {
      let lower = " " + words.map { $0.lowercased() }.joined(separator: " ")
      if let link = commentLinks.first(where: { lower.hasSuffix(" " + $0) }) {
        words.removeLast(link.split(separator: " ").count)
      } else if words.count >= 2, words.last?.lowercased() == "comments",
        words[words.count - 2].allSatisfy(\.isNumber)
      {
        words.removeLast(2)
      } else {
        return words.joined(separator: " ")
      }
    }
  }

  /// `Noah`, `Park`, `O'Neil`: a capital, then lower-case letters (an apostrophe or hyphen
  /// inside).
  static func isNameWord(_ word: String) -> Bool {
    guard let first = word.first, first.isUppercase, word.count >= 2 else { return false }
    return word.dropFirst().allSatisfy { $0.isLowercase || $0 == "'" || $0 == "’" || $0 == "-" }
  }

  /// Sentences end in a full stop after a word; datelines do not.
  static func looksLikeProse(_ text: String) -> Bool {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    return trimmed.hasSuffix(".") && trimmed.split(separator: " ").count > 3
  }

  /// The name after `by` (or `Author:`), up to a separator.
  static func author(in text: String) -> String? {
    let words = text.split(separator: " ").map(String.init)
    guard
      let opener = words.firstIndex(where: {
        let lower = $0.lowercased()
        return lower == "by" || lower == "author:"
      })
    else { return nil }
    var name: [String] = []
    for word in words[(opener + 1)...] {
      if authorStops.contains(word.lowercased()) { break }
      var cleaned = word
      var stop = false
      while let last = cleaned.last, ",|:;".contains(last) {
        cleaned.removeLast()
        stop = true
      }
      if !cleaned.isEmpty { name.append(cleaned) }
      if stop || name.count >= 4 { break }
    }
    return name.isEmpty ? nil : name.joined(separator: " ")
  }
}
