/// One parsed reference-list entry: who wrote it, when, what, where it appeared, and what it lacks.
public struct ReferenceEntry: Sendable, Equatable, Codable {
  /// Where the entry sits in the document (scalar offsets, end exclusive).
  public var start: Int
  public var end: Int
  /// The entry as written.
  public var text: String
  /// The citation style the entry looks written in.
  public var style: ReferenceStyle
  /// The authors in order (for an edited book with no author: the editors).
  public var authors: [ReferenceAuthor]
  /// The year as written (`2019`, `2019a`) or `n.d.` for an undated source.
  public var year: String?
  public var title: String?
  /// The journal, book, website or proceedings the work appeared in.
  public var container: String?
  public var volume: String?
  public var issue: String?
  public var pages: String?
  public var publisher: String?
  public var url: String?
  public var doi: String?
  /// What the entry lacks for its style, as stable codes (see ``ReferenceProblem``).
  public var problems: [ReferenceProblem]
  /// The entry's own number (`[3]`, `3.`), which numeric citations refer to.
  public var number: Int?
  /// Whether the author list ends in "et al.".
  public var etAl: Bool

  /// An entry with the fields found so far (the parser fills them).
  public init(
    start: Int, end: Int, text: String, style: ReferenceStyle = .unknown,
    authors: [ReferenceAuthor] = [], year: String? = nil, title: String? = nil,
    container: String? = nil, volume: String? = nil, issue: String? = nil, pages: String? = nil,
    publisher: String? = nil, url: String? = nil, doi: String? = nil,
    problems: [ReferenceProblem] = [], number: Int? = nil, etAl: Bool = false
  ) {
    self.start = start
    self.end = end
    self.text = text
    self.style = style
    self.authors = authors
    self.year = year
    self.title = title
    self.container = container
    self.volume = volume
    self.issue = issue
    self.pages = pages
    self.publisher = publisher
    self.url = url
    self.doi = doi
    self.problems = problems
    self.number = number
    self.etAl = etAl
  }

  private enum CodingKeys: String, CodingKey {
    case start, end, text, style, authors, year, title, container, volume, issue, pages
    case publisher, url, doi, problems, number, etAl
  }

  public init(from decoder: any Decoder) throws {
    let values = try decoder.container(keyedBy: CodingKeys.self)
    start = try values.decode(Int.self, forKey: .start)
    end = try values.decode(Int.self, forKey: .end)
    text = try values.decode(String.self, forKey: .text)
    style = try values.decodeIfPresent(ReferenceStyle.self, forKey: .style) ?? .unknown
    authors = try values.decodeIfPresent([ReferenceAuthor].self, forKey: .authors) ?? []
    year = try values.decodeIfPresent(String.self, forKey: .year)
    title = try values.decodeIfPresent(String.self, forKey: .title)
    container = try values.decodeIfPresent(String.self, forKey: .container)
    volume = try values.decodeIfPresent(String.self, forKey: .volume)
    issue = try values.decodeIfPresent(String.self, forKey: .issue)
    pages = try values.decodeIfPresent(String.self, forKey: .pages)
    publisher = try values.decodeIfPresent(String.self, forKey: .publisher)
    url = try values.decodeIfPresent(String.self, forKey: .url)
    doi = try values.decodeIfPresent(String.self, forKey: .doi)
    problems = try values.decodeIfPresent([ReferenceProblem].self, forKey: .problems) ?? []
    number = try values.decodeIfPresent(Int.self, forKey: .number)
    etAl = try values.decodeIfPresent(Bool.self, forKey: .etAl) ?? false
  }

  /// Encodes every key, absent values as `null`, so the JSON shape never varies.
  public func encode(to encoder: any Encoder) throws {
    var values = encoder.container(keyedBy: CodingKeys.self)
    try values.encode(start, forKey: .start)
    try values.encode(end, forKey: .end)
    try values.encode(text, forKey: .text)
    try values.encode(style, forKey: .style)
    try values.encode(authors, forKey: .authors)
    try values.encode(year, forKey: .year)
    try values.encode(title, forKey: .title)
    try values.encode(container, forKey: .container)
    try values.encode(volume, forKey: .volume)
    try values.encode(issue, forKey: .issue)
    try values.encode(pages, forKey: .pages)
    try values.encode(publisher, forKey: .publisher)
    try values.encode(url, forKey: .url)
    try values.encode(doi, forKey: .doi)
    try values.encode(problems, forKey: .problems)
    try values.encode(number, forKey: .number)
    try values.encode(etAl, forKey: .etAl)
  }
}

/// One author (or editor) of a referenced work.
public struct ReferenceAuthor: Sendable, Equatable, Codable {
  /// The family name, or the whole name of a corporate author.
  public var family: String
  /// Given names or initials as written; `nil` for a corporate author.
  public var given: String?

  public init(family: String, given: String? = nil) {
    self.family = family
    self.given = given
  }

  private enum CodingKeys: String, CodingKey { case family, given }

  public func encode(to encoder: any Encoder) throws {
    var values = encoder.container(keyedBy: CodingKeys.self)
    try values.encode(family, forKey: .family)
    try values.encode(given, forKey: .given)
  }
}

/// The citation style an entry is written in.
public enum ReferenceStyle: String, Sendable, Codable, CaseIterable {
  case mla, apa, chicago, harvard, ieee, unknown
}

/// Something a reference entry lacks or gets wrong, with advice a student can act on.
public enum ReferenceProblem: String, Sendable, Codable, CaseIterable {
  case noAuthor = "no-author"
  case noYear = "no-year"
  case noTitle = "no-title"
  case noContainerOrPublisher = "no-container-or-publisher"
  case unbalancedQuotes = "unbalanced-quotes"
  case unbalancedParentheses = "unbalanced-parentheses"
  case garbledCharacters = "garbled-characters"

  /// One sentence telling the student what to fix.
  public var message: String {
    switch self {
    case .noAuthor: "No author: name the person or organisation responsible for the source."
    case .noYear: "No year: add the publication year (or n.d. when there is none)."
    case .noTitle: "No title: give the title of the work."
    case .noContainerOrPublisher:
      "No journal, website or publisher: say where the work appeared."
    case .unbalancedQuotes: "Unbalanced quotation marks: close the quotation around the title."
    case .unbalancedParentheses: "Unbalanced parentheses: check the brackets around the year."
    case .garbledCharacters:
      "Garbled characters (such as a stray ± or â€): retype the punctuation by hand."
    }
  }

  /// What is wrong, without the advice: the message up to its colon (`No year`).
  public var label: String {
    String(message.prefix { $0 != ":" })
  }

  /// The messages for stable codes, one sentence after another; a code this build does not
  /// know stays as written.
  public static func messages(_ codes: [String]) -> String {
    codes.map { ReferenceProblem(rawValue: $0)?.message ?? $0 }.joined(separator: " ")
  }
}
