import Foundation
import Testing

@testable import RubricateKit

@Suite struct AssignmentRuleTests {
  @Test func pointsPossibleComesFromTheRubricsAndTheRule() {
    #expect(AssignmentRule().possible(postMaximum: 70, commentMaximum: 60) == 190)
    let capped = AssignmentRule(posts: 1, bestComments: 3, commentCap: 10)
    #expect(capped.possible(postMaximum: 70, commentMaximum: 60) == 100)
    #expect(capped.total(posts: [50], comments: [45, 6, 60, 12]) == 80)
    #expect(AssignmentRule().total(posts: [], comments: [10, 30, 20]) == 50)
  }

  @Test func aRuleFileIsReadAndCheckedByKey() throws {
    let rule = try AssignmentRule.parse(
      Data(
        #"{"assignmentRuleVersion": 1, "bestComments": 3, "commentCap": 10, "missing": "zero"}"#
          .utf8),
      file: "rule.json")
    #expect(rule == AssignmentRule(posts: 1, bestComments: 3, commentCap: 10, missing: .zero))
    #expect(
      rule.summary
        == "Grade = the post plus the best 3 comments (each counting at most 10 points); a student with nothing graded is given 0."
    )
    #expect(
      throws: ClassError.rule(
        file: "rule.json", message: "unknown key \"bestComment\"; did you mean 'bestComments'?")
    ) {
      try AssignmentRule.parse(Data(#"{"bestComment": 3}"#.utf8), file: "rule.json")
    }
    #expect(
      throws: ClassError.rule(
        file: "rule.json", message: "posts, bestComments and commentCap cannot be negative")
    ) {
      try AssignmentRule.parse(Data(#"{"posts": -1}"#.utf8), file: "rule.json")
    }
  }
}
