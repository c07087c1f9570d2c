/// How findings, words, sources and peer feedback are matched between a draft and its final:
/// by content, never by offset, since sentences move when text is inserted above them.
extension Revision {
  /// Two reference entries or findings quoting them are the same source from this word-set
  /// similarity on (a corrected year or added DOI keeps an entry the same source).
  static let sameSourceThreshold = 0.6

  /// Splits the draft's findings into resolved and still open, and names the final's new ones.
  ///
  /// A finding is still open when the final has one of the same kind with the same text, or,
  /// for a finding on a sentence, one of the same kind on the sentence the draft's sentence
  /// became (kept, moved or rewritten); for an entry, on an entry that is the same source.
  static func findings(
    _ old: [RevisionSnapshot.Finding], _ new: [RevisionSnapshot.Finding],
    _ alignment: SentenceAlignment
  ) -> (
    resolved: [RevisionSnapshot.Finding], new: [RevisionSnapshot.Finding],
    open: [RevisionSnapshot.Finding]
  ) {
    var sentenceMap: [Int: Int] = [:]
    for change in alignment.changes {
      switch change {
      case .unchanged(let o, let n), .moved(let o, let n), .rewritten(let o, let n):
        sentenceMap[o] = n
      case .added, .removed: break
      }
    }
    var newTaken = [Bool](repeating: false, count: new.count)
    var oldOpen = [Bool](repeating: false, count: old.count)
    var open: [RevisionSnapshot.Finding] = []
    // Same kind, same text.
    var byKey: [String: [Int]] = [:]
    for (index, finding) in new.enumerated() { byKey[key(finding), default: []].append(index) }
    for (index, finding) in old.enumerated() {
      guard let match = byKey[key(finding)]?.first(where: { !newTaken[$0] }) else { continue }
      newTaken[match] = true
      oldOpen[index] = true
      open.append(new[match])
    }
    // Same kind on the same sentence or the same source.
    for (index, finding) in old.enumerated() where !oldOpen[index] {
      let match = new.indices.first { candidate in
        guard !newTaken[candidate], new[candidate].kind == finding.kind else { return false }
        if let sentence = finding.sentence {
          return sentenceMap[sentence] != nil && sentenceMap[sentence] == new[candidate].sentence
        }
        return SentenceAlignment.similarity(
          SentenceAlignment.wordSet(finding.text), SentenceAlignment.wordSet(new[candidate].text))
          >= sameSourceThreshold
      }
      guard let match else { continue }
      newTaken[match] = true
      oldOpen[index] = true
      open.append(new[match])
    }
    let resolved = old.indices.filter { !oldOpen[$0] }.map { old[$0] }
    let added = new.indices.filter { !newTaken[$0] }.map { new[$0] }
    return (resolved, added, open)
  }

  static func key(_ finding: RevisionSnapshot.Finding) -> String {
    finding.kind + "\u{1F}" + SentenceAlignment.key(finding.text)
  }

  /// Words added and removed, counted as a multiset (a word used twice more counts twice).
  static func wordChanges(_ old: [String], _ new: [String]) -> (added: Int, removed: Int) {
    var balance: [String: Int] = [:]
    for sentence in new { for word in words(sentence) { balance[word, default: 0] += 1 } }
    for sentence in old { for word in words(sentence) { balance[word, default: 0] -= 1 } }
    var added = 0
    var removed = 0
    for count in balance.values {
      if count > 0 { added += count } else { removed -= count }
    }
    return (added, removed)
  }

  /// The words of a sentence, lower-cased, in order.
  static func words(_ sentence: String) -> [String] { RevisionWords.words(sentence) }

  /// Sources only the final has, and sources only the draft had.
  static func sources(_ old: [String], _ new: [String]) -> (added: [String], dropped: [String]) {
    var oldTaken = [Bool](repeating: false, count: old.count)
    var added: [String] = []
    let oldWords = old.map(SentenceAlignment.wordSet)
    for source in new {
      let words = SentenceAlignment.wordSet(source)
      let match = old.indices.first {
        !oldTaken[$0]
          && (old[$0] == source
            || SentenceAlignment.similarity(oldWords[$0], words) >= sameSourceThreshold)
      }
      if let match { oldTaken[match] = true } else { added.append(source) }
    }
    return (added, old.indices.filter { !oldTaken[$0] }.map { old[$0] })
  }

  /// The draft's peer suggestions and questions that the final took up: the sentence the
  /// comment quoted was rewritten or removed, or the comment's own content words (at least
  /// two, or one name) now stand in the text where the draft did not have them.
  static func uptake(
    _ previous: RevisionSnapshot, _ current: RevisionSnapshot, _ alignment: SentenceAlignment
  ) -> [Uptake] {
    guard !previous.feedback.isEmpty else { return [] }
    var changedOld: [Int: String] = [:]  // draft sentence → what became of it
    for change in alignment.changes {
      switch change {
      case .rewritten(let old, _): changedOld[old] = "rewritten"
      case .removed(let old): changedOld[old] = "removed"
      default: break
      }
    }
    let oldStems = Set(previous.sentences.flatMap(words).map(CommentStemmer.stem))
    let newStems = Set(current.sentences.flatMap(words).map(CommentStemmer.stem))
    var uptake: [Uptake] = []
    var considered = Set<String>()
    for feedback in previous.feedback {
      // A sentence that is both a suggestion and a question is one piece of feedback.
      guard considered.insert(feedback.commentID + "\u{1F}" + feedback.text).inserted else {
        continue
      }
      if let evidence = quotedSentenceChange(feedback, previous.sentences, changedOld) {
        uptake.append(Uptake(feedback: feedback, post: current.title, evidence: evidence))
        continue
      }
      var seen = Set<String>()
      var taken: [String] = []
      var names = 0
      for word in contentWords(feedback.text) {
        let stem = CommentStemmer.stem(word.lowercased())
        guard seen.insert(stem).inserted, !oldStems.contains(stem), newStems.contains(stem)
        else { continue }
        taken.append(word)
        if word.first?.isUppercase == true { names += 1 }
      }
      if taken.count >= 2 || names >= 1 {
        uptake.append(
          Uptake(
            feedback: feedback, post: current.title,
            evidence: "the text now has "
              + taken.map { "“\($0)”" }.joined(separator: ", ")))
      }
    }
    return uptake
  }

  /// Why a comment's quoted sentence counts as acted on, when it was rewritten or removed.
  static func quotedSentenceChange(
    _ feedback: RevisionSnapshot.Feedback, _ sentences: [String], _ changed: [Int: String]
  ) -> String? {
    for quote in feedback.quotes {
      let needle = SentenceAlignment.key(quote)
      guard needle.count >= 8 else { continue }
      for (index, sentence) in sentences.enumerated()
      where SentenceAlignment.key(sentence).contains(needle) {
        if let what = changed[index] {
          return "the sentence it quoted was \(what): “\(FeedbackItem.quoteBody(sentence))”"
        }
      }
    }
    return nil
  }

  /// Words of a comment that carry its content (not function words or the talk of commenting),
  /// as written, in order.
  static func contentWords(_ text: String) -> [String] {
    var result: [String] = []
    var current = String.UnicodeScalarView()
    func flush() {
      let word = String(current)
      current.removeAll()
      let lower = word.lowercased()
      guard lower.count >= 4, !CommentVocabulary.stopWords.contains(lower),
        !CommentVocabulary.metaWords.contains(lower)
      else { return }
      result.append(word)
    }
    for scalar in text.unicodeScalars {
      if scalar.properties.isAlphabetic { current.append(scalar) } else { flush() }
    }
    flush()
    return result
  }
}

extension FeedbackItem {
  /// A passage shortened for a one-line report, without the quotation marks ``quote`` adds.
  static func quoteBody(_ text: String) -> String {
    String(quote(text).dropFirst().dropLast())
  }
}
