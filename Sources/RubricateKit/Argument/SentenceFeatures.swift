/// The named feature values of one sentence: what the role model reads and what explains it.
///
/// Names are stable: the trained weights (``ArgumentModel``) are keyed by them, and
/// `bench/train_claims.py` reads them from the corpus dump. Absent features are zero.
struct SentenceFeatures: Sendable, Equatable {
  var values: [String: Double] = [:]

  /// Features given by name (tests, and explanations of hand-made cases).
  init(_ values: [String: Double] = [:]) {
    self.values = values.filter { $0.value != 0 }
  }

  subscript(name: String) -> Double {
    get { values[name] ?? 0 }
    set { values[name] = newValue == 0 ? nil : newValue }
  }

  /// Where the sentence stands in its paragraph and the paragraph in the text.
  struct Position: Sendable, Equatable {
    var paragraph: Int
    var paragraphs: Int
    var sentence: Int
    var sentences: Int
  }

  /// The lexical cues one sentence carries, matched once and shared by features and support.
  struct Cues: Sendable, Equatable {
    var tokens: ArgumentTokens
    /// Every lexicon group's phrase matches.
    var matches: LexiconMatches
    var quotations: [Span]
    var citations: [Span]
    /// Token ranges of numbers followed by a unit (`40 %`, `3 million`).
    var statistics: [Range<Int>]
    var years: [Int]
    var numbers: [Int]
    var reason: Range<Int>?
    var example: Range<Int>?
    /// An attribution (`according to`, `a study found that`).
    var source: Range<Int>?
    /// A word naming a kind of source (`research`, `survey`).
    var sourceWord: Range<Int>?
    var boosters: [Range<Int>]
    var hedges: [Range<Int>]
    var isQuestion: Bool
    /// Whether the sentence ends with sentence punctuation (a heading does not).
    var isTerminated: Bool
  }

  /// Lexical groups matched anywhere in the sentence, by feature name.
  static let anywhereGroups: [(name: String, group: LexiconGroup)] = [
    ("has.conclusive", .conclusive),
    ("has.opinion", .opinion),
    ("has.stance", .stanceWords),
    ("has.obligation", .obligation),
    ("has.possibility", .possibility),
    ("has.prediction", .prediction),
    ("has.evaluative", .evaluative),
    ("has.firstPersonSingular", .firstPersonSingular),
    ("has.firstPersonPlural", .firstPersonPlural),
    ("has.secondPerson", .secondPerson),
  ]

  /// Lexical groups matched only as the sentence's opening words, by feature name.
  static let openingGroups: [(name: String, group: LexiconGroup)] = [
    ("opens.conclusion", .conclusionOpeners),
    ("opens.ordinal", .ordinalOpeners),
    ("opens.addition", .additionOpeners),
    ("opens.contrast", .contrastOpeners),
    ("opens.concession", .concessionOpeners),
    ("opens.othersView", .othersViewOpeners),
    ("opens.anaphora", .anaphoricOpeners),
    ("opens.condition", .conditionOpeners),
  ]

  /// The lexical features repeated with a `body.` prefix for sentences in body paragraphs
  /// (a cue means something else in an introduction than in a body paragraph).
  static let bodyInteracted: Set<String> = Set(
    anywhereGroups.map(\.name) + openingGroups.map(\.name) + [
      "has.reason", "has.example", "has.source", "has.sourceWord", "has.citation", "has.number",
      "has.statistic", "has.quotation", "has.narrative", "shape.question",
    ])

  /// The longest unpunctuated one-line paragraph read as a heading (in words).
  static let headingWords = 12

  /// `name` → `body.name` for the interacted features, built once (no string building per
  /// sentence).
  static let bodyNames: [String: String] = Dictionary(
    uniqueKeysWithValues: bodyInteracted.map { ($0, "body." + $0) })

  /// `position.<part><Place>` names, built once.
  static let positionNames: [String: String] = Dictionary(
    uniqueKeysWithValues: ["intro", "body", "conclusion"].flatMap { part in
      ["First", "Middle", "Last"].map { (part + $0, "position." + part + $0) }
    })

  /// Computes the features of one sentence.
  /// - Parameters:
  ///   - topic: content words of the thesis sentence and the title.
  ///   - lead: content words of the paragraph's first sentence.
  ///   - previous: the cues of the sentence before in the same paragraph.
  ///   - next: the cues of the sentence after in the same paragraph.
  init(
    cues: Cues, position: Position, topic: Set<String>, lead: Set<String>, previous: Cues?,
    next: Cues?, commas: Int
  ) {
    let tokens = cues.tokens
    let part: String
    // A text of one or two paragraphs (a short post) has no introduction and conclusion to
    // speak of: each paragraph is read like a body paragraph, lead sentence first. (Every
    // training essay has four paragraphs or more, so this is a choice, not a learnt rule.)
    if position.paragraphs < 3 {
      part = "body"
    } else if position.paragraph == 0 {
      part = "intro"
    } else if position.paragraph == position.paragraphs - 1 {
      part = "conclusion"
    } else {
      part = "body"
    }
    let place: String
    if position.sentence == 0 {
      place = "First"
    } else if position.sentence == position.sentences - 1 {
      place = "Last"
    } else {
      place = "Middle"
    }
    self[Self.positionNames[part + place] ?? "position.\(part)\(place)"] = 1
    self["position.only"] = position.sentences == 1 ? 1 : 0
    self["position.relative"] =
      Double(position.sentence) / Double(max(1, position.sentences - 1))
    self["shape.length"] = Double(min(tokens.count, 60)) / 30
    self["shape.commas"] = Double(min(commas, 5)) / 5
    self["shape.question"] = cues.isQuestion ? 1 : 0
    // A short unpunctuated paragraph of its own: a heading or a label, not prose.
    self["shape.heading"] =
      !cues.isTerminated && position.sentences == 1 && tokens.count <= Self.headingWords ? 1 : 0

    let content = Set(tokens.words.filter { !ArgumentLexicon.stopWords.contains($0) })
    if position.paragraph > 0, !content.isEmpty {
      self["overlap.thesis"] = Double(content.intersection(topic).count) / Double(content.count)
    }
    if position.sentence > 0, !content.isEmpty {
      self["overlap.paragraphLead"] =
        Double(content.intersection(lead).count) / Double(content.count)
    }

    for group in Self.openingGroups where cues.matches.opens(group.group) {
      self[group.name] = 1
    }
    for group in Self.anywhereGroups where cues.matches.has(group.group) {
      self[group.name] = 1
    }
    self["has.reason"] = cues.reason == nil ? 0 : 1
    self["has.example"] = cues.example == nil ? 0 : 1
    self["has.source"] = cues.source == nil ? 0 : 1
    self["has.sourceWord"] = cues.sourceWord == nil ? 0 : 1
    self["has.citation"] = cues.citations.isEmpty ? 0 : 1
    self["has.number"] = cues.numbers.isEmpty ? 0 : 1
    self["has.statistic"] = cues.statistics.isEmpty ? 0 : 1
    self["has.year"] = cues.years.isEmpty ? 0 : 1
    self["has.quotation"] = cues.quotations.isEmpty ? 0 : 1
    self["has.booster"] = cues.boosters.isEmpty ? 0 : 1
    self["has.hedge"] = cues.hedges.isEmpty ? 0 : 1
    let narrative = cues.matches[.narrative].count
    self["has.narrative"] = Double(min(narrative, 3)) / 3
    if let previous {
      self["previous.example"] = previous.example == nil ? 0 : 1
      self["previous.ordinal"] =
        previous.matches.opens(.ordinalOpeners) ? 1 : 0
      self["previous.evidence"] =
        previous.citations.isEmpty && previous.source == nil && previous.statistics.isEmpty
        ? 0 : 1
    }
    if let next {
      self["next.example"] = next.example == nil ? 0 : 1
      self["next.evidence"] =
        next.citations.isEmpty && next.source == nil && next.statistics.isEmpty ? 0 : 1
      self["next.anaphora"] = next.matches.opens(.anaphoricOpeners) ? 1 : 0
      self["next.conclusive"] = next.matches.opens(.conclusive) ? 1 : 0
      self["next.contrast"] = next.matches.opens(.contrastOpeners) ? 1 : 0
    }
    if part == "body" {
      for (name, value) in values {
        if let interacted = Self.bodyNames[name] { self[interacted] = value }
      }
    }
  }
}
