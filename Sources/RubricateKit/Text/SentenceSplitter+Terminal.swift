extension SentenceSplitter.Pass {
  /// Reads the terminal punctuation cluster at `offset`, decides whether it ends the sentence
  /// (cutting when it does) and returns where scanning resumes.
  mutating func terminal(at offset: Int) -> Int {
    // The cluster: terminal marks, also spaced (`. . .`, `! ! !`, `Fig. ??`).
    var cursor = offset
    var dots = 0
    var marks = 0
    while cursor < end {
      let value = scalars[cursor].value
      if value == 0x2E {
        dots += 1
      } else if value == 0x2026 {
        dots += 3
      } else if SentenceSplitter.isTerminal(scalars[cursor]) {
        marks += 1
      } else if value == 0x20 && cursor > offset && cursor + 1 < end
        && SentenceSplitter.isTerminal(scalars[cursor + 1])
      {
        cursor += 1
        continue
      } else {
        break
      }
      cursor += 1
    }
    let clusterEnd = cursor
    // `[...]` and `(...)` mark an omission, not an ending.
    if offset > start, scalars[offset - 1] == "[" || scalars[offset - 1] == "(" {
      return clusterEnd
    }
    var closed = clusterEnd
    while closed < end && closers.contains(scalars[closed].value) {
      closed += 1
    }
    let absorbed = closed > clusterEnd
    guard closed < end else { return closed }
    let attached = offset > start && ScalarClass.isWordCharacter(scalars[offset - 1])
    guard ScalarClass.isWhitespace(scalars[closed]) else {
      // The space typed on the wrong side (`average .If`) or forgotten (`park.Then`, `fun!The`,
      // `better."According`).
      let detached = offset > start && ScalarClass.isWhitespace(scalars[offset - 1])
      // Ideographic and full-width marks are followed by no space (`句子．This`).
      if scalars[offset].value >= 0x3000 {
        cut(at: closed)
        return closed
      }
      // Note numbers typed after the period (`consultation.11 12 Take`): the sentence ends
      // after them when a capitalised word follows.
      if dots == 1 && marks == 0 && !absorbed && attached && ScalarClass.isDigit(scalars[closed]),
        let notesEnd = noteNumbersEnd(after: closed, period: offset)
      {
        cut(at: notesEnd)
        return notesEnd
      }
      let glued =
        (detached && ScalarClass.isLetter(scalars[closed]))
        || (dots == 1 && marks == 0 && !absorbed && attached && missingSpace(offset))
        || (marks > 0 && dots == 0 && attached && missingSpace(offset)
          && !SentenceSplitter.exclamationNameKeys.contains(keyBefore(offset).hash))
        || (absorbed && closed + 1 < end && ScalarClass.isUppercase(scalars[closed])
          && ScalarClass.isLowercase(scalars[closed + 1]))
      if glued { cut(at: closed) }
      return closed
    }
    // The next word, past white space, opening quotes, brackets and dashes.
    var next = closed
    var newlines = 0
    while next < end && ScalarClass.isWhitespace(scalars[next]) {
      if scalars[next] == "\n" { newlines += 1 }
      next += 1
    }
    if newlines >= 2 || next >= end {
      cut(at: closed)
      return closed
    }
    let afterSpace = next
    while next < end
      && (openers.contains(scalars[next].value)
        || ScalarClass.isWhitespace(scalars[next]))
    {
      next += 1
    }
    guard next < end, ScalarClass.isWordCharacter(scalars[next]) else { return closed }
    let nextScalar = scalars[next]
    let upper = ScalarClass.isUppercase(nextScalar)
    let lower = ScalarClass.isLowercase(nextScalar)
    let digit = ScalarClass.isDigit(nextScalar)

    var ends: Bool
    if marks > 0 {
      let exclamationName =
        marks == 1 && dots == 0 && scalars[offset] == "!"
        && SentenceSplitter.exclamationNameKeys.contains(keyBefore(offset).hash)
      // Student prose often starts a sentence in lower case after `?` or `!`, as after a
      // period (`be trusted? thats the question`, `needs! students will`). Not when the mark
      // closed a quotation or bracket (`“Who decides?” and nobody answered`) or an opening
      // dash or quote stands before the word (`voila! -- a cake`): the sentence goes on.
      let lowerStarts = lower && !absorbed && next == afterSpace
      ends = (!lower || lowerStarts) && !exclamationName
    } else if dots <= 2 {
      ends = afterPeriod(offset, attached: attached, absorbed: absorbed, next: next)
    } else if dots == 3 {
      ends = upper && !SentenceSplitter.pronounIKeys.contains(word(at: next))
    } else {
      // `word. . . . Next`: the word's own period ends the sentence, the ellipsis opens the
      // next one (as style guides quote an omission at the start of a sentence).
      if attached && scalars[offset] == "." && offset + 1 < end && scalars[offset + 1] == " "
        && upper
      {
        cut(at: offset + 1)
        return closed
      }
      ends = upper || digit
    }
    if ends { cut(at: closed) }
    return closed
  }

  /// Whether a single period (or a doubled one) at `offset` ends the sentence, given the word
  /// that starts at `next`.
  private func afterPeriod(_ offset: Int, attached: Bool, absorbed: Bool, next: Int) -> Bool {
    let nextScalar = scalars[next]
    let upper = ScalarClass.isUppercase(nextScalar)
    let lower = ScalarClass.isLowercase(nextScalar)
    let digit = ScalarClass.isDigit(nextScalar)
    let degreeBefore = offset > start && scalars[offset - 1] == "°"
    if attached || degreeBefore {
      let key = keyBefore(offset)
      if SentenceSplitter.nameAbbreviationKeys.contains(key.hash) { return false }
      if digit && SentenceSplitter.numberAbbreviationKeys.contains(key.hash) { return false }
      // A one-letter initial is a capital (`Anna K. Okafor`); `a grade of d.` ends a sentence.
      let initial =
        key.length == 1
        ? ScalarClass.isUppercase(scalars[offset - 1]) : isInitialism(key)
      // A one-letter initial that opens its sentence is a label (`A. It is a cat.` after
      // `Q. What is it?`).
      if key.length == 1 && initial && onlySpaceBefore(offset - 1) { return false }
      // `a.m.` / `p.m.` after a number is a time: a capitalised word after it starts a new
      // sentence (`at 6 P.M. Travelers`, `at 10 p.m. I'm going`).
      if upper && isTimeOfDay(key, before: offset) { return true }
      if SentenceSplitter.abbreviationKeys.contains(key.hash) || initial {
        return upper && SentenceSplitter.sentenceStarterKeys.contains(word(at: next))
      }
    }
    if absorbed && lower { return false }
    return true
  }

  /// Whether only white space (or nothing) stands between the sentence's start and `offset`.
  private func onlySpaceBefore(_ offset: Int) -> Bool {
    var cursor = offset
    while cursor > sentenceStart {
      guard ScalarClass.isWhitespace(scalars[cursor - 1]) else { return false }
      cursor -= 1
    }
    return true
  }

  static let timeKeys: [UInt64] = [AbbreviationKey.of("a.m"), AbbreviationKey.of("p.m")]

  /// `A.M` / `P.M` in capitals after a number (`6 A.M.`). (In lower case, as pySBD's golden
  /// rules have it, `at 5 a.m. Mr. Smith went` goes on: only a sentence starter follows a new
  /// sentence there.)
  private func isTimeOfDay(_ key: AbbreviationKey, before offset: Int) -> Bool {
    guard key.length == 3, Self.timeKeys.contains(key.hash), offset >= start + 5,
      ScalarClass.isUppercase(scalars[offset - 1])
    else {
      return false
    }
    var cursor = offset - 4
    while cursor > start && scalars[cursor] == " " { cursor -= 1 }
    return ScalarClass.isDigit(scalars[cursor])
  }

  /// Where a run of note numbers after a period ends (`.11 12 ` before `Take`): one to three
  /// digits each, separated by single spaces, then a capitalised word; nil otherwise. The
  /// period must close a word of letters (`consultation.11`, not `3.11`).
  func noteNumbersEnd(after first: Int, period: Int) -> Int? {
    guard period > start, ScalarClass.isLetter(scalars[period - 1]),
      period - 1 == start || !ScalarClass.isLetter(scalars[period - 2])
        || ScalarClass.isLowercase(scalars[period - 1])
    else { return nil }
    var cursor = first
    var numbers = 0
    while cursor < end, numbers < 4 {
      var digits = 0
      while cursor < end, ScalarClass.isDigit(scalars[cursor]), digits < 4 {
        cursor += 1
        digits += 1
      }
      guard digits > 0, digits <= 3, cursor < end, scalars[cursor] == " " else { return nil }
      numbers += 1
      let afterSpace = cursor + 1
      guard afterSpace + 1 < end else { return nil }
      if ScalarClass.isUppercase(scalars[afterSpace])
        && ScalarClass.isLowercase(scalars[afterSpace + 1])
      {
        return cursor
      }
      cursor = afterSpace
    }
    return nil
  }

  /// The offset of a period inside the word `offset..<wordEnd` that ends one sentence glued
  /// to the next (`Tuesday.Mr.`): lower-case letters before it, a capital and a lower-case
  /// letter after it, and no abbreviation before it.
  func gluedPeriod(from offset: Int, to wordEnd: Int) -> Int? {
    guard wordEnd - offset >= 5 else { return nil }
    var cursor = offset + 2
    while cursor + 2 < wordEnd {
      if scalars[cursor] == "." && ScalarClass.isUppercase(scalars[cursor + 1])
        && missingSpace(cursor)
      {
        // Not inside an address (`Jane.Doe@example.com`).
        let address = scalars[offset..<wordEnd].contains { $0 == "@" || $0 == "/" }
        return address ? nil : cursor
      }
      cursor += 1
    }
    return nil
  }

  /// `park.Then`: a period between a lower-case word (or a number: `1,000.That`) and a
  /// capitalised one, the space forgotten.
  func missingSpace(_ offset: Int) -> Bool {
    guard offset + 2 < end, ScalarClass.isUppercase(scalars[offset + 1]),
      ScalarClass.isLowercase(scalars[offset + 2])
    else { return false }
    if offset > start && ScalarClass.isDigit(scalars[offset - 1]) { return true }
    var cursor = offset
    while cursor > start && offset - cursor < 64 && ScalarClass.isLowercase(scalars[cursor - 1]) {
      cursor -= 1
    }
    guard offset - cursor >= 2 else { return false }
    if cursor > start && ScalarClass.isUppercase(scalars[cursor - 1]) { cursor -= 1 }
    if cursor > start && !ScalarClass.isWhitespace(scalars[cursor - 1]) { return false }
    let key = keyBefore(offset).hash
    return !SentenceSplitter.abbreviationKeys.contains(key)
      && !SentenceSplitter.nameAbbreviationKeys.contains(key)
  }

  /// The lower-cased letters (with inner periods, apostrophes and `°`) just before `offset`,
  /// as a key into the abbreviation tables (`u.s`, `e.g`, `mr`, `n°`), with its shape.
  func keyBefore(_ offset: Int) -> AbbreviationKey {
    var lower = offset
    let floor = max(start, sentenceStart)  // no key reaches into the sentence before
    while lower > floor && offset - lower < 16 {  // abbreviation keys are short
      let scalar = scalars[lower - 1]
      if ScalarClass.isLetter(scalar) || scalar == "." || scalar == "°"
        || ScalarClass.isApostrophe(scalar)
      {
        lower -= 1
      } else {
        break
      }
    }
    if lower > floor && ScalarClass.isDigit(scalars[lower - 1]) { return AbbreviationKey() }
    var key = AbbreviationKey()
    var part = 0
    for scalar in scalars[lower..<offset] {
      key.add(scalar)
      key.length += 1
      if scalar == "." {
        key.parts += 1
        if part == 0 || part > 2 { key.shortParts = false }
        part = 0
      } else {
        part += 1
      }
    }
    key.parts += 1
    if part == 0 || part > 2 { key.shortParts = false }
    return key
  }

  /// The key of the lower-cased word at `offset` (letters and apostrophes), for the starter
  /// table.
  func word(at offset: Int) -> UInt64 {
    var key = AbbreviationKey()
    var cursor = offset
    while cursor < end && cursor - offset < 16
      && (ScalarClass.isLetter(scalars[cursor]) || ScalarClass.isApostrophe(scalars[cursor]))
    {
      key.add(scalars[cursor])
      cursor += 1
    }
    return key.hash
  }

  /// An initialism of one- and two-letter parts (`u.s`, `ph.d`).
  private func isInitialism(_ key: AbbreviationKey) -> Bool {
    key.parts >= 2 && key.shortParts
  }
}
