extension Readability {
  /// Familiar words of three or more syllables, which Gunning's fog index does not count as
  /// complex ("familiar words" in Gunning 1952). Entries: the words of three or more syllables
  /// in the Dale–Chall list of 3,000 familiar words, as textstat ships it
  /// (`textstat/resources/en/easy_words.txt`); hyphens dropped (`goodlooking`).
  public static let familiarWords: Set<String> = [
    "accident", "adventure", "afternoon", "afterward", "afterwards", "alligator", "already",
    "america", "american", "animal", "another", "anybody", "anyhow", "anyone", "anything",
    "anyway", "anywhere", "apartment", "arithmetic", "attention", "automobile", "avenue", "awaken",
    "baa", "bakery", "banana", "battleship", "beautiful", "beautify", "becoming", "beginning",
    "bicycle", "blackberry", "blueberry", "bookkeeper", "buffalo", "bumblebee", "buttercup",
    "butterfly", "buttermilk", "butterscotch", "buttonhole", "cabinet", "calendar", "campfire",
    "canary", "candlestick", "capital", "carelessness", "carpenter", "caterpillar", "cereal",
    "certainly", "champion", "cigarette", "citizen", "coconut", "company", "conductor", "cowardly",
    "cranberry", "customer", "dangerous", "december", "deposit", "desire", "difference",
    "different", "direction", "discover", "dressmaker", "electric", "electricity", "elephant",
    "eleven", "enemy", "engineer", "envelope", "eraser", "every", "everybody", "everyday",
    "everyone", "everything", "everywhere", "excited", "exciting", "factory", "family", "faraway",
    "favorite", "february", "finally", "firearm", "firecracker", "fireplace", "fisherman",
    "flowery", "following", "forgotten", "furniture", "gasoline", "general", "gentleman",
    "gentlemen", "geography", "gingerbread", "godmother", "goodlooking", "gooseberry",
    "government", "grandchildren", "granddaughter", "grandfather", "grandmother", "grasshopper",
    "grocery", "gunpowder", "handkerchief", "handwriting", "happily", "happiness", "hickory",
    "history", "holiday", "honeybee", "honeymoon", "hospital", "however", "idea", "important",
    "impossible", "indian", "interested", "interesting", "ivory", "january", "jellyfish",
    "lemonade", "liberty", "library", "locomotive", "machinery", "magazine", "manager", "medicine",
    "multiply", "neighborhood", "nevermore", "newspaper", "nobody", "november", "october",
    "officer", "oldfashioned", "otherwise", "ourselves", "overalls", "overcoat", "overeat",
    "overhead", "overhear", "overnight", "overturn", "passenger", "peppermint", "piano",
    "pineapple", "pocketbook", "policeman", "possible", "potato", "potatoes", "powerful",
    "pussycat", "radio", "rapidly", "remember", "satisfactory", "saturday", "schoolmaster",
    "separate", "september", "settlement", "seventeen", "seventy", "shoemaker", "slippery",
    "somebody", "strawberry", "sunflower", "tablecloth", "tablespoon", "telephone", "terrible",
    "thanksgiving", "theater", "tobacco", "together", "tomato", "tomorrow", "tricycle", "umbrella",
    "understand", "underwear", "unfinished", "unfriendly", "unhappy", "uniform", "united",
    "unpleasant", "unwilling", "valentine", "valuable", "vegetable", "victory", "violet",
    "visitor", "watermelon", "waterproof", "whenever", "wonderful", "woodpecker", "yesterday",
  ]

  /// ``familiarWords`` keyed by the letter hash the syllable counter computes.
  static let familiarWordKeys = WordKeyTable(
    familiarWords.map { (SyllableCounter.hash(Array($0.utf8)), 1) })
}
