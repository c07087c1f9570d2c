extension Rubric {
  /// The shipped rubric with this file name (`blog-post.json`), as compiled in.
  public static func builtIn(_ fileName: String) throws(RubricError) -> Rubric {
    guard let text = BuiltInRubrics.files[fileName] else {
      throw RubricError(issues: [
        RubricIssue(
          file: fileName, line: nil, path: "",
          message:
            "no built-in rubric of that name\(Suggestion.phrase(for: fileName, in: BuiltInRubrics.files.keys.sorted()))"
        )
      ])
    }
    return try RubricLoader.load(text: text, file: "built-in \(fileName)")
  }

  /// The rubric `grade` uses by default for posts or for comments.
  public static func defaultRubric(for kind: Submission.Kind) throws(RubricError) -> Rubric {
    try builtIn(kind == .post ? "blog-post.json" : "peer-comment.json")
  }
}
