import Foundation
import Testing

@testable import RubricateKit

/// The README documents what the code does: the template placeholders and the claim-support
/// rule's vocabulary (issue 13).
@Suite struct ReadmeContractTests {
  static func readme() throws -> String {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    return try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
  }

  @Test func thePlaceholderListMatchesTheCode() throws {
    let readme = try Self.readme()
    let start = try #require(readme.range(of: "- Feedback templates may use"))
    let end = try #require(
      readme.range(of: "\n- `rubricate measures`", range: start.upperBound..<readme.endIndex))
    let paragraph = readme[start.lowerBound..<end.lowerBound]
    var documented: [String] = []
    var rest = paragraph[...]
    while let open = rest.range(of: "`{"),
      let close = rest.range(of: "}`", range: open.upperBound..<rest.endIndex)
    {
      documented.append(String(rest[open.upperBound..<close.lowerBound]))
      rest = rest[close.upperBound...]
    }
    let code = FeedbackItem.plainPlaceholders + FeedbackItem.all.map(\.name)
    #expect(documented.sorted() == code.sorted())
  }

  @Test func theSupportRuleNamesTheCheckableKinds() throws {
    let readme = try Self.readme()
    #expect(readme.contains("## When a claim counts as supported"))
    #expect(readme.contains("`checkable: true`"))
    for kind in ["supported", "weak", "unsupported"] {
      #expect(ClaimSupport(rawValue: kind) != nil)
      #expect(readme.contains("**\(kind)**"))
    }
  }
}
