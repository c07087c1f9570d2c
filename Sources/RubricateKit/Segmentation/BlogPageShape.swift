/// Decides whether a plain text file is a scraped blog page or an essay.
public enum BlogPageShape {
  /// How many non-blank lines after the first may hold the dateline.
  static let datelineWindow = 3
  /// Distinct furniture rules that make a page without a dateline a blog page.
  static let minFurnitureRules = 2

  /// Whether `document` has a blog page's shape: a title with a dateline under it, a comment
  /// heading, a comment's name-and-time header, or several kinds of sharing/comment-form
  /// furniture.
  public static func isBlogPage(_ document: Document) -> Bool {
    isBlogPage(PageLine.lines(of: document))
  }

  /// The same check on a document already split into lines, so that a caller that goes on to
  /// segment the page splits it once.
  static func isBlogPage(_ lines: [PageLine]) -> Bool {
    let content = lines.indices.filter { !lines[$0].isBlank }
    guard let first = content.first else { return false }
    if let text = lines[first].text, WrittenDate.whole(text) != nil, content.count > 1,
      BlogPageSegmenter.isTitleLike(lines[content[1]])
    {
      return true
    }
    if BlogPageSegmenter.isTitleLike(lines[first]) {
      for index in content.dropFirst().prefix(datelineWindow) {
        if let dateline = Dateline.parse(lines[index]),
          dateline.date != nil || dateline.author != nil
        {
          return true
        }
      }
    }
    var furniture: Set<String> = []
    for index in content {
      let line = lines[index]
      guard line.key != nil else { continue }
      if let rule = CommentRules.heading(line.key), rule != "comments.heading" { return true }
      if index != first,
        CommentHeader.parse(lines, at: index, requireDate: true, requireTime: true) != nil
      {
        return true
      }
      if let rule = BoilerplateRules.rule(for: line.key), rule.strength == .strong {
        furniture.insert(rule.id)
        if furniture.count >= minFurnitureRules { return true }
      }
    }
    return false
  }
}
