/// Word classes that recognise feedback moves and places by how English forms them (a modal
/// and a verb, an imperative, a hedged evaluation, a numbered part), whoever is addressed.
///
/// Sources: the modal and semi-modal verbs of obligation and advice, and the clause openers
/// before an imperative, follow Biber et al. (1999), *Longman Grammar of Spoken and Written
/// English*, §6.6 and §6.9; the verbs are the actions writing-feedback guides and review forms
/// ask for (adding, explaining, citing, restructuring, reporting, comparing); the part nouns are
/// the numbered units of student posts and research papers (paragraphs, sections, lines, pages,
/// figures, tables, equations) with their usual abbreviations. Written for this project.
enum CommentGrammar {
  /// Verbs that give advice or obligation when followed by a verb (`should add`, `must be
  /// reported`), whoever the subject is. `need`/`have` count only with `to` (see
  /// ``CommentAnalyzer``).
  static let obligationModals: WordSet = ["should", "must", "ought", "shall"]
  /// Modals that make a suggestion with a writing action (`could add`, `might be clarified`),
  /// or, before an evaluation, a polite request (`it would be helpful if …`).
  static let conditionalModals: Set<String> = [
    "could", "would", "might", "may", "i'd", "you'd", "it'd", "we'd", "that'd", "'d",
  ]
  /// Words that may stand between a modal and its verb or evaluation.
  static let modalFillers: WordSet = [
    "also", "really", "definitely", "probably", "perhaps", "maybe", "still", "at", "least",
    "just", "then", "possibly", "certainly", "further", "additionally", "be", "have", "been",
    "even", "both", "actually", "ideally", "always", "first", "briefly", "explicitly", "clearly",
    "not", "n't", "more", "much", "a", "bit", "little", "so", "want", "wish", "choose", "to",
    "decide", "like", "wanna", "further", "need",
  ]
  /// Verbs that make an obligation with `to` (`need to explain`, `has to cite`).
  static let semiModals: WordSet = ["need", "needs", "has", "have"]
  /// Modals of possibility: a suggestion only with a writing action (`could cite`).
  static let possibilityModals: WordSet = ["could", "might", "may", "would", "can"]
  /// Subjects whose `should` or `could` is not advice to the writer (`I should say`).
  static let nonAdviceSubjects: WordSet = ["i", "we", "one"]

  /// Verbs of revising and reporting: the actions feedback asks a writer to take. As a clause's
  /// first word they make an imperative (`Please define …`, `Maybe add …`); after a modal, a
  /// suggestion (`Results should be averaged …`).
  static let actionVerbWords = WordSet(
    """
    add include insert report provide give state specify define explain clarify elaborate
    expand describe discuss mention note address acknowledge justify motivate argue support
    back cite reference link source quote compare contrast contextualize contextualise relate
    connect tie show demonstrate illustrate visualize visualise plot label present summarize
    summarise introduce outline list highlight emphasize emphasise stress rephrase reword rewrite
    revise edit proofread correct fix check double-check verify remove delete cut drop omit
    shorten trim condense simplify split merge combine move reorder reorganize reorganise
    restructure replace change update improve strengthen develop extend use apply try test run
    conduct perform evaluate analyze analyse measure quantify average repeat rerun validate
    investigate explore examine study consider discuss release open-source share publish tone
    avoid limit narrow focus look research find read rethink reconsider conclude end begin start
    open close finish make put spell format bold italicize number capitalize break
    separate explain elaborate respond answer ask incorporate integrate append attach supply
    offer suggest recommend mark indicate point name identify distinguish differentiate
    discuss re-run benchmark ablate tune report plot release provide eliminate relocate
    rename redefine reformulate rephrase polish
    """.split(whereSeparator: \.isWhitespace).map(String.init))
  /// Stems of ``actionVerbWords``, for their other forms (`reported`, `averaged`).
  static let actionVerbs = WordSet(actionVerbWords.words.map(CommentText.stemForm))

  /// Words that open a clause before an imperative without changing it: `Please define …`,
  /// `Maybe add …`, `Also, cite …`, `Minor: fix …`.
  static let imperativeOpeners: WordSet = [
    "please", "maybe", "perhaps", "also", "just", "then", "so", "and", "first", "firstly",
    "second", "secondly", "finally", "lastly", "additionally", "again", "ideally", "minor",
    "next", "now", "similarly", "likewise", "definitely", "kindly", "possibly", "otherwise",
    "instead", "rather", "furthermore", "moreover", "lastly", "overall", "but", "or", "time",
    "next", "plus", "still", "really", "simply", "briefly", "actually",
  ]
  /// Words after an action verb that show it is a noun, not an imperative (`Use of …`,
  /// `Change in …`, `Report is …`).
  static let nounFollowers: WordSet = [
    "of", "in", "is", "was", "are", "were", "has", "had", "seems", "looks", "and", "for",
  ]
  /// Words that show a passive participle after `be` in `should be …` (besides `-ed` forms).
  static let irregularParticiples: WordSet = [
    "done", "made", "given", "shown", "written", "taken", "put", "set", "run", "drawn", "seen",
    "known", "cut", "split", "kept", "told", "read", "found", "brought", "thought",
  ]

  /// Evaluations that, after a conditional modal, make a polite request rather than praise:
  /// `it would be useful to add`, `it might be appropriate to move`, `may be more intuitive`.
  static let hedgedEvaluations = WordSet(
    """
    useful helpful valuable beneficial worthwhile preferable desirable appropriate better
    clearer stronger intuitive advisable sensible reasonable important necessary good nice
    great interesting informative insightful instructive illuminating worth easier cleaner
    fairer simpler convincing persuasive welcome
    """.split(whereSeparator: \.isWhitespace).map { CommentText.stemForm(String($0)) })

  /// Negated reports of a writing action that name a problem: `not explained`, `never defined`.
  static let negations: WordSet = [
    "not", "never", "n't", "isn't", "wasn't", "aren't", "weren't", "hasn't", "haven't",
    "didn't", "doesn't", "don't", "without",
  ]

  /// Adjectives that name a problem on their own (`ambiguous`, `insufficient`).
  static let problemWords = WordSet(
    """
    unclear ambiguous insufficient inadequate incomplete limited questionable problematic
    unconvincing unjustified unsupported inconsistent incorrect wrong flawed misleading
    overstated overclaimed unfair confusing vague missing lacking lacks lack absent unclearly
    difficult hard trivial incremental marginal weak concern concerns concerned doubt doubtful
    unsure unfounded unrealistic obscure imprecise inaccurate typo typos mistake mistakes
    error errors redundant superficial shallow exaggerated sloppy undefined unexplained
    strange odd weird awkward unnatural surprising unclearly unnecessary irrelevant
    """.split(whereSeparator: \.isWhitespace).map { CommentText.stemForm(String($0)) })

  /// Nouns of a numbered part: `Table 3`, `Line 241`, `Equation (2)`, `fig. 2A-B`, `§4`.
  static let numberedParts: WordSet = [
    "paragraph", "paragraphs", "para", "section", "sections", "sec", "sect", "subsection",
    "sentence", "sentences", "line", "lines", "l", "ll", "page", "pages", "p", "pp", "pg",
    "figure", "figures", "fig", "figs", "table", "tables", "tab", "equation", "equations", "eq",
    "eqs", "eqn", "eqns", "algorithm", "alg", "appendix", "appendices", "chapter", "chapters",
    "ch", "theorem", "lemma", "corollary", "proposition", "definition", "def", "remark", "step",
    "steps", "part", "footnote", "slide", "bullet", "item", "panel", "row", "rows", "column",
    "columns", "col", "assumption", "hypothesis", "experiment", "exp", "claim", "example", "ex",
    "question", "q", "point", "stanza", "verse", "paragraph#", "supplementary", "supp", "app",
    "listing", "box", "model", "setting", "task", "case", "prop", "thm", "cor",
  ]
  /// Parts that may be numbered by a letter or Roman numeral (`Appendix A`, `Section IV`).
  static let letteredParts: Set<String> = [
    "appendix", "section", "sec", "part", "figure", "fig", "table", "tab", "step", "chapter",
    "panel", "app", "supplementary",
  ]
  /// Roman numerals used to number parts.
  static let romanNumerals: Set<String> = [
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii",
  ]
  /// Ordinals that pick out one of several parts (`your third paragraph`, `the last section`).
  static let ordinals: WordSet = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "last", "final", "penultimate", "opening", "closing", "concluding", "1st", "2nd",
    "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th", "middle", "next", "previous",
    "second-to-last", "top", "bottom", "left", "right", "upper", "lower",
  ]
  /// Parts an ordinal can pick out (one word after the ordinal, or two: `body paragraph`).
  static let orderedParts = WordSet(
    """
    paragraph sentence section line page part point example argument reason claim quote
    source statistic figure table chapter experiment column row bullet panel plot graph
    subsection half sentence stanza slide step heading subheading citation reference
    """.split(whereSeparator: \.isWhitespace).map { CommentText.stemForm(String($0)) })
  /// Named divisions of a post or paper, pointing at a place by their heading.
  static let namedParts = WordSet(
    """
    introduction intro conclusion conclusions abstract appendix caption captions legend
    title headline heading subheading hook bibliography footnote footnotes thesis
    methodology ending beginning opening
    """.split(whereSeparator: \.isWhitespace).map { CommentText.stemForm(String($0)) })
  /// Every word that can start a directive rule other than an imperative at a clause's start:
  /// modals, `need`/`have` (before `to`), negations and action verbs (after a comma).
  static let triggerWords = WordSet(
    obligationModals.words.union(conditionalModals)
      .union(["need", "needs", "has", "have", "can", "will"]).union(negations.words)
      .union(actionVerbWords.words))
  /// Every stem that can start a directive rule: hedged evaluations and problem words.
  static let triggerStems = WordSet(hedgedEvaluations.words.union(problemWords.words))

  /// Determiners and prepositions that make a named division a place (`in the abstract`).
  static let partDeterminers: WordSet = ["the", "your", "this", "that", "in", "my", "its"]
}
