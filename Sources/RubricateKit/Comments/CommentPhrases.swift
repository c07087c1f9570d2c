/// The cue phrases of feedback moves and of references to a part of a post.
///
/// Phrase syntax (see ``PhraseMatcher``): words compared by stem, `*` for any one word, a
/// leading `^` for "opens a sentence". The longest phrase wins where phrases overlap, which is
/// how `it would be interesting to` (a suggestion) beats `interesting` (praise).
///
/// Categories follow Nelson & Schunn (2009), "The nature of feedback: how different types of
/// peer feedback affect writing performance" (Instructional Science 37): summary, specificity
/// (problem, solution, localisation) and affective language (praise, mitigation); and the
/// describe–evaluate–suggest cycle of peer-review tools (Eli Review; Hart-Davidson et al.).
/// Counterpoint cues are the contrastive linking adverbials and concessive frames of Biber et
/// al. (1999), Longman Grammar of Spoken and Written English, §10.2; evidence and mitigation cues
/// are the evidentials and hedges of Hyland (2005), Metadiscourse, appendix. The phrasings are
/// written for this project in the register of student blog comments.
enum CommentPhrases {
  /// Cue phrases by move kind. A `nil` kind marks neutral phrases that only stop a shorter cue
  /// inside them from matching (`a great deal` is not praise).
  static let moves: [(CommentMove.Kind?, [String])] = [
    (
      .summary,
      [
        "you argue", "you claim", "you explain", "you point out", "you state", "you describe",
        "you discuss", "you show", "you talk about", "you write about", "you wrote about",
        "you focus on", "you make the point", "you make a point", "you make the case",
        "your main point is", "your thesis is", "your argument is that", "your post is about",
        "your post argues", "your post explains", "your post shows", "your post talks about",
        "your post discusses", "your post focuses on", "this post argues", "the post argues",
        "the author argues", "the writer argues", "in your post you", "in this post you",
        "you believe that", "you think that", "your point that", "your claim that",
        "you suggest that", "you mention that", "you bring up", "you brought up", "you compare",
        "you present", "you conclude", "you emphasize", "you emphasise", "you highlight",
        "you raise", "you outline", "you are saying", "you're saying", "you seem to say",
        "the main idea of your post", "the post says", "your post says", "you say that",
        "you said that", "your main idea is", "the main point of your post",
      ]
    ),
    (
      .praise,
      [
        "great", "good", "nice", "excellent", "amazing", "awesome", "wonderful", "fantastic",
        "brilliant", "impressive", "convincing", "persuasive", "compelling", "strong",
        "powerful", "effective", "clear", "clearly written", "well written", "well-written",
        "well done", "well said", "well put", "well argued", "well researched",
        "well-researched", "well thought out", "interesting", "fascinating", "insightful",
        "thought-provoking", "thought provoking", "thoughtful", "informative", "helpful",
        "engaging", "i like", "i really like", "i enjoy", "i really enjoy", "enjoyed reading",
        "enjoy reading", "i agree",
        "agree", "agree with", "agreed", "keep it up", "keep up the", "thank you", "thanks",
        "i learned", "learned a lot", "eye-opening", "eye opening", "made me think",
        "never thought", "never thought about", "good point", "great point", "valid point",
        "you make a good point", "you make a great point", "you make some good points",
        "spot on", "so true", "very true", "important topic", "important issue",
        "important point", "cool", "perfect", "beautiful", "relatable", "i can relate",
        "can't wait", "cannot wait", "kudos", "bravo", "congrats", "love how", "i love",
        "i really love", "love this", "love your", "love the way", "loved reading", "catchy",
        "wow", "solid", "well organized", "well organised", "well explained", "on point",
      ]
    ),
    (
      .problem,
      [
        "confusing", "confused", "unclear", "not clear", "hard to follow", "hard to understand",
        "difficult to follow", "difficult to understand", "i was lost", "i got lost", "lost me",
        "i didn't understand", "i did not understand", "i don't understand", "doesn't make sense",
        "does not make sense", "didn't make sense", "did not make sense", "is missing",
        "was missing", "are missing", "missing", "lacks", "lacking", "lack of", "weak",
        "weakness", "weaker", "one issue", "an issue with", "the only issue", "my only issue",
        "the issue with", "a problem with", "one problem", "the only problem", "my only problem",
        "the problem with", "too long", "too short", "too vague", "too broad", "too general",
        "vague", "too extreme", "goes too far", "too far", "repetitive", "redundant", "off topic",
        "off-topic", "contradicts",
        "contradiction", "contradictory", "inaccurate", "incorrect", "misleading", "mistake",
        "typo", "error", "needs more", "need more", "needed more", "not enough",
        "no evidence", "no sources", "no source", "without evidence", "without any evidence",
        "without a source", "without sources", "didn't explain", "did not explain",
        "doesn't explain", "does not explain", "didn't cite", "did not cite", "i wasn't sure",
        "i was confused", "a stretch", "overgeneralization", "overgeneralisation",
        "generalization", "one-sided", "one sided", "biased", "unsupported", "not supported",
        "didn't support", "not sure what you mean", "not sure what you meant", "hard to believe",
        "not convincing", "not very convincing", "not persuasive", "falls short", "distracting",
        "a bit long", "a little long", "kind of long", "very long", "long-winded", "wordy",
        "hard to read", "needs a citation", "needs a source", "needs evidence", "needs sources",
        "need a source", "need a citation", "needs citation", "no citation", "there is no",
        "there are no", "there's no", "there is little", "too small", "too large", "too dense",
        "too complex",
        "too complicated", "too strong", "too weak", "hard to see", "hard to tell", "has no",
      ]
    ),
    (
      .suggestion,
      [
        "you could", "you might", "you may want", "you should", "you need to", "you can add",
        "you can also", "you can try", "you could have", "consider", "^try", "try adding",
        "try to", "i would suggest", "i suggest", "i'd suggest", "my suggestion",
        "one suggestion", "a suggestion", "i recommend", "i would recommend", "i'd recommend",
        "it would help", "it would * help", "it might help", "it might * help", "it may help",
        "it may * help", "it could help", "it could * help",
        "it would be good to", "it would be better", "it would be nice", "it would be interesting",
        "it would be great if", "it would be cool", "it might be worth", "worth adding",
        "worth mentioning", "worth looking", "would be stronger if", "would be better if",
        "would be clearer if", "would be more convincing", "would make it", "would strengthen",
        "to strengthen", "to improve", "next time", "in the future", "^add", "^include",
        "^mention", "^explain", "^clarify", "^expand", "^cite", "^look into", "^think about",
        "^make sure", "^remember to", "a good idea to", "a good idea would", "if you added",
        "if you add", "if you included", "if you include", "if you had", "adding a",
        "adding some", "adding more", "including a", "including more", "how about",
        "why not", "make it clearer", "could be improved", "could use", "it needs to",
        "have you thought about", "have you considered", "did you consider", "that could make",
        "this could make", "that would make", "would make your", "could make your",
        "should focus", "could focus", "the post should", "the post could", "i would add",
        "i would cut", "i would remove", "i would change", "i would move", "i would include",
        "i would explain", "i would mention", "i would rewrite", "i would shorten", "i'd add",
        "i'd cut", "i'd remove", "i'd change", "i'd include", "^cut", "^remove", "^change",
        "^shorten", "^rewrite", "^delete", "^give", "^use",
        "this needs to", "the post needs to", "please", "would like to see", "i'd like to see",
        "would love to see", "i'd love to see", "would have liked", "i would have liked",
        "would have been nice", "would have been good", "would have been better",
        "would have been helpful", "would have been interesting", "i wish", "i would like",
        "i'd like", "would be useful", "would be valuable", "would be beneficial",
        "would be worthwhile", "would be preferable", "would be desirable", "would be important",
        "would be necessary", "it is important to", "it is necessary to", "it's worth",
        "is worth", "maybe add", "perhaps add", "would benefit from",
        "could benefit from", "might benefit from", "it is recommended", "it would make sense",
        "would be worth", "could help", "would help", "might help", "may help", "it is suggested",
        "it's suggested", "is suggested to", "suggest to", "may want to", "might want to",
        "may wish to", "might wish to", "might consider", "may consider", "could consider",
        "should consider", "would suggest", "i suggest that", "is needed", "are needed",
        "is required", "are required", "would be needed", "were needed", "is necessary",
        "are necessary", "needs a", "needs an", "needs some", "need a", "need an",
        "needs another", "if you made", "if you gave", "if you used", "if you were to",
        "if you moved", "if you cut", "if you explained", "if you mentioned", "if you changed",
        "if you compared", "if you cited", "if you showed",
      ]
    ),
    (
      .question,
      [
        "i wonder", "i was wondering", "i'm curious", "i am curious", "i'd like to know",
        "i would like to know", "i want to know",
      ]
    ),
    (
      .counterpoint,
      [
        "however", "^but", "but what about", "but what if", "but i think", "but i wonder",
        "but isn't", "but doesn't", "but don't", "^yet", "on the other hand", "then again",
        "although", "^though", "i disagree", "i don't agree", "i do not agree",
        "i don't fully agree", "i don't completely agree", "i don't totally agree",
        "i'm not sure i agree", "not sure i agree", "i see it differently", "i'm not convinced",
        "not convinced", "another perspective", "a different perspective", "another way to look",
        "another side", "the other side", "counterargument", "counter-argument",
        "counter argument", "some people might", "some people would", "some might argue",
        "some would argue", "one could argue", "others might", "others would", "critics",
        "opponents", "what about", "not everyone", "in contrast", "on the contrary", "whereas",
        "it depends", "the flip side", "devil's advocate", "i would argue", "i'd argue",
        "i'm not so sure", "not necessarily", "disagree", "less sure", "less convinced",
        "i don't think", "i do not think", "i don't believe", "i do not believe",
        "i'm not so convinced",
      ]
    ),
    (
      .evidence,
      [
        "according to", "a study", "one study", "this study", "studies show", "study shows",
        "studies have shown", "a recent study", "research shows", "research has shown",
        "research suggests", "researchers", "a survey", "a report", "statistics show",
        "the statistics show",
        "percent", "per cent", "for example", "for instance", "i read an article",
        "i read a", "an article", "i found an article", "i found a source", "here is a source",
        "a source that", "this source", "one source", "in my experience", "from my experience",
        "my own experience", "personal experience", "at my school", "in my school", "data show",
        "the data", "a documentary", "a book called", "the book",
      ]
    ),
    (
      .mitigation,
      [
        "maybe", "perhaps", "just a thought", "just a suggestion", "just an idea", "i think",
        "i feel", "i feel like", "in my opinion", "imo", "i might be wrong", "i could be wrong",
        "i may be wrong", "i'm not sure", "i am not sure", "not sure if", "a little", "a bit",
        "slightly", "somewhat", "kind of", "sort of", "possibly", "probably", "it seems",
        "seems like", "i guess", "a small thing", "minor",
      ]
    ),
    (
      nil,
      [
        "a great deal", "a good deal", "a good amount", "a great amount", "good and bad",
        "good or bad", "the good news", "for good", "great britain", "the great depression",
        "when you say", "when you said", "where you say", "where you said", "what you say",
        "what i think", "a lot of people think", "at the end of the day", "a good part",
        "a good number", "a good chance", "a good few", "a great many", "a great number",
        "good luck", "so good at", "good at", "a good while", "great-grandparents",
      ]
    ),
  ]

  /// Conjunctions that, after praise or agreement in the same sentence, open a reservation
  /// (`I agree, but students can also …`): a counterpoint when nothing more specific follows.
  static let concessiveConjunctions: WordSet = ["but", "though", "although", "yet"]

  /// Words that turn praise into a problem when one of them is among the three words before
  /// it in the same sentence (`not very convincing`, `wasn't clear`).
  static let negators: Set<String> = [
    "not", "no", "never", "isn't", "wasn't", "aren't", "weren't", "don't", "didn't", "doesn't",
    "hardly", "barely", "wouldn't", "couldn't", "nothing", "isnt", "wasnt", "didnt", "doesnt",
    "dont",
  ]

  /// The praise words (adjectives, and the verbs of `I love`, `I like`, `I enjoy`) that praise
  /// the post only when the word they qualify is the post, a part of it (``praiseTargets``) or
  /// something the post mentions.
  static let praiseWords: Set<String> = [
    "love", "like", "enjoy", "great", "good", "nice", "excellent", "amazing", "awesome",
    "wonderful", "fantastic",
    "brilliant", "impressive", "convincing", "persuasive", "compelling", "strong", "powerful",
    "effective", "clear", "interesting", "fascinating", "insightful", "thoughtful",
    "informative", "helpful", "engaging", "cool", "perfect", "beautiful",
  ]

  /// Stems of what praise in a comment is about when it is about the post: the post, its parts
  /// and qualities of writing (the commenting vocabulary plus the dimensions of writing
  /// rubrics: ideas, organisation, voice, word choice, evidence).
  static let praiseTargets: Set<String> = Set(
    """
    use example examples evidence explanation explanations research source sources detail
    details introduction conclusion structure flow style voice choice choices question
    questions perspective insight insights analysis observation observations description
    organization organisation transition transitions word words language tone hook
    statistic statistics quote quotes fact facts reason reasons reasoning claim claims
    thesis content information info stuff one read start opening ending job work effort case
    title intro
    """.split(whereSeparator: \.isWhitespace).map { CommentText.stemForm(String($0)) }
  ).union(CommentText.metaStems.words)

  /// Negators that qualify a noun rather than the evaluation (`no good reason`, `no clear
  /// plan`): praise after them is dropped rather than turned into a problem.
  static let attributiveNegators: Set<String> = ["no", "nothing"]

  /// References to a part of the post (Nelson & Schunn's "localisation"): a determiner, an
  /// optional position and the name of a part, and the frames students use to point at a
  /// passage (`when you say`, `the part where`).
  static let partReferences: [(Bool, [String])] = {
    let determiners = ["your", "the", "this", "that"]
    let positions = [
      "first", "second", "third", "fourth", "fifth", "sixth", "last", "final", "opening",
      "closing", "next", "previous", "1st", "2nd", "3rd", "4th", "5th", "middle", "concluding",
    ]
    let parts = [
      "paragraph", "sentence", "point", "section", "example", "argument", "reason", "part",
      "quote", "line", "claim", "statistic", "source", "body paragraph", "few sentences",
      "paragraphs",
    ]
    let wholeParts = [
      "introduction", "intro", "conclusion", "title", "thesis", "thesis statement", "hook",
      "first line", "last line", "headline", "closing paragraph", "opening paragraph",
      "graph", "chart", "picture", "image", "photo", "video", "infographic", "table",
    ]
    var phrases: [String] = []
    for determiner in ["your", "the"] {
      for position in positions {
        for part in parts { phrases.append("\(determiner) \(position) \(part)") }
      }
    }
    for determiner in determiners {
      for part in wholeParts { phrases.append("\(determiner) \(part)") }
    }
    for number in 1...9 { phrases.append("paragraph \(number)") }
    let frames = [
      "when you say", "when you said", "when you wrote", "when you write", "when you mention",
      "when you mentioned", "when you talk about", "when you talked about", "when you state",
      "when you stated", "when you claim", "when you claimed", "when you describe",
      "when you described", "when you explain", "when you explained", "when you compare",
      "where you say", "where you said", "where you wrote", "where you write",
      "where you mention", "where you mentioned", "where you talk about", "where you explain",
      "the story about", "the story of", "your story", "the anecdote", "your anecdote",
      "the part where", "the part about", "the part when", "the part on", "the section about",
      "the section on", "the beginning of your", "the end of your", "at the end of your",
      "at the beginning of your", "towards the end", "toward the end", "near the end",
      "near the beginning", "in the middle of your", "the line about", "the line where",
      "the sentence about", "the sentence where", "you wrote that", "you write that",
      "you said that", "you say that", "you state that", "you stated that", "your point about",
      "your point that", "your claim that", "your example of", "your example about",
      "the example you", "the statistic about",
      "the statistic you", "the quote from", "the quote you", "your quote", "your statistic",
      "your example", "your reasoning about", "your section on", "your * paragraph",
      "your * section", "your * example", "the * paragraph", "the * section",
    ]
    // Idioms that contain a part's name but point at nothing.
    let idioms = [
      "at the end of the day", "in the end", "the end of the day", "the end of the world",
      "the title of", "this point in time", "that point in time",
    ]
    return [(true, phrases + frames), (false, idioms)]
  }()
}
