/// Classifies sentences and links claims to evidence.
///
/// Each sentence gets named features (position, indicator phrases, modals, stance, shared
/// vocabulary, citations, numbers, quotations), two logistic models trained on argument-annotated
/// essays score them (``ArgumentModel``), a small rule table overrides what the corpus cannot
/// teach, and each claim is linked to the evidence in its sentence and paragraph.
public enum ArgumentAnalyzer {
  /// - Parameters:
  ///   - title: the post's title; its words join the thesis vocabulary.
  ///   - paragraphs: the body paragraphs (position features are read from them).
  ///   - sentences: the body sentences, in order (never crossing a paragraph).
  ///   - words: the body word count (the denominator of the stance rates).
  ///   - citations: spans of in-text citations (evidence when inside a sentence).
  public static func analyze(
    document: Document, title: String?, paragraphs: [Span], sentences: [Span], words: Int,
    citations: [Span]
  ) -> ArgumentAnalysis {
    guard !sentences.isEmpty else { return ArgumentAnalysis() }
    let (groups, cues, features) = sentenceFeatures(
      document: document, title: title, paragraphs: paragraphs, sentences: sentences,
      citations: citations)
    let assessments = features.map(ArgumentModel.assess)
    // `groups` lists sentence indices in order, so `assessments` is parallel to `sentences`.
    let roles = assessments.map(\.role)
    let claims = linkClaims(
      document: document, sentences: sentences, groups: groups, cues: cues,
      assessments: assessments)
    var markers: [StanceMarker] = []
    cues.withUnsafeBufferPointer { cues in
      for index in cues.indices {
        if cues[index].matches.has(.boosters) {
          for range in assertedBoosters(cues[index], document: document) {
            markers.append(marker(.booster, range, cues[index], document))
          }
        }
        if cues[index].matches.has(.hedges) {
          for range in ownHedges(cues[index]) {
            markers.append(marker(.hedge, range, cues[index], document))
          }
        }
      }
    }
    markers.sort { $0.start < $1.start }
    let boosters = markers.filter { $0.kind == .booster }.count
    return ArgumentAnalysis(
      roles: roles, claims: claims,
      boostersPer100Words: rate(boosters, words),
      hedgesPer100Words: rate(markers.count - boosters, words),
      sentences: assessments, stanceMarkers: markers)
  }

  /// The cues and features of every sentence, and the sentences grouped by paragraph.
  static func sentenceFeatures(
    document: Document, title: String?, paragraphs: [Span], sentences: [Span],
    citations: [Span]
  ) -> (groups: [[Int]], cues: [SentenceFeatures.Cues], features: [SentenceFeatures]) {
    let groups = paragraphGroups(paragraphs: paragraphs, sentences: sentences)
    var words = LexiconIndex.shared.words
    // Room for the text's words up front (a word takes five scalars or more with the space
    // after it, and about half a text's words are repeats), so that the table is not
    // regrown while the text is read.
    let length = sentences.reduce(0) { $0 + $1.length }
    words.reserve(words: length / 10, bytes: length / 2)
    // Each sentence is handed only the citations that can overlap it (the cues filter them
    // again, so the features are the same): handing every sentence every citation made a
    // text with many citations take time quadratic in their number.
    let nearby = SpanNeighbourhood(citations)
    var cues: [SentenceFeatures.Cues] = []
    cues.reserveCapacity(sentences.count)
    document.scalars.withUnsafeBufferPointer { scalars in
      for sentence in sentences {
        cues.append(
          SentenceFeatures.Cues(
            scalars: scalars, sentence: sentence,
            citations: citations.isEmpty ? [] : nearby.overlapping(sentence), words: &words))
      }
    }
    // A paragraph that is one heading-shaped line (a title given as the first line of the
    // body, a subheading) takes no place in the introduction–body–conclusion order.
    let isHeading = groups.map { members in
      members.count == 1 && !cues[members[0]].isTerminated
        && cues[members[0]].tokens.count <= SentenceFeatures.headingWords
    }
    let proseParagraphs = isHeading.filter { !$0 }.count
    var titleTokens: ArgumentTokens?
    if let title {
      let document = Document(text: title)
      titleTokens = ArgumentTokens(document: document, span: document.fullSpan, words: &words)
    } else if let first = groups.first, isHeading[0] {
      titleTokens = cues[first[0]].tokens
    }
    // The thesis vocabulary: the title's content words and those of the introduction's last
    // sentence (where the thesis conventionally stands).
    var overlap = WordOverlap(words: words.count)
    if let titleTokens { overlap.addThesis(titleTokens) }
    if proseParagraphs >= 2, let introduction = groups.indices.first(where: { !isHeading[$0] }),
      let thesis = groups[introduction].last
    {
      overlap.addThesis(cues[thesis].tokens)
    }
    let neighbours = cues.map(SentenceFeatures.Neighbour.init)
    var features: [SentenceFeatures] = []
    features.reserveCapacity(sentences.count)
    var prose = 0
    // Through the buffer, each sentence's cues are read in place rather than copied.
    cues.withUnsafeBufferPointer { cues in
      for (paragraph, members) in groups.enumerated() {
        if let lead = members.first { overlap.setLead(cues[lead].tokens) }
        // A heading goes with the paragraph it heads.
        let place = isHeading[paragraph] ? min(prose, max(0, proseParagraphs - 1)) : prose
        if !isHeading[paragraph] { prose += 1 }
        for (position, index) in members.enumerated() {
          features.append(
            SentenceFeatures(
              cues: cues[index],
              position: .init(
                paragraph: place, paragraphs: max(1, proseParagraphs), sentence: position,
                sentences: members.count, textSentence: index, textSentences: sentences.count),
              overlap: overlap.overlap(cues[index].tokens),
              previous: position > 0 ? neighbours[members[position - 1]] : nil,
              next: position + 1 < members.count ? neighbours[members[position + 1]] : nil))
        }
      }
    }
    return (groups, cues, features)
  }

  /// Sentence indices grouped by the paragraph that holds them; a sentence outside every
  /// paragraph forms a paragraph of its own.
  static func paragraphGroups(paragraphs: [Span], sentences: [Span]) -> [[Int]] {
    let ordered = paragraphs.sorted()
    var groups: [[Int]] = []
    var current: [Int] = []
    var currentParagraph: Int?
    var cursor = 0
    for (index, sentence) in sentences.enumerated() {
      while cursor < ordered.count && ordered[cursor].end <= sentence.start { cursor += 1 }
      let paragraph: Int? =
        cursor < ordered.count && ordered[cursor].contains(offset: sentence.start)
        ? cursor : nil
      if current.isEmpty || paragraph == nil || paragraph != currentParagraph {
        if !current.isEmpty { groups.append(current) }
        current = []
      }
      current.append(index)
      currentParagraph = paragraph
    }
    if !current.isEmpty { groups.append(current) }
    return groups
  }

  static func marker(
    _ kind: StanceMarker.Kind, _ range: Range<Int>, _ cues: SentenceFeatures.Cues,
    _ document: Document
  ) -> StanceMarker {
    let span = cues.span(of: range)
    return StanceMarker(kind: kind, start: span.start, end: span.end, text: document.text(of: span))
  }

  /// Occurrences per 100 words, to two decimals.
  static func rate(_ count: Int, _ words: Int) -> Double {
    guard words > 0 else { return 0 }
    return (Double(count) * 10_000 / Double(words)).rounded() / 100
  }
}
