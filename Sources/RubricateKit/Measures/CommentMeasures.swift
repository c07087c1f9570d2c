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
