import Testing

@testable import RubricateKit

@Suite struct SentenceAlignmentTests {
  let draft = [
    "Cars fill our streets.", "Noise is a problem for everyone.", "Buses are cheap.",
    "Cycling is healthy for the people who do it every day.", "We should act now.",
  ]

  @Test func identicalTextsAreUnchanged() {
    let alignment = SentenceAlignment(old: draft, new: draft)
    #expect(alignment.isUnchanged)
    #expect(alignment.changes == draft.indices.map { .unchanged(old: $0, new: $0) })
  }

  @Test func caseAndSpacingDoNotCount() {
    let alignment = SentenceAlignment(
      old: ["Cars  fill our streets."], new: ["cars fill our\nstreets."])
    #expect(alignment.changes == [.unchanged(old: 0, new: 0)])
  }

  @Test func rewordedSentenceIsOneRewrite() {
    var final = draft
    final[3] = "Cycling is healthy for the people who ride every single day."
    let alignment = SentenceAlignment(old: draft, new: final)
    #expect(
      alignment.changes == [
        .unchanged(old: 0, new: 0), .unchanged(old: 1, new: 1), .unchanged(old: 2, new: 2),
        .rewritten(old: 3, new: 3), .unchanged(old: 4, new: 4),
      ])
  }

  @Test func additionsAndRemovalsKeepTheirPlaces() {
    let final = [
      "Cars fill our streets.", "A new sentence about parking fees.",
      "Buses are cheap.", "Cycling is healthy for the people who do it every day.",
      "We should act now.",
    ]
    let alignment = SentenceAlignment(old: draft, new: final)
    #expect(
      alignment.changes == [
        .unchanged(old: 0, new: 0), .removed(old: 1), .added(new: 1),
        .unchanged(old: 2, new: 2), .unchanged(old: 3, new: 3), .unchanged(old: 4, new: 4),
      ])
  }

  @Test func movedParagraphIsAMoveNotARewrite() {
    // The last two sentences (a paragraph) moved to the front.
    let final = [draft[3], draft[4], draft[0], draft[1], draft[2]]
    let alignment = SentenceAlignment(old: draft, new: final)
    #expect(
      alignment.changes == [
        .moved(old: 3, new: 0), .moved(old: 4, new: 1), .unchanged(old: 0, new: 2),
        .unchanged(old: 1, new: 3), .unchanged(old: 2, new: 4),
      ])
  }

  @Test func movedAndRewordedSentenceIsFoundAcrossTheText() {
    let final = [
      "Cycling is healthy for the people who ride it every day.", draft[0], draft[1], draft[2],
      draft[4],
    ]
    let alignment = SentenceAlignment(old: draft, new: final)
    #expect(alignment.changes.contains(.rewritten(old: 3, new: 0)))
    #expect(!alignment.changes.contains { if case .added = $0 { true } else { false } })
  }

  @Test func repeatedSentencesPairInOrder() {
    let alignment = SentenceAlignment(old: ["Yes.", "No.", "Yes."], new: ["Yes.", "Yes."])
    #expect(
      alignment.changes == [
        .unchanged(old: 0, new: 0), .removed(old: 1), .unchanged(old: 2, new: 1),
      ])
  }

  @Test func everySentenceAppearsExactlyOnce() {
    let old = (0..<400).map { "Sentence number \($0) talks about topic \($0 % 17)." }
    var generator = FixedGenerator()
    var new = old.shuffled(using: &generator)
    new.removeLast(40)
    new += (0..<30).map { "A brand new point \($0) about something else entirely." }
    let alignment = SentenceAlignment(old: old, new: new)
    var oldSeen = [Int](repeating: 0, count: old.count)
    var newSeen = [Int](repeating: 0, count: new.count)
    for change in alignment.changes {
      switch change {
      case .unchanged(let o, let n), .moved(let o, let n), .rewritten(let o, let n):
        oldSeen[o] += 1
        newSeen[n] += 1
      case .added(let n): newSeen[n] += 1
      case .removed(let o): oldSeen[o] += 1
      }
    }
    #expect(oldSeen.allSatisfy { $0 == 1 })
    #expect(newSeen.allSatisfy { $0 == 1 })
  }

  @Test func longestIncreasingSubsequence() {
    #expect(
      SentenceAlignment.longestIncreasing([3, 0, 1, 4, 2, 5]).map { [3, 0, 1, 4, 2, 5][$0] } == [
        0, 1, 2, 5,
      ])
    #expect(SentenceAlignment.longestIncreasing([]) == [])
  }
}

/// A deterministic generator, so the shuffled text is the same on every run.
struct FixedGenerator: RandomNumberGenerator {
  var state: UInt64 = 0x9E37_79B9_7F4A_7C15
  mutating func next() -> UInt64 {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return state
  }
}
