/// One place in the text that points at a source.
public struct InTextCitation: Sendable, Equatable, Codable {
  /// How the citation is written.
  public enum Kind: String, Sendable, Codable, CaseIterable {
    /// `(Okafor and Lindqvist 2011)`, `(Wu, 2001, p. 390)`, `(Brandt 45)`.
    case parenthetical
    /// `Haddad (2007) argues`.
    case narrative
    /// `[3]`, `[2, 5-7]`.
    case numeric
    /// A hyperlink to a source.
    case link
    /// `according to the BBC`: a named source without a date (a weak citation).
    case attribution
  }

  /// Where the citation sits (scalar offsets, end exclusive).
  public var start: Int
  public var end: Int
  /// The citation as written.
  public var text: String
  public var kind: Kind
  /// The author names (family names or organisations) as written.
  public var names: [String]
  /// The year as written (`2001`, `2007b`, `n.d.`), when there is one.
  public var year: String?
  /// The index of the matched reference entry, `nil` when none (or several) match.
  public var reference: Int?
  /// Every entry that fits; more than one means the match is ambiguous.
  public var candidates: [Int]
  /// For a numeric citation: the numbers it cites, ranges expanded.
  public var numbers: [Int]
  /// The page or other locator (`p. 390`, `45`), when given.
  public var locator: String?
  /// The URL of a link citation.
  public var url: String?
  /// `(Duffer)`: a bracketed name with no year or page, a citation only when the reference list
  /// holds that name (not encoded).
  var nameOnly = false

  /// A citation; matching fills `reference` and `candidates` later.
  public init(
    start: Int, end: Int, text: String, kind: Kind, names: [String] = [], year: String? = nil,
    reference: Int? = nil, candidates: [Int] = [], numbers: [Int] = [], locator: String? = nil,
    url: String? = nil
  ) {
    self.start = start
    self.end = end
    self.text = text
    self.kind = kind
    self.names = names
    self.year = year
    self.reference = reference
    self.candidates = candidates
    self.numbers = numbers
    self.locator = locator
    self.url = url
  }

  /// The citation's place in the document.
  public var span: Span { Span(start, end) }

  private enum CodingKeys: String, CodingKey {
    case start, end, text, kind, names, year, reference, candidates, numbers, locator, url
  }

  public init(from decoder: any Decoder) throws {
    let values = try decoder.container(keyedBy: CodingKeys.self)
    start = try values.decode(Int.self, forKey: .start)
    end = try values.decode(Int.self, forKey: .end)
    text = try values.decode(String.self, forKey: .text)
    kind = try values.decode(Kind.self, forKey: .kind)
    names = try values.decodeIfPresent([String].self, forKey: .names) ?? []
    year = try values.decodeIfPresent(String.self, forKey: .year)
    reference = try values.decodeIfPresent(Int.self, forKey: .reference)
    candidates = try values.decodeIfPresent([Int].self, forKey: .candidates) ?? []
    numbers = try values.decodeIfPresent([Int].self, forKey: .numbers) ?? []
    locator = try values.decodeIfPresent(String.self, forKey: .locator)
    url = try values.decodeIfPresent(String.self, forKey: .url)
  }

  /// Encodes every key, absent values as `null`, so the JSON shape never varies.
  public func encode(to encoder: any Encoder) throws {
    var values = encoder.container(keyedBy: CodingKeys.self)
    try values.encode(start, forKey: .start)
    try values.encode(end, forKey: .end)
    try values.encode(text, forKey: .text)
    try values.encode(kind, forKey: .kind)
    try values.encode(names, forKey: .names)
    try values.encode(year, forKey: .year)
    try values.encode(reference, forKey: .reference)
    try values.encode(candidates, forKey: .candidates)
    try values.encode(numbers, forKey: .numbers)
    try values.encode(locator, forKey: .locator)
    try values.encode(url, forKey: .url)
  }
}
