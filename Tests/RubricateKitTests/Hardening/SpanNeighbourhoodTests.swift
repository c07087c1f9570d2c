import Testing

@testable import RubricateKit

/// The sentence features look up a sentence's citations through ``SpanNeighbourhood`` (issue
/// 15, item 12: time grew faster than the number of citations); it must find exactly what
/// filtering every citation found, in the same order.
@Suite struct SpanNeighbourhoodTests {
  @Test func findsWhatAFullFilterFinds() {
    var seed: UInt64 = 42
    func next(_ bound: Int) -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((seed >> 33) % UInt64(bound))
    }
    var spans: [Span] = []
    for _ in 0..<400 {
      let start = next(2_000)
      spans.append(Span(start: start, end: start + next(next(4) == 0 ? 300 : 12)))
    }
    let neighbourhood = SpanNeighbourhood(spans)
    for _ in 0..<500 {
      let start = next(2_100)
      let sentence = Span(start: start, end: start + next(120))
      #expect(neighbourhood.overlapping(sentence) == spans.filter { $0.overlaps(sentence) })
    }
    #expect(SpanNeighbourhood([]).overlapping(Span(start: 0, end: 5)).isEmpty)
  }
}
