import Foundation

/// How a student's post and comments make one assignment grade.
///
/// The grade is the points of the student's graded post (the latest, when they resubmitted;
/// `posts` of them at most) plus their best `bestComments` comments, each comment counting at
/// most `commentCap` points. "Points Possible" follows from the rubrics' maxima and this rule
/// alone: `posts × post maximum + bestComments × min(comment maximum, commentCap)`, never from
/// what students scored. A roster student with nothing graded is `missing`: a blank cell, or 0
/// when `missing` is `zero`.
///
/// Read from flags (`--best-comments N`, `--comment-cap POINTS`) or a JSON file
/// (`--assignment-rule FILE`): `{"assignmentRuleVersion": 1, "posts": 1, "bestComments": 2,
/// "commentCap": 10, "missing": "blank"}`, every key optional.
public struct AssignmentRule: Sendable, Equatable, Codable {
  /// What a roster student with nothing graded gets.
  public enum Missing: String, Sendable, Equatable, Codable {
    case blank, zero
  }

  public static let currentVersion = 1

  public var posts: Int = 1
  public var bestComments: Int = 2
  /// The most points one comment adds; nil means the comment rubric's maximum.
  public var commentCap: Double?
  public var missing: Missing = .blank

  public init(
    posts: Int = 1, bestComments: Int = 2, commentCap: Double? = nil, missing: Missing = .blank
  ) {
    self.posts = posts
    self.bestComments = bestComments
    self.commentCap = commentCap
    self.missing = missing
  }

  enum CodingKeys: String, CodingKey, CaseIterable {
    case assignmentRuleVersion, posts, bestComments, commentCap, missing
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    posts = try container.decodeIfPresent(Int.self, forKey: .posts) ?? 1
    bestComments = try container.decodeIfPresent(Int.self, forKey: .bestComments) ?? 2
    commentCap = try container.decodeIfPresent(Double.self, forKey: .commentCap)
    missing = try container.decodeIfPresent(Missing.self, forKey: .missing) ?? .blank
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(Self.currentVersion, forKey: .assignmentRuleVersion)
    try container.encode(posts, forKey: .posts)
    try container.encode(bestComments, forKey: .bestComments)
    try container.encodeIfPresent(commentCap, forKey: .commentCap)
    try container.encode(missing, forKey: .missing)
  }

  /// Reads an assignment rule file; unknown keys, a newer version and negative counts are errors.
  public static func parse(_ data: Data, file: String) throws(ClassError) -> AssignmentRule {
    let object: [String: Any]
    do {
      guard let parsed = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
        throw ClassError.rule(file: file, message: "expected a JSON object")
      }
      object = parsed
    } catch let error as ClassError {
      throw error
    } catch {
      throw .rule(file: file, message: "not valid JSON")
    }
    let known = Set(CodingKeys.allCases.map(\.rawValue))
    for key in object.keys.sorted() where !known.contains(key) {
      throw .rule(
        file: file,
        message: "unknown key \"\(key)\"\(Suggestion.phrase(for: key, in: known.sorted()))")
    }
    if let version = object["assignmentRuleVersion"] as? Int, version > currentVersion {
      throw .rule(
        file: file,
        message:
          "assignmentRuleVersion \(version) is newer than this rubricate reads (\(currentVersion))")
    }
    let rule: AssignmentRule
    do {
      rule = try JSONDecoder().decode(AssignmentRule.self, from: data)
    } catch {
      throw .rule(
        file: file,
        message: "posts and bestComments are whole numbers, commentCap a number, "
          + "missing \"blank\" or \"zero\"")
    }
    if rule.posts < 0 || rule.bestComments < 0 || (rule.commentCap ?? 0) < 0 {
      throw .rule(file: file, message: "posts, bestComments and commentCap cannot be negative")
    }
    return rule
  }

  /// What one comment can add at most.
  public func commentWorth(commentMaximum: Double) -> Double {
    min(commentMaximum, commentCap ?? commentMaximum)
  }

  /// Points Possible: from the rubrics' maxima and the rule only.
  public func possible(postMaximum: Double, commentMaximum: Double) -> Double {
    Double(posts) * postMaximum + Double(bestComments)
      * commentWorth(commentMaximum: commentMaximum)
  }

  /// A student's total from their graded posts' and comments' points.
  public func total(posts postPoints: [Double], comments commentPoints: [Double]) -> Double {
    let post = postPoints.sorted(by: >).prefix(posts).reduce(0, +)
    let cap = commentCap ?? .infinity
    let comments = commentPoints.map { min($0, cap) }.sorted(by: >).prefix(bestComments)
    return post + comments.reduce(0, +)
  }

  /// The rule in one sentence, for reports and the run summary.
  public var summary: String {
    var parts: [String] = []
    if posts > 0 { parts.append(posts == 1 ? "the post" : "the best \(posts) posts") }
    if bestComments > 0 {
      var comments = bestComments == 1 ? "the best comment" : "the best \(bestComments) comments"
      if let commentCap {
        comments += " (each counting at most \(Plural.count(commentCap, "point")))"
      }
      parts.append(comments)
    }
    let sum = parts.isEmpty ? "nothing" : parts.joined(separator: " plus ")
    let missed = missing == .blank ? "left blank" : "given 0"
    return "Grade = \(sum); a student with nothing graded is \(missed)."
  }
}
