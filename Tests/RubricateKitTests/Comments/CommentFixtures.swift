@testable import RubricateKit

/// The post most comment tests answer, written for this project, and helpers to analyse
/// comments against it.
enum CommentFixtures {
  static let post = """
    Why School Uniforms Do More Harm Than Good

    Many principals believe that school uniforms reduce bullying, but the evidence is thin. \
    A 2019 survey of 4,000 pupils in Ohio found no drop in reported bullying after uniforms \
    were introduced.

    Uniforms also cost families money. Parents already struggle with the price of shoes, books \
    and lunches, and a compulsory blazer adds to that burden.

    Finally, uniforms take away a way for teenagers to express who they are. Clothing is one of \
    the few choices a student can make during the school day.
    """

  static func analyze(
    _ comment: String, post: String? = post, parent: String? = nil,
    weights: TermWeights = .builtIn
  ) -> CommentAnalysis {
    let commentDocument = Document(text: comment)
    let postDocument = post.map { Document(text: $0) }
    let parentDocument = parent.map { Document(text: $0) }
    return CommentAnalyzer.analyze(
      comment: commentDocument, body: commentDocument.paragraphs(), post: postDocument,
      postBody: postDocument?.paragraphs() ?? [], weights: weights, parent: parentDocument,
      parentBody: parentDocument?.paragraphs() ?? [])
  }

  /// The moves as `kind: text` lines, easy to compare in a table.
  static func moves(_ analysis: CommentAnalysis) -> [String] {
    analysis.moves.map { "\($0.kind.rawValue): \($0.text)" }
  }
}
