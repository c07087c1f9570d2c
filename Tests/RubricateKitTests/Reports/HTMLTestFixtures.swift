import Foundation

@testable import RubricateKit

/// Small scored submissions built by hand, for the HTML, class report and gradebook tests.
enum HTMLTestFixtures {
  /// A submission whose whole text is one body paragraph (plus any given segments).
  static func submission(
    _ text: String, id: String = "s1", kind: Submission.Kind = .post, title: String? = nil,
    student: Student? = nil, post: String? = nil, segments: [Segment] = [], links: [Link] = []
  ) -> Submission {
    let document = Document(name: "\(id).txt", text: text)
    return Submission(
      id: id, kind: kind, document: document, title: title, student: student, post: post,
      segments: segments, body: [document.fullSpan], links: links)
  }

  static func analysis(_ submission: Submission) -> SubmissionAnalysis {
    SubmissionAnalysis(
      submission: submission,
      text: TextAnalysis(document: submission.document, paragraphs: submission.body),
      quotes: TextAnalysis(document: submission.document, paragraphs: []),
      citations: CitationAnalysis(), argument: ArgumentAnalysis(), comment: nil)
  }

  static func criterion(
    _ id: String, points: Double, maximum: Double, level: String = "Good", levelIndex: Int = 0,
    lowest: Bool = false, feedback: String = "", evidence: [Span] = []
  ) -> CriterionResult {
    CriterionResult(
      criterionID: id, title: id.capitalized, measure: "body.words", value: points,
      formattedValue: MeasureValue.plain(points), level: level, levelIndex: levelIndex,
      isLowestLevel: lowest, points: points, maximumPoints: maximum, feedback: feedback,
      evidence: evidence)
  }

  static func result(
    _ submission: Submission, criteria: [CriterionResult], rubric: String = "post",
    grade: String? = nil
  ) -> SubmissionResult {
    SubmissionResult(
      analysis: analysis(submission), rubricID: rubric, rubricTitle: rubric.capitalized + " rubric",
      criteria: criteria, points: criteria.reduce(0) { $0 + $1.points },
      maximumPoints: criteria.reduce(0) { $0 + $1.maximumPoints }, grade: grade)
  }

  /// The span of the first occurrence of `part` in `text`, in scalars.
  static func span(of part: String, in text: String) -> Span {
    let scalars = Array(text.unicodeScalars)
    let needle = Array(part.unicodeScalars)
    guard needle.count <= scalars.count else { return Span(0, 0) }
    for start in 0...(scalars.count - needle.count)
    where Array(scalars[start..<(start + needle.count)]) == needle {
      return Span(start, start + needle.count)
    }
    return Span(0, 0)
  }

  /// Whether every tag in `html` is closed in order (void elements aside) — a small checker
  /// for the markup the reporters write, not a general HTML parser.
  static func isWellFormed(_ html: String) -> Bool {
    let voids: Set<String> = ["meta", "br", "!doctype"]
    var stack: [String] = []
    var index = html.startIndex
    while let open = html[index...].firstIndex(of: "<") {
      guard let close = html[open...].firstIndex(of: ">") else { return false }
      let inside = html[html.index(after: open)..<close]
      index = html.index(after: close)
      let selfClosing = inside.hasSuffix("/")
      let name =
        inside.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "\n" }).first
        .map { String($0).lowercased() } ?? ""
      if inside.hasPrefix("/") {
        let closing = String(inside.dropFirst()).lowercased()
        guard stack.last == closing else { return false }
        stack.removeLast()
      } else if !selfClosing && !voids.contains(name) {
        stack.append(name)
      }
    }
    return stack.isEmpty
  }

  /// The text of escaped HTML with its tags removed and the five entities decoded.
  static func plainText(_ html: String) -> String {
    var result = ""
    var inTag = false
    for character in html {
      if character == "<" {
        inTag = true
      } else if character == ">" {
        inTag = false
      } else if !inTag {
        result.append(character)
      }
    }
    return result.replacingOccurrences(of: "&lt;", with: "<")
      .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
      .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
  }
}
