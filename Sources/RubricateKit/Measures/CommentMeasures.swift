/// How a peer comment engages with the post it answers.
enum CommentMeasures {
  /// The post every comment example answers.
  static let post = """
    Cities should ban cars from their centres. In Oslo, pedestrian streets raised shop sales, and quieter streets drew families back to the centre.
    """

  static let strongComment = """
    You argue that pedestrian streets raised shop sales in Oslo. However, what about delivery vans for those shops? Could you add a source on deliveries? You could compare Oslo with Ghent.
    """

  static let all: [Measure] = [
    Measure(
      id: "comment.words", summary: "Words in the comment.", unit: .words, appliesTo: [.comment],
      computation: "Word tokens of the comment's text (not its author or date line).",
      examples: [Measure.Example("Great post, I totally agree!", post: post, value: 5)],
      compute: { MeasureValue(Double($0.text.statistics.words)) }),
    Measure(
      id: "comment.relevance",
      summary: "How much the comment is about the post (0 unrelated, 1 the same words).",
      unit: .fraction, appliesTo: [.comment],
      computation: "TF-IDF cosine between the comment and the post it answers.",
      examples: [
        Measure.Example("Nice weather today, I love summer.", post: post, value: 0)
      ],
      compute: { MeasureValue($0.comment?.relevance ?? 0) }),
    Measure(
      id: "comment.localized",
      summary: "Whether the comment points at a specific part of the post.",
      unit: .flag, appliesTo: [.comment],
      computation:
        "1 when the comment quotes or paraphrases the post or names a part of it (`your second paragraph`, `when you say`).",
      examples: [
        Measure.Example(strongComment, post: post, value: 1),
        Measure.Example("Great post, I totally agree!", post: post, value: 0),
      ],
      compute: { MeasureValue(($0.comment?.localized ?? false) ? 1 : 0) }),
    graded(
      "comment.actionability",
      "How clearly the comment says what to do (0 nothing to act on, 1 explicit and concrete).",
      computation:
        "Suggestions in any person (modals such as `should`, `could`, `needs to`; imperatives such as `Please define …`, `Maybe add …`; hedged requests such as `it would be helpful if …`) count most, questions, named problems and counterpoints less; the more of them, the higher, scaled down when the comment names no place and no specific detail.",
      examples: [
        Measure.Example("Please define the dashed lines in fig. 2A-B.", post: post, value: 0.8),
        Measure.Example("Great post, I totally agree!", post: post, value: 0),
      ], score: \.actionability),
    graded(
      "comment.specificity",
      "How exactly the comment says where and what (0 could be about anything, 1 names the place and the details).",
      computation:
        "A named place (`your third paragraph`, `where you say`, `Table 3`, `Line 241`, `the abstract`, a quotation found in the post, a paraphrase) plus the specific details it names (terms outside everyday English, names, numbers); a quotation the post does not contain counts nothing.",
      examples: [
        Measure.Example(
          "In Table 3, the BLEU scores for GPT-2 are not bold.", post: post, value: 0.9477),
        Measure.Example("Great post, I totally agree!", post: post, value: 0),
      ], score: \.specificity),
    graded(
      "comment.usefulness",
      "How useful the comment is to its writer (0 nothing to use, 1 a concrete, located action).",
      computation:
        "Actionability, specificity and development (length, saturating), with relevance to the post when the post is in the batch; generic praise scores at most 0.1, a comment that misquotes the post loses 40%.",
      examples: [
        Measure.Example(strongComment, post: post, value: 0.7658),
        Measure.Example("Great post, I totally agree!", post: post, value: 0.0179),
      ], score: \.usefulness),
    moveCount(
      "comment.suggestions", "suggestion", "Suggestions to the writer (`you could`, `consider`).",
      example: 1),
    moveCount(
      "comment.questions", "question", "Questions put to the writer.", example: 2),
    moveCount(
      "comment.counterpoints", "counterpoint",
      "Counter-arguments or new perspectives (`however`, `but what about`).", example: 1),
    Measure(
      id: "comment.genericPraise",
      summary:
        "Whether the comment is generic praise: short, mostly praise, unrelated to the post.",
      unit: .flag, appliesTo: [.comment],
      computation:
        "1 when the comment is mostly praise and shares almost no content with the post.",
      examples: [
        Measure.Example("Great post, I totally agree!", post: post, value: 1),
        Measure.Example(strongComment, post: post, value: 0),
      ],
      compute: { MeasureValue(($0.comment?.genericPraise ?? false) ? 1 : 0) }),
  ]

  /// A graded measure: the value of one of the comment's scores, with its evidence.
  static func graded(
    _ id: String, _ summary: String, computation: String, examples: [Measure.Example],
    score: KeyPath<CommentAnalysis, CommentScore> & Sendable
  ) -> Measure {
    Measure(
      id: id, summary: summary, unit: .fraction, appliesTo: [.comment], computation: computation,
      examples: examples,
      compute: { analysis in
        guard let result = analysis.comment?[keyPath: score] else { return MeasureValue(0) }
        return MeasureValue(result.value, evidence: result.spans)
      })
  }

  static func moveCount(_ id: String, _ kind: String, _ summary: String, example: Double)
    -> Measure
  {
    Measure(
      id: id, summary: summary, unit: .count, appliesTo: [.comment],
      computation: "Comment moves of kind `\(kind)`.",
      examples: [
        Measure.Example(strongComment, post: post, value: example),
        Measure.Example("Great post, I totally agree!", post: post, value: 0),
      ],
      compute: { MeasureValue(count: $0.summary.moves[kind] ?? []) })
  }
}
