/// The word and phrase tables the argument features read.
///
/// Where the entries come from: the indicator groups follow the discourse-marker lists used
/// for argument mining in student essays (Stab & Gurevych 2014, "Identifying argumentative
/// discourse structures in persuasive essays", §4: forward, backward, thesis and rebuttal
/// indicators) and Persing & Ng's (2016) stance and modal cues; the booster and hedge lists are
/// Hyland's (2005) metadiscourse inventory, cut down to entries that are unambiguous in
/// student prose. All entries are lower case; curly apostrophes are folded to `'`.
enum ArgumentLexicon {
  /// Openers of a concluding restatement (the thesis restated at the end).
  static let conclusionOpeners = PhraseTable([
    "in conclusion", "to conclude", "to sum up", "to summarize", "to summarise", "in summary",
    "in sum", "all in all", "overall", "in short", "in brief", "to put it simply",
    "taking everything into account", "all things considered", "in a nutshell",
  ])

  /// Openers that number the writer's points.
  static let ordinalOpeners = PhraseTable([
    "first", "firstly", "first of all", "to begin with", "to start with", "second", "secondly",
    "third", "thirdly", "another", "finally", "lastly", "last but not least", "the first",
    "the second", "the third", "the last", "one reason", "another reason", "the main reason",
    "the most important",
  ])

  /// Openers that add to what came before.
  static let additionOpeners = PhraseTable([
    "moreover", "furthermore", "in addition", "besides", "also", "additionally", "what is more",
    "what's more", "apart from this", "not only", "similarly", "likewise",
  ])

  /// Openers that turn against what came before (rebuttal indicators).
  static let contrastOpeners = PhraseTable([
    "however", "but", "nevertheless", "nonetheless", "on the other hand", "in contrast",
    "on the contrary", "conversely", "yet", "still", "instead",
  ])

  /// Concessive openers: the writer grants a point before answering it.
  static let concessionOpeners = PhraseTable([
    "while", "whereas", "although", "though", "even though", "despite", "in spite of",
    "admittedly", "it is true that", "granted", "of course",
  ])

  /// Openers that report somebody else's view (often the view the writer then rejects).
  static let othersViewOpeners = PhraseTable([
    "some people", "some", "many people", "most people", "others", "other people",
    "it is often said", "it is always said", "it is commonly said", "it is argued",
    "it is believed", "opponents", "critics", "supporters", "proponents", "people who",
  ])

  /// Openers that refer back (a sentence that elaborates the one before).
  static let anaphoricOpeners = PhraseTable([
    "this", "these", "that", "those", "it", "they", "such", "he", "she", "his", "her", "their",
  ])

  /// Openers of a condition or a circumstance.
  static let conditionOpeners = PhraseTable(["if", "when", "whenever", "unless", "once"])

  /// Forward indicators: what follows is a conclusion (Stab & Gurevych's "forward" list).
  static let conclusive = PhraseTable([
    "therefore", "thus", "hence", "consequently", "as a result", "as a consequence",
    "for this reason", "for these reasons", "that is why", "this is why", "this means",
    "it follows that", "accordingly", "so",
  ])

  /// Backward indicators: what follows is a reason.
  static let reason = PhraseTable([
    "because", "since", "as a result of", "due to", "owing to", "given that", "the reason is",
    "in order to", "so that", "thanks to",
  ])

  /// Examples introduced as such.
  static let example = PhraseTable([
    "for example", "for instance", "such as", "e g", "to illustrate", "as an example",
    "an example", "a good example", "a case in point", "namely",
  ])

  /// Attributions: the sentence reports what a source says or found (a named source, a study).
  static let attribution = PhraseTable([
    "according to", "states that", "stated that", "argues that", "argued that", "writes that",
    "wrote that", "points out that", "pointed out that", "concluded that", "concludes that",
    "estimates that", "estimated that", "reported that", "reports that", "as cited in",
    "as reported by", "published in", "in his book", "in her book", "in their book",
    "in the article", "in a study", "in a survey", "a study by", "a study of", "a survey by",
    "a survey of", "research shows", "research showed", "research suggests", "research has shown",
    "studies show", "studies have shown", "studies suggest", "studies found", "a study found",
    "the study found", "one study found", "researchers found", "scientists found",
    "the survey found", "the report found", "statistics show", "data show", "data shows",
    "experts say", "scientists say", "evidence shows", "figures show",
  ])

  /// Words that name kinds of sources (a weaker cue: "research" may be the topic).
  static let sourceWords = PhraseTable([
    "research", "researchers", "study", "studies", "survey", "surveys", "report", "reports",
    "statistics", "scientists", "experts", "professor", "dr", "journal", "university",
    "institute", "census", "poll", "article", "book", "newspaper", "website", "data",
  ])

  /// The writer's own stance announced (thesis indicators).
  static let opinion = PhraseTable([
    "i believe", "i think", "i feel", "in my opinion", "in my view", "from my perspective",
    "from my point of view", "i agree", "i disagree", "i strongly", "i firmly", "i am convinced",
    "i would argue", "i argue", "personally", "i support", "i am in favour", "i am in favor",
    "my opinion", "i would say", "i do not think", "i don't think", "i'm convinced",
    "my answer is", "i want to argue", "i will argue", "i am going to argue", "i contend",
    "i maintain", "my position is", "my view is", "this essay argues", "this post argues",
    "i am arguing", "i'd argue", "i am for", "i am against", "i'm for", "i'm against",
  ])

  /// Stance vocabulary: words that talk about positions and judgements.
  static let stanceWords = PhraseTable([
    "agree", "disagree", "opinion", "believe", "think", "view", "conclusion", "argue",
    "support", "oppose", "convinced", "favour", "favor", "claim", "position",
  ])

  /// Deontic modals: what ought to be done (a recommendation is a claim).
  static let obligation = PhraseTable([
    "should", "must", "ought to", "need to", "needs to", "have to", "has to", "shouldn't",
    "mustn't", "should not", "must not", "it is necessary", "it is essential", "is required",
  ])

  /// Epistemic modals of possibility.
  static let possibility = PhraseTable(["can", "could", "may", "might", "cannot", "can't"])

  /// Modals of prediction.
  static let prediction = PhraseTable(["will", "would", "won't", "wouldn't", "shall"])

  /// Evaluative adjectives and nouns: judgements that can be argued with.
  static let evaluative = PhraseTable([
    "important", "essential", "crucial", "necessary", "beneficial", "better", "best", "worse",
    "worst", "advantage", "advantages", "disadvantage", "disadvantages", "benefit", "benefits",
    "positive", "negative", "harmful", "significant", "valuable", "useful", "useless",
    "effective", "ineffective", "good", "bad", "wrong", "right", "unfair", "fair", "dangerous",
    "vital", "key", "major", "serious", "great", "greater", "more important", "a waste",
    "detrimental", "advantageous", "worthwhile", "unnecessary", "inappropriate", "appropriate",
    "preferable", "superior", "inferior", "ideal", "problem", "problems", "crucially",
    "terrible", "awful", "excellent", "disaster", "mistake", "ridiculous", "absurd",
    "foolish", "wise", "sensible", "reasonable", "unreasonable", "unacceptable", "acceptable",
    "worthless", "pointless", "justified", "unjustified",
  ])

  static let firstPersonSingular = PhraseTable(["i", "me", "my", "mine", "myself", "i'm"])
  static let firstPersonPlural = PhraseTable(["we", "us", "our", "ours", "ourselves", "we're"])
  static let secondPerson = PhraseTable(["you", "your", "yours", "yourself"])

  /// Past-tense and narrative markers: a story told, not a point argued.
  static let narrative = PhraseTable([
    "was", "were", "had", "did", "went", "told", "came", "saw", "got", "took", "made", "said",
    "yesterday", "last year", "last summer", "last week", "ago", "once", "then", "when i was",
    "felt", "found", "left", "began", "started", "asked", "decided", "remember",
  ])

  /// Boosters: the writer presents the point as beyond doubt (Hyland 2005).
  static let boosters = PhraseTable([
    "clearly", "obviously", "undoubtedly", "certainly", "definitely", "surely", "of course",
    "it is clear that", "it is obvious that", "it is evident that", "no one can deny",
    "nobody can deny", "no one would deny", "there is no doubt", "without a doubt",
    "without doubt", "beyond doubt", "undeniably", "unquestionably", "indisputably",
    "absolutely", "everyone knows", "everybody knows", "it is a fact that", "needless to say",
    "evidently", "always", "never", "prove", "proves", "proved", "truly",
  ])

  /// Hedges: the writer limits the commitment (Hyland 2005).
  static let hedges = PhraseTable([
    "may", "might", "perhaps", "maybe", "possibly", "probably", "it seems", "seems", "seem",
    "seemed", "appears to", "appear to", "likely", "unlikely", "somewhat", "suggests",
    "suggest", "tend to", "tends to", "in some cases", "to some extent", "arguably",
    "presumably", "apparently", "could", "often", "usually", "generally", "mostly", "sometimes",
    "i think", "i suppose", "i guess", "it is possible", "relatively", "rather", "fairly",
    "almost",
  ])

  /// Units that make a number a measurement (a statistic when the number is followed by one).
  static let units = PhraseTable([
    "%", "percent", "per cent", "percentage", "million", "millions", "billion", "billions",
    "thousand", "thousands", "hundred", "hundreds", "times", "dollars", "euros", "pounds",
    "km", "kilometres", "kilometers", "miles", "kg", "kilograms", "tons", "tonnes", "hours",
    "minutes", "years", "months", "days", "weeks", "people", "students", "children", "deaths",
    "cases", "degrees", "per", "out of",
  ])

  /// Nouns that name a part of the writer's own argument: a sentence made of little more than
  /// one of them and an ordinal or a count announces structure (`The second problem is
  /// safety.`, `There are three reasons.`) rather than asserting anything. (The signposting
  /// nouns of academic-writing guides, e.g. Hyland's "frame markers".)
  static let structureNouns = PhraseTable([
    "reason", "reasons", "problem", "problems", "point", "points", "argument", "arguments",
    "way", "ways", "aspect", "aspects", "factor", "factors", "issue", "issues", "side",
    "sides", "step", "steps", "thing", "things", "example", "examples", "cause", "causes",
    "effect", "effects", "advantage", "advantages", "disadvantage", "disadvantages", "benefit",
    "benefits", "drawback", "drawbacks", "concern", "concerns", "idea", "ideas", "part",
  ])

  /// Counts that announce a list (`three reasons`, `several ways`).
  static let counts = PhraseTable([
    "two", "three", "four", "five", "six", "several", "many", "a few", "a number of",
    "multiple", "various", "some", "both", "a couple of",
  ])

  /// Common function words left out of the shared-vocabulary measures.
  static let stopWords: Set<String> = [
    "the", "a", "an", "of", "to", "in", "and", "or", "is", "are", "be", "been", "being", "that",
    "this", "it", "its", "for", "on", "with", "as", "by", "was", "were", "can", "not", "will",
    "have", "has", "had", "at", "from", "their", "they", "them", "more", "than", "which", "would",
    "these", "there", "other", "people", "i", "we", "you", "he", "she", "his", "her", "our",
    "my", "your", "so", "but", "if", "do", "does", "did", "should", "must", "also", "very",
    "what", "who", "when", "how", "all", "some", "many", "much", "such", "into", "about", "one",
    "may", "might", "could", "because", "since", "however", "therefore", "thus", "those", "me",
    "us", "no", "only", "just", "most", "even", "like", "get", "make", "way", "things", "thing",
  ]
}
