extension SentenceSplitter {
  /// Abbreviations written before a name or a number (`Mr. Smith`, `Mt. Fuji`, `Roe v. Wade`):
  /// their period never ends a sentence. Keys are lowercase, without the final period.
  /// Entries: English titles and ranks from style guides (Chicago Manual of Style 10.13–10.19)
  /// plus `v`/`vs` of legal citations.
  static let nameAbbreviations: Set<String> = [
    "mr", "mrs", "ms", "messrs", "mmes", "mme", "mlle", "dr", "drs", "prof", "profs", "st", "mt",
    "ft", "rev", "fr", "gen", "capt", "cpt", "sgt", "lt", "col", "maj", "cmdr", "adm", "gov",
    "sen", "sens", "rep", "reps", "pres", "hon", "supt", "insp", "pvt", "cpl", "brig", "v", "vs",
  ]

  /// Abbreviations written before a number (`p. 55`, `vol. 3`, `N°. 12`, `Rs. 100`): no
  /// boundary when a digit follows; otherwise the word is read as an ordinary word (`no` and
  /// `art` are also English words). Entries: citation and measurement abbreviations from
  /// APA/MLA/Chicago reference styles and the pySBD abbreviation list.
  static let numberAbbreviations: Set<String> = [
    "p", "pp", "para", "paras", "vol", "vols", "no", "nos", "n°", "nr", "fig", "figs", "ch",
    "chap", "chaps", "sec", "secs", "sect", "art", "arts", "eq", "eqs", "ed", "eds", "tab", "ex",
    "op", "pt", "pts", "l", "ll", "rs", "approx", "ca", "c", "ref", "refs", "ver", "b", "d", "r",
    "app", "n", "nn", "fn", "vs", "pl", "ps", "table", "bk", "bks", "ser", "suppl",
  ]

  /// Abbreviations that may end a sentence (`etc.`, `U.S.`, `a.m.`, `Inc.`, `et al.`): a
  /// boundary only when the next word is a capitalised sentence starter (``sentenceStarters``).
  /// Keys keep inner periods (`u.s`, `e.g`). Entries: the pySBD / Pragmatic Segmenter English
  /// abbreviation list, less entries that are also common English words (`sat`, `sun`, `mar`,
  /// `wed`, `fig` is kept in the number table).
  static let abbreviations: Set<String> = [
    "etc", "e.g", "eg", "i.e", "ie", "cf", "al", "viz", "approx", "esp", "incl", "misc", "resp",
    "co", "corp", "inc", "ltd", "llc", "plc", "bros", "dept", "depts", "univ", "assn", "assoc",
    "est", "jr", "sr", "esq", "phd", "ph.d", "m.d", "b.a", "m.a", "b.s", "m.s", "b.sc", "m.sc",
    "d.c", "a.m", "p.m", "a.d", "b.c", "b.c.e", "c.e", "u.s", "u.s.a", "u.k", "u.n", "e.u",
    "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue",
    "tues", "thu", "thur", "thurs", "fri", "ave", "blvd", "rd", "hwy", "mtn", "govt", "gov't",
    "intl", "natl", "min", "max", "hr", "hrs", "yr", "yrs", "mo", "mos", "wk", "wks", "lb",
    "lbs", "oz", "kg", "km", "cm", "mm", "mi", "mph", "temp", "ibid", "ff", "trans", "abbr",
    "orig", "repr", "rev", "dist", "div", "cit", "loc", "ms", "mss", "ca", "circ", "anon",
    "adj", "adv", "pron", "prep", "conj", "lit", "ft", "sq", "dia", "ext", "tel",
    "attn", "cont", "contd", "mgr", "mfg", "dir", "exec", "asst", "sec'y", "treas", "pg",
  ]

  /// Words that commonly open an English sentence, capitalised: after an abbreviation or an
  /// initial, a boundary is only assumed before one of these. Entries: pySBD's sentence
  /// starters extended with the pronouns, determiners, conjunctions and discourse markers that
  /// open most sentences in student essays.
  static let sentenceStarters: Set<String> = [
    "a", "an", "the", "this", "that", "these", "those", "there", "here", "it", "its", "i",
    "he", "she", "we", "they", "you", "my", "our", "their", "his", "her", "your", "what",
    "when", "where", "who", "why", "how", "which", "however", "but", "and", "so", "yet", "or",
    "also", "as", "at", "after", "although", "because", "before", "being", "by", "did", "do",
    "does", "for", "from", "if", "in", "is", "are", "was", "were", "many", "more", "most",
    "millions", "some", "all", "each", "every", "one", "another", "finally", "first", "second",
    "third", "next", "now", "then", "thus", "therefore", "moreover", "furthermore", "meanwhile",
    "instead", "still", "since", "while", "with", "without", "on", "of", "to", "not", "no",
    "yes", "today", "later", "once", "both", "such", "can", "could", "would", "should", "will",
    "overall", "unlike", "like", "even", "other", "others", "let", "let's", "during", "i'm",
    "i’m", "i've", "i’ve", "i'll", "i’ll", "i'd", "i’d",
  ]

  /// Names that end in `!` without ending the sentence (`Yahoo! Research`). From pySBD.
  static let exclamationNames: Set<String> = ["yahoo", "jeopardy"]

  /// Forms of the pronoun *I*: always capitalised, so no evidence of a new sentence after an
  /// ellipsis.
  static let pronounI: Set<String> = [
    "i", "i'm", "i’m", "i've", "i’ve", "i'll", "i’ll", "i'd", "i’d",
  ]

  /// The tables above keyed for look-ups without `String`s (see ``AbbreviationKey``).
  static let nameAbbreviationKeys = keyTable(nameAbbreviations)
  static let numberAbbreviationKeys = keyTable(numberAbbreviations)
  static let abbreviationKeys = keyTable(abbreviations)
  static let sentenceStarterKeys = keyTable(sentenceStarters)
  static let exclamationNameKeys = keyTable(exclamationNames)
  static let pronounIKeys = keyTable(pronounI)

  private static func keyTable(_ words: Set<String>) -> WordKeyTable {
    WordKeyTable(words.map { (AbbreviationKey.of($0), 1) })
  }

  /// Bullets that start a list item wherever they stand (`• 9. The first item • 10. …`).
  static let bullets = ScalarSet([
    0x2022, 0x25E6, 0x25AA, 0x25AB, 0x2023, 0x2043, 0x25CF, 0x25CB, 0x25A0, 0x25A1, 0x27A2,
    0x25BA, 0x2219, 0x00B7, 0x2013,
  ])

  /// Characters that close a sentence's last quotation or bracket and stay with it.
  static let closers = ScalarSet([
    0x22, 0x27, 0x2019, 0x201D, 0xBB, 0x203A, 0x29, 0x5D, 0x7D, 0x2018,
  ])

  /// Characters that may open the next sentence before its first word.
  static let openers = ScalarSet([
    0x22, 0x27, 0x2018, 0x201C, 0xAB, 0x2039, 0x28, 0x5B, 0x7B, 0x2D, 0x2013, 0x2014, 0xBF,
    0xA1, 0x2A, 0x2022, 0x201E,
  ])
}
