/// Matches in-text citations to reference entries: author-year by family name and year,
/// MLA author-page by family name, numeric by number, links by URL, attributions by name.
///
/// Names are compared folded (case and accents ignored, punctuation dropped), so `Nédellec`
/// matches `Nedellec` and `O’Brien` matches `OBrien`; `et al.` never takes part.
public enum CitationMatcher {
  /// The citations with `reference` and `candidates` filled in.
  public static func match(_ citations: [InTextCitation], to references: [ReferenceEntry])
    -> [InTextCitation]
  {
    let index = Index(references)
    return citations.map { citation in
      var matched = citation
      var candidates: [Int]
      switch citation.kind {
      case .numeric:
        candidates = citation.numbers.compactMap { index.byNumber[$0] }
        matched.candidates = unique(candidates)
        matched.reference = candidates.first
        return matched
      case .link:
        candidates = citation.url.flatMap { index.byURL[normalisedURL($0)] } ?? []
        // A link on `Lindgren’s interview study`: the name in its text finds the entry.
        if candidates.isEmpty, let name = citation.names.first {
          candidates = index.entries(named: name)
        }
      case .attribution:
        candidates = citation.names.first.map { index.entries(named: $0) } ?? []
      case .parenthetical, .narrative:
        candidates = authorYear(citation, index, references)
        // A narrative citation that is also a link: its address confirms the entry.
        if candidates.isEmpty, let url = citation.url {
          candidates = index.byURL[normalisedURL(url)] ?? []
        }
      }
      matched.candidates = unique(candidates)
      matched.reference = matched.candidates.count == 1 ? matched.candidates[0] : nil
      return matched
    }
  }

  static func authorYear(_ citation: InTextCitation, _ index: Index, _ references: [ReferenceEntry])
    -> [Int]
  {
    guard let first = citation.names.first else { return [] }
    var candidates = index.entries(named: first)
    // `In Oslo, Strand and Eide (2020)`: a list read from the prose may open with a word that
    // is no author; the first name that has an entry leads.
    for name in citation.names.dropFirst().prefix(2)
    where candidates.isEmpty && citation.names.count >= 3 {
      candidates = index.entries(named: name)
    }
    if let year = citation.year {
      let wanted = yearKey(year)
      candidates = candidates.filter { entry in
        guard let entryYear = references[entry].year else { return false }
        let have = yearKey(entryYear)
        if have.digits != wanted.digits { return false }
        // `2007a` against `2007b` differ; against a bare `2007` they fit.
        return have.suffix == nil || wanted.suffix == nil || have.suffix == wanted.suffix
      }
    }
    if candidates.count > 1, citation.names.count >= 2 {
      let second = CitationScalars.nameKey(citation.names[1])
      let narrowed = candidates.filter { entry in
        let authors = references[entry].authors
        return authors.count >= 2 && CitationScalars.nameKey(authors[1].family) == second
      }
      if !narrowed.isEmpty { candidates = narrowed }
    }
    return candidates
  }

  static func yearKey(_ year: String) -> (digits: String, suffix: String?) {
    let scalars = Array(year.unicodeScalars)
    let digits = String(String.UnicodeScalarView(scalars.filter { CitationScalars.isDigit($0) }))
    let letters = scalars.filter { CitationScalars.isLower($0) }
    if year == "n.d." { return ("n.d.", nil) }
    return (digits, letters.count == 1 ? String(String.UnicodeScalarView(letters)) : nil)
  }

  static func unique(_ values: [Int]) -> [Int] {
    var seen = Set<Int>()
    return values.filter { seen.insert($0).inserted }
  }

  /// `https://www.Example.org/page/` → `example.org/page`.
  static func normalisedURL(_ url: String) -> String {
    var text = url.lowercased()
    for prefix in ["https://", "http://"] where text.hasPrefix(prefix) {
      text.removeFirst(prefix.count)
    }
    if text.hasPrefix("www.") { text.removeFirst(4) }
    while text.hasSuffix("/") { text.removeLast() }
    return text
  }

  /// Lookup tables built once per reference list.
  struct Index {
    var byFamily: [String: [Int]] = [:]
    var byNumber: [Int: Int] = [:]
    var byURL: [String: [Int]] = [:]

    init(_ references: [ReferenceEntry]) {
      let numbered = references.contains { $0.number != nil }
      for (position, entry) in references.enumerated() {
        if let first = entry.authors.first {
          for key in keys(forName: first.family) { byFamily[key, default: []].append(position) }
        } else if let title = entry.title {
          // MLA cites an authorless work by its title's first words.
          for key in keys(forTitle: title) { byFamily[key, default: []].append(position) }
        }
        if numbered {
          if let number = entry.number, byNumber[number] == nil { byNumber[number] = position }
        } else {
          byNumber[position + 1] = position
        }
        if let url = entry.url { byURL[normalisedURL(url), default: []].append(position) }
        if let doi = entry.doi {
          byURL[normalisedURL("doi.org/" + doi), default: []].append(position)
        }
      }
    }

    func entries(named name: String) -> [Int] {
      let key = CitationScalars.nameKey(name)
      guard !key.isEmpty else { return [] }
      if let found = byFamily[key] { return found }
      // `the Centers for Disease Control` against `Centers for Disease Control and Prevention`.
      let words = name.split(separator: " ").filter { $0.lowercased() != "the" }
      if words.count > 1,
        let found = byFamily[CitationScalars.nameKey(words.joined(separator: " "))]
      {
        return found
      }
      return []
    }

    /// The family name itself and, for an organisation, its acronym and its first word.
    func keys(forName family: String) -> [String] {
      var keys = [CitationScalars.nameKey(family)]
      let words = family.split(separator: " ").map(String.init)
      if words.count > 1 {
        let capitals = words.compactMap { word -> Unicode.Scalar? in
          guard let first = word.unicodeScalars.first, CitationScalars.isUpper(first) else {
            return nil
          }
          return first
        }
        if capitals.count >= 2 {
          keys.append(CitationScalars.nameKey(String(String.UnicodeScalarView(capitals))))
        }
        // `BBC News` is cited as `BBC`.
        keys.append(CitationScalars.nameKey(words[0]))
        // `van Dijk` is cited as `Van Dijk` or `Dijk`.
        if let last = words.last { keys.append(CitationScalars.nameKey(last)) }
      }
      return Array(Set(keys.filter { !$0.isEmpty })).sorted()
    }

    func keys(forTitle title: String) -> [String] {
      let words = title.split(separator: " ").map(String.init).filter {
        !["the", "a", "an"].contains($0.lowercased())
      }
      var keys: [String] = []
      var prefix = ""
      for word in words.prefix(4) {
        prefix += word
        keys.append(CitationScalars.nameKey(prefix))
      }
      return keys
    }
  }
}
