extension SyllableCounter {
  /// The most frequent words of English prose (function words and common verbs, as in Fry's
  /// instant-word list): about half of all tokens.
  static let frequentWords: [String] = [
    "the", "of", "and", "to", "a", "in", "is", "it", "you", "that", "he", "was", "for", "on",
    "are", "with", "as", "i", "his", "they", "be", "at", "one", "have", "this", "from", "or",
    "had", "by", "not", "but", "what", "some", "we", "can", "out", "other", "were", "all",
    "there", "when", "up", "use", "your", "how", "said", "an", "each", "she", "which", "do",
    "their", "time", "if", "will", "way", "about", "many", "then", "them", "would", "write",
    "like", "so", "these", "her", "long", "make", "thing", "see", "him", "two", "has", "look",
    "more", "day", "could", "go", "come", "did", "no", "most", "my", "over", "know", "than",
    "call", "first", "who", "may", "down", "side", "been", "now", "find", "any", "new", "work",
    "part", "take", "get", "place", "made", "live", "where", "after", "back", "little", "only",
    "because", "people", "should", "think", "also", "help", "students", "student", "school",
    "more", "very", "good", "just", "even", "being", "into", "its", "our", "us", "me", "does",
    "dont", "things", "want", "need", "way", "able", "really", "lot",
    "while", "such", "much", "why", "those", "car", "cars", "well", "same", "still", "own",
  ]

  /// Endings that add a syllable (`-ism`, `-ier`, `fire`, `player`, `employee`), and `-ically`
  /// whose `a` is silent. `after`: 0 always, 1 after a consonant, 2 after a vowel, 3 after `c` or `t`
  /// (`appreciate`).
  static let addingEndings: [(suffix: StaticString, after: Int, extra: Int)] = [
    ("isms", 0, 1), ("ism", 0, 1), ("iest", 1, 1), ("iers", 1, 1), ("ier", 1, 1),
    ("irement", 1, 1), ("irely", 1, 1), ("iring", 1, 1), ("ires", 1, 1), ("ired", 1, 1),
    ("ire", 1, 1), ("ings", 2, 1), ("ing", 2, 1), ("ically", 0, -1), ("ayers", 0, 1),
    ("ayer", 0, 1), ("iating", 3, 1), ("iated", 3, 1), ("iates", 3, 1), ("iate", 3, 1),
    ("oyees", 0, 1), ("oyee", 0, 1), ("oyers", 0, 1), ("oyer", 0, 1),
  ]

  /// Word beginnings with a vowel pair spoken as two syllables (`cooperate`, `react`,
  /// `reality`, `theatre`, `science`).
  static let addingPrefixes: [(prefix: StaticString, unused: Int)] = [
    ("coop", 0), ("coor", 0), ("react", 0), ("reali", 0), ("thea", 0),
    ("scie", 0), ("reen", 0), ("preex", 0), ("deact", 0),
  ]

  /// Second parts of English compounds (`-over`, `-some`, `-style`, `-work`, …), longest first.
  static let compoundEndings: [StaticString] = [
    "things", "thing", "styles", "style", "crafts", "craft", "walks", "walk", "lines", "where",
    "times", "works", "holds", "place", "stone",
    "over", "more", "most", "town", "work", "ball", "wise", "wife", "hold", "some", "book",
    "time", "body", "days", "ways", "fore", "line", "land", "side", "room", "ware", "one",
    "how", "day", "way", "man", "men", "by",
  ]

  /// Suffixes before which a stem's final `e` is silent (`lovely`, `statement`, `careless`).
  /// Longest first, so `-ments` wins over `-s`.
  static let silentESuffixes: [(text: StaticString, count: Int)] = [
    ("ments", 5), ("ment", 4), ("fully", 5), ("ful", 3), ("ness", 4), ("less", 4), ("ly", 2),
    ("ty", 2),
  ]
}
