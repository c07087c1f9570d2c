/// The working state of ``ReferenceParser``: tokens, a cursor and the fields found so far.
struct EntryScanner {
  let document: Document
  let tokens: [CitationToken]
  var layout = EntryLayout()
  var number: Int?
  var authors: [ReferenceAuthor] = []
  var etAl = false
  var year: String?
  var yearToken: Int?
  var titleRange: Range<Int>?
  var title: String?
  var container: String?
  var publisher: String?
  var volume: String?
  var issue: String?
  var pages: String?
  var url: String?
  var doi: String?
  var authorsEndedAtComma = false
  var authorsEndedAtYear = false
  var authorEnd = 0

  init(document: Document, tokens: [CitationToken]) {
    self.document = document
    self.tokens = tokens
  }

  func token(_ index: Int) -> CitationToken? {
    index >= 0 && index < tokens.count ? tokens[index] : nil
  }

  /// The document text from token `lower` to token `upper` (exclusive), as written.
  func text(_ lower: Int, _ upper: Int) -> String {
    guard lower < upper, lower >= 0, upper <= tokens.count else { return "" }
    return document.text(of: Span(tokens[lower].start, tokens[upper - 1].end))
  }

  func isPunct(_ index: Int, _ scalars: Set<Unicode.Scalar>) -> Bool {
    guard let token = token(index), token.kind == .punct else { return false }
    return scalars.contains(token.first)
  }

  func isWord(_ index: Int, in words: Set<String>) -> Bool {
    guard let token = token(index), token.kind == .word else { return false }
    return words.contains(token.text)
  }

  mutating func run() {
    collectLinks()
    var cursor = skipNumbering()
    cursor = readAuthors(from: cursor)
    authorEnd = cursor
    cursor = readYearAfterAuthors(from: cursor)
    cursor = readTitle(from: cursor)
    cursor = readContainer(from: cursor)
    readNumbers(from: cursor)
    if year == nil { findYearAnywhere() }
    if publisher == nil { findPublisher(from: cursor) }
  }

  func fill(_ entry: inout ReferenceEntry) {
    entry.number = number
    entry.authors = authors
    entry.etAl = etAl
    entry.year = year
    entry.title = title
    entry.container = container
    entry.publisher = publisher
    entry.volume = volume
    entry.issue = issue
    entry.pages = pages
    entry.url = url
    entry.doi = doi
  }

  /// Takes the first URL and the first DOI.
  mutating func collectLinks() {
    for token in tokens where token.kind == .link {
      let lower = token.text.lowercased()
      if let range = lower.range(of: "10."), lower.contains("doi") || lower.hasPrefix("10.") {
        if doi == nil { doi = String(token.text[range.lowerBound...]) }
      } else if url == nil {
        url = token.text
      }
    }
  }

  /// Bullets and list numbers (`[3]`, `3.`, `(3)`, `33 Bergk`): returns the first token after.
  mutating func skipNumbering() -> Int {
    guard let first = token(0) else { return 0 }
    if first.kind == .punct, EntryScanner.bullets.contains(first.first) { return 1 }
    if first.isPunct("["), let inner = token(1), inner.kind == .number, isPunct(2, ["]"]) {
      number = Int(inner.text)
      layout.bracketNumber = true
      return 3
    }
    // A citation key (`[Bre96]`, `[BFOS84]`, `[Wolpert, 1992]`), as computing bibliographies
    // of the CORA era label entries: skipped like a number.
    if first.isPunct("["), let close = (2...9).first(where: { isPunct($0, ["]"]) }),
      token(1)?.kind == .word, token(close + 1)?.spaceBefore == true,
      !(1..<close).contains(where: { tokens[$0].kind == .link })
    {
      return close + 1
    }
    if first.isPunct("("), let inner = token(1), inner.kind == .number, isPunct(2, [")"]) {
      number = Int(inner.text)
      return 3
    }
    if first.kind == .number, first.text.unicodeScalars.count <= 3, let value = Int(first.text) {
      if isPunct(1, [".", ")"]), token(2)?.spaceBefore == true {
        number = value
        return 2
      }
      if let next = token(1), next.spaceBefore, next.isCapitalized {
        number = value
        return 1
      }
    }
    return 0
  }

  /// List bullets students paste in front of entries.
  static let bullets: Set<Unicode.Scalar> = ["•", "·", "*", "-", "–", "—", "▪", "◦", "‣", "○", "●"]
}
