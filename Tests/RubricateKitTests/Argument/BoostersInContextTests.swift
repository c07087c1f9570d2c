import Testing

@testable import RubricateKit

/// Boosters count only where the writer asserts certainty (issue 13).
@Suite struct BoostersInContextTests {
  static func boosters(_ body: String) -> [String] {
    let (_, argument) = ArgumentMarks.post(body: body).analyze()
    return argument.stanceMarkers.filter { $0.kind == .booster }.map(\.text)
  }

  @Test(arguments: [
    "For the regime, North Korea proves a very useful distraction from problems at home.",
    "The scheme proves useful for parents who cycle with children.",
    "The new tram proved to be popular with older residents.",
    "The trial proved successful in two districts.",
    "As one planner said, “the answer is clearly to remove the parking first.”",
    "Is it really true that every shop loses customers when the cars go?",
  ])
  func notOverClaiming(body: String) {
    #expect(Self.boosters(body).isEmpty)
  }

  @Test(arguments: [
    ("This proves that bans work everywhere.", ["proves"]),
    ("Clearly, the ban works everywhere.", ["Clearly"]),
    ("The data proves the point beyond doubt.", ["proves", "beyond doubt"]),
  ])
  func stillOverClaiming(body: String, expected: [String]) {
    #expect(Self.boosters(body) == expected)
  }
}
