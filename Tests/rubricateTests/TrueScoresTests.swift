import Foundation
import Testing

/// Issue 13's acceptance on the sample class and on a scraped WordPress page: the scores say
/// what is true of the text (claim support, citation counts, feedback a student can act on).
@Suite struct TrueScoresTests {
  /// The `analyze` JSON of one file: its submissions.
  static func analyze(_ path: String) throws -> [[String: Any]] {
    let run = try Rubricate.run(["analyze", path])
    #expect(run.status == 0, "stderr: \(run.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
    return object?["submissions"] as? [[String: Any]] ?? []
  }

  static func stats(_ submission: [String: Any]) -> [String: Any] {
    submission["stats"] as? [String: Any] ?? [:]
  }

  static let scraped = "Tests/rubricateTests/Fixtures/wordpress/no-in-text-citations.txt"

  /// Six reference entries and not one in-text citation: nothing a reader could check backs
  /// any claim, however many reasons and examples the writer gives.
  @Test func aPostWithNoInTextCitationHasNoSupportedClaim() throws {
    let post = try #require(try Self.analyze(Self.scraped).first)
    #expect(Self.stats(post)["citationsInText"] as? Int == 0)
    #expect(Self.stats(post)["claimsSupported"] as? Int == 0)
    let claims = post["claims"] as? [[String: Any]] ?? []
    #expect(!claims.isEmpty)
    #expect(claims.allSatisfy { $0["support"] as? String != "supported" })
  }

  /// Amara cites two studies by link: every claim her cited sentences back is supported, and
  /// they back at least one.
  @Test func amarasCitedStudiesSupportHerClaims() throws {
    let post = try #require(
      try Self.analyze("Submissions/amara-okonkwo-what-oslo-taught-me.html").first)
    let citations = post["citations"] as? [[String: Any]] ?? []
    let cited = citations.compactMap { citation -> ClosedRange<Int>? in
      guard let start = citation["start"] as? Int, let end = citation["end"] as? Int else {
        return nil
      }
      return start...end
    }
    #expect(cited.count == 2)
    let claims = post["claims"] as? [[String: Any]] ?? []
    var backed = Set<Int>()
    for claim in claims {
      let evidence = claim["evidence"] as? [[String: Any]] ?? []
      let holdsCitation = ([claim] + evidence).contains { piece in
        guard let start = piece["start"] as? Int, let end = piece["end"] as? Int else {
          return false
        }
        return cited.contains { $0.lowerBound >= start && $0.upperBound <= end }
      }
      if holdsCitation {
        #expect(claim["support"] as? String == "supported", "\(claim["text"] ?? "")")
        for range in cited {
          let inside = ([claim] + evidence).contains {
            ($0["start"] as? Int ?? .max) <= range.lowerBound
              && ($0["end"] as? Int ?? .min) >= range.upperBound
          }
          if inside { backed.insert(range.lowerBound) }
        }
      }
    }
    #expect(backed.count == 2, "both cited studies back a claim")
    #expect((Self.stats(post)["claimsSupported"] as? Int ?? 0) > 0)
  }
}
