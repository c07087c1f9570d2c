/// Turning an author block's tokens into family and given names.
extension EntryScanner {
  /// One comma-, semicolon- or connector-separated piece of an author block.
  struct NameChunk {
    /// The name's words, each with its period when it had one (`G.`, `Okafor`).
    var parts: [String]
    /// Whether a connector (`and`, `&`) rather than a comma came before it.
    var afterConnector: Bool

    var isEmpty: Bool { parts.isEmpty }

    static func isInitialPart(_ part: String) -> Bool {
      let scalars = Array(part.unicodeScalars.filter { $0 != "." && $0 != "-" && $0 != "‐" })
      guard let first = scalars.first, CitationScalars.isUpper(first) else { return false }
      if part.hasSuffix(".") {
        if scalars.count == 1 { return true }
        if scalars.count <= 3, scalars.allSatisfy({ CitationScalars.isUpper($0) }) { return true }
        return ["Th", "Ch", "Chr", "Ph", "Wm", "Jas", "Geo"].contains(
          String(String.UnicodeScalarView(scalars)))
      }
      return scalars.count <= 2 && scalars.allSatisfy { CitationScalars.isUpper($0) }
    }

    var isInitialsOnly: Bool { !parts.isEmpty && parts.allSatisfy(NameChunk.isInitialPart) }
    var hasInitial: Bool { parts.contains(where: NameChunk.isInitialPart) }
    /// Words that are neither initials nor particles.
    var nameWords: [String] {
      parts.filter { !NameChunk.isInitialPart($0) && !EntryScanner.particles.contains($0) }
    }
    /// Given-name shaped: capitalised words or initials, at most three, no organisation words.
    var isGivenLike: Bool {
      !parts.isEmpty && parts.count <= 4
        && parts.allSatisfy { part in
          guard let first = part.unicodeScalars.first else { return false }
          return CitationScalars.isUpper(first) || EntryScanner.particles.contains(part)
            || part == "Jr." || part == "Sr."
        }
    }
  }

  mutating func buildAuthors(_ start: Int, _ end: Int) {
    var chunks: [NameChunk] = []
    var current = NameChunk(parts: [], afterConnector: false)
    var pendingConnector = false
    var index = start
    func flush() {
      if !current.isEmpty { chunks.append(current) }
      current = NameChunk(parts: [], afterConnector: pendingConnector)
    }
    while index < end {
      let token = tokens[index]
      switch token.kind {
      case .word:
        if token.text == "et" || token.text == "Et",
          isWord(index + 1, in: ["al"])
            || (isPunct(index + 1, ["."]) && isWord(index + 2, in: ["al"]))
        {
          etAl = true
          index += isWord(index + 1, in: ["al"]) ? 2 : 3
          continue
        }
        if token.text == "others", etAl { break }
        if token.text == "al" && etAl { break }
        if token.text == "and", !current.afterConnector, index > start,
          tokens[index - 1].kind == .word,
          index + 1 < end, tokens[index + 1].isCapitalized, current.parts.count >= 2,
          isCorporate(current)
        {
          // `Centers for Disease Control and Prevention`: one organisation.
          current.parts.append(token.text)
        } else if EntryScanner.connectors.contains(token.text) && token.text != "e" {
          pendingConnector = true
          flush()
          pendingConnector = false
          current.afterConnector = true
        } else if EntryScanner.editorWords.contains(token.text) {
          break
        } else {
          var part = token.text
          if isPunct(index + 1, ["."]) { part += "." }
          // `Martin- Facklam`: a hyphen left dangling by a line break joins the halves.
          if let last = current.parts.last, last.hasSuffix("-") {
            current.parts[current.parts.count - 1] = last + token.text
          } else if index > start, !token.spaceBefore, tokens[index - 1].kind == .punct,
            CitationScalars.isDash(tokens[index - 1].first) || tokens[index - 1].first == "’"
              || tokens[index - 1].first == "'",
            let last = current.parts.last
          {
            current.parts[current.parts.count - 1] =
              last + tokens[index - 1].text + part
          } else {
            current.parts.append(part)
          }
        }
      case .punct:
        if token.first == "," || token.first == ";" {
          flush()
        } else if token.first == "'" || token.first == "’", !token.spaceBefore,
          let last = current.parts.last
        {
          current.parts[current.parts.count - 1] = last + token.text
        } else if token.first == "&" {
          pendingConnector = true
          flush()
          pendingConnector = false
          current.afterConnector = true
        } else if CitationScalars.isDash(token.first), let last = current.parts.last,
          token.spaceBefore == false, index + 1 < end, tokens[index + 1].spaceBefore
        {
          current.parts[current.parts.count - 1] = last + "-"
        }
      case .number, .link:
        break
      }
      index += 1
    }
    flush()
    authors = assemble(chunks)
    if let first = chunks.first, chunks.count > 1, !first.hasInitial,
      chunks[1].isGivenLike, !chunks[1].afterConnector
    {
      layout.invertedFirstAuthor = true
    }
    if let first = chunks.first?.parts.first, NameChunk.isInitialPart(first),
      chunks.first?.parts.count ?? 0 >= 2
    {
      layout.givenFirstInitials = true
    }
    layout.initialsOnly =
      chunks.contains { $0.isInitialsOnly }
      || chunks.contains { chunk in
        chunk.parts.count >= 2 && chunk.parts.dropLast().allSatisfy(NameChunk.isInitialPart)
      }
  }

  func assemble(_ chunks: [NameChunk]) -> [ReferenceAuthor] {
    assembleRaw(chunks).map { author in
      ReferenceAuthor(
        family: EntryScanner.stripPeriod(author.family),
        given: author.given.map(EntryScanner.stripPeriod))
    }
  }

  func assembleRaw(_ chunks: [NameChunk]) -> [ReferenceAuthor] {
    if chunks.count == 1, let only = chunks.first, isCorporate(only) {
      return [ReferenceAuthor(family: only.parts.joined(separator: " "), given: nil)]
    }
    var result: [ReferenceAuthor] = []
    var index = 0
    while index < chunks.count {
      let chunk = chunks[index]
      let next = index + 1 < chunks.count ? chunks[index + 1] : nil
      // Vancouver `Lindholm ML` and `Hasegawa T.`: the family name, then only initials.
      if chunk.parts.count >= 2, !NameChunk.isInitialPart(chunk.parts[0]),
        let firstInitial = chunk.parts.firstIndex(where: NameChunk.isInitialPart),
        chunk.parts[firstInitial...].allSatisfy({
          NameChunk.isInitialPart($0) || EntryScanner.suffixes.contains($0)
        })
      {
        result.append(
          ReferenceAuthor(
            family: chunk.parts[..<firstInitial].joined(separator: " "),
            given: chunk.parts[firstInitial...].joined(separator: " ")))
        index += 1
        continue
      }
      // `Okafor, A. K.`, `Lindqvist, Maria K.`, `García Márquez, Gabriel`: family, then given
      // names; but `Ling Tony Chen, R. Drach` is two people, and a numbered note's
      // `1. Jared Diamond, Guns, …` names its author given names first.
      let noteAuthor = number != nil && index == 0 && chunk.nameWords.count >= 2
      if let next, !next.afterConnector, !chunk.hasInitial, next.isGivenLike, !noteAuthor,
        next.isInitialsOnly || next.parts.count == 1
          || (chunk.nameWords.count == 1 && next.parts.count <= 3)
      {
        result.append(
          ReferenceAuthor(
            family: chunk.parts.filter { !EntryScanner.suffixes.contains($0) }.joined(
              separator: " "),
            given: next.parts.joined(separator: " ")))
        index += 2
        continue
      }
      if chunk.parts.count == 1 || isCorporate(chunk) {
        result.append(ReferenceAuthor(family: chunk.parts.joined(separator: " "), given: nil))
        index += 1
        continue
      }
      // Given names first: the family name is the last word with its particles.
      var familyStart = chunk.parts.count - 1
      while familyStart > 1,
        EntryScanner.particles.contains(chunk.parts[familyStart - 1].lowercased())
      {
        familyStart -= 1
      }
      var familyParts = Array(chunk.parts[familyStart...])
      var givenParts = Array(chunk.parts[..<familyStart])
      if EntryScanner.suffixes.contains(familyParts.last ?? ""), familyStart > 0 {
        familyParts = [chunk.parts[familyStart - 1]]
        givenParts = Array(chunk.parts[..<(familyStart - 1)])
      }
      result.append(
        ReferenceAuthor(
          family: EntryScanner.stripPeriod(familyParts.joined(separator: " ")),
          given: givenParts.isEmpty ? nil : givenParts.joined(separator: " ")))
      index += 1
    }
    return result
  }

  /// `Deborah.` → `Deborah`, `Organization.` → `Organization`; initials (`A. K.`) keep theirs.
  /// Generational suffixes, never a family name (`Platt Jr`, `King, Martin Luther, Jr.`).
  static let suffixes: Set<String> = ["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"]

  static func stripPeriod(_ text: String) -> String {
    guard text.hasSuffix(".") else { return text }
    let last = text.split(separator: " ").last.map(String.init) ?? text
    return NameChunk.isInitialPart(last) ? text : String(text.dropLast())
  }

  func isCorporate(_ chunk: NameChunk) -> Bool {
    if chunk.parts.contains(where: { EntryScanner.corporateGlue.contains($0) }) { return true }
    if chunk.parts.contains(where: {
      EntryScanner.corporateWords.contains(
        CitationScalars.fold($0).trimmingCharacters(in: .punctuationCharacters))
    }) {
      return true
    }
    if chunk.parts.count >= 4, !chunk.hasInitial { return true }
    // An all-capital acronym (`AASHTO`, `BBC`).
    if chunk.parts.count == 1, let only = chunk.parts.first, only.unicodeScalars.count >= 3,
      only.unicodeScalars.allSatisfy({ CitationScalars.isUpper($0) || $0 == "." })
    {
      return true
    }
    return false
  }
}
