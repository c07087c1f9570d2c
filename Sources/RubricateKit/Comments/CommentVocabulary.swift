/// Word lists that decide which words carry a comment's content.
enum CommentVocabulary {
  /// Function words, ignored when comparing a comment's content with its post.
  ///
  /// The Snowball English stop word list (Martin Porter, snowballstem.org, BSD licence), with
  /// the contractions in both apostrophe forms handled by normalisation, plus informal
  /// function words common in blog comments (`gonna`, `lot`, `also`, `really`, `thing`) and
  /// the most frequent English words that say nothing about a topic (indefinite pronouns,
  /// light verbs, frequency adverbs and connectives from the top of the frequency table).
  static let stopWords = WordSet(
    """
    i me my myself we our ours ourselves you your yours yourself yourselves he him his himself
    she her hers herself it its itself they them their theirs themselves what which who whom
    this that these those am is are was were be been being have has had having do does did doing
    would should could ought i'm you're he's she's it's we're they're i've you've we've they've
    i'd you'd he'd she'd we'd they'd i'll you'll he'll she'll we'll they'll isn't aren't wasn't
    weren't hasn't haven't hadn't doesn't don't didn't won't wouldn't shan't shouldn't can't
    cannot couldn't mustn't let's that's who's what's here's there's when's where's why's how's
    a an the and but if or because as until while of at by for with about against between into
    through during before after above below to from up down in out on off over under again
    further then once here there when where why how all any both each few more most other some
    such no nor not only own same so than too very s t can will just don should now
    also really lot lots thing things much many even still yet well get got getting go going
    gonna wanna way ways make makes made one ones us may might must shall like dont im ive
    youre thats isnt doesnt didnt cant wont etc ok okay yes oh lol
    every everyone everybody everything someone somebody something anyone anybody anything
    nobody nothing come comes came coming goes went gone take takes took taken give gives gave
    given put puts first next always never often sometimes usually already actually probably
    maybe perhaps quite rather almost enough less least since though although however
    therefore thus instead else ever around within without upon toward towards across along
    among another others whether
    """.split(whereSeparator: \.isWhitespace).map(String.init))

  /// The vocabulary of commenting itself (reading, writing, agreeing, praising), ignored for
  /// relevance so that "Great post, I agree" shares nothing with a post about anything.
  /// Entries: the praise and stance words of the move tables in ``CommentPhrases`` plus the
  /// nouns students use for a post and its parts.
  static let metaWords: Set<String> = Set(
    """
    post posts blog blogs article essay piece paragraph paragraphs sentence sentences section
    read reading reader readers write writes writing wrote written writer author title topic
    agree agreed disagree think thought thoughts feel felt believe opinion opinions point points
    great good nice interesting awesome amazing excellent love loved like liked enjoy enjoyed
    thank thanks job work well-written wonderful fantastic cool perfect true totally completely
    definitely absolutely honestly know say said saying says see seem seems seemed makes keep
    share sharing learn learned learnt argument arguments idea ideas mention mentioned
    """.split(whereSeparator: \.isWhitespace).map(String.init))
}
