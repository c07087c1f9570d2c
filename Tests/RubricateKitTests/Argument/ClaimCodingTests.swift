import Foundation
import Testing

@testable import RubricateKit

@Suite struct ClaimCodingTests {
  @Test func claimEncodesTheContractKeys() throws {
    let claim = Claim(
      sentence: 2, start: 10, end: 40, text: "Schools should ban phones.", support: .weak,
      evidence: [ClaimEvidence(start: 41, end: 60, text: "Pupils say so.", kind: .reason)],
      features: ["position.bodyFirst"], confidence: 0.75, boosters: [], overclaim: false)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let json = String(decoding: try encoder.encode(claim), as: UTF8.self)
    #expect(
      json
        == #"{"boosters":[],"confidence":0.75,"end":40,"evidence":[{"checkable":false,"end":60,"#
        + #""kind":"reason","#
        + #""start":41,"text":"Pupils say so."}],"features":["position.bodyFirst"],"#
        + #""overclaim":false,"sentence":2,"start":10,"support":"weak","#
        + #""text":"Schools should ban phones.","thesis":false}"#)
    #expect(try JSONDecoder().decode(Claim.self, from: Data(json.utf8)) == claim)
  }

  @Test(arguments: ClaimSupport.allCases)
  func supportSpellsTheContract(support: ClaimSupport) {
    #expect(["supported", "weak", "unsupported"].contains(support.rawValue))
  }
}
