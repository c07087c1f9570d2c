import Testing

@testable import RubricateKit

/// The attribution and possessive scans pass over scalars eight at a time; these tests hold
/// the block tests to the scalar rules they stand for, and the scans to the same findings
/// wherever a cue falls in a block.
@Suite struct AttributionScanTests {
  /// Values a lane can hold: the cue initials in both cases, other letters, a space,
  /// punctuation, a digit, the bounds of the letter ranges, and scalars past ASCII.
  static let laneValues: [UInt32] = [
    0x61, 0x41, 0x72, 0x52, 0x64, 0x44, 0x70, 0x50, 0x62, 0x7A, 0x5A, 0x60, 0x7B, 0x40, 0x5B,
    0x20, 0x2C, 0x27, 0x30, 0x0A, 0x7F, 0xE9, 0x2019, 0x1_F600,
  ]

  /// What the scalar loop asks of a lane: is it a letter after a non-letter, with a cue's
  /// initial? (Or not ASCII, or after a scalar that is not: only the scalar test knows.)
  static func mayStartCue(_ value: UInt32, after before: UInt32) -> Bool {
    guard value < 0x80, before < 0x80 else { return true }
    let isLetter = { (value: UInt32) in (value | 0x20) &- 0x61 < 26 }
    return isLetter(value) && !isLetter(before) && "ardp".utf8.contains(UInt8(value | 0x20))
  }

  @Test func theCueInitialsAreTheFourLettersCuesStartWith() throws {
    let initials = try #require(InTextCitationFinder.cueTable.initials)
    #expect([initials.0, initials.1, initials.2, initials.3] == [0x61, 0x64, 0x70, 0x72])
  }

  /// Each lane in turn holds each value, after each value, among lanes that start no cue
  /// (`x` after a letter): the first lane that may start a cue is that lane exactly when the
  /// scalar rule says so.
  @Test func theBlockTestFindsTheFirstLaneTheScalarRuleWouldStop() throws {
    let initials = try #require(InTextCitationFinder.cueTable.initials)
    for lane in 0..<8 {
      for value in Self.laneValues {
        for before in Self.laneValues {
          var block = SIMD8<UInt32>(repeating: 0x78)
          var previous = SIMD8<UInt32>(repeating: 0x78)
          block[lane] = value
          previous[lane] = before
          if lane + 1 < 8 { previous[lane + 1] = value }
          let expected =
            Self.mayStartCue(value, after: before)
            ? lane : (lane + 1 < 8 && Self.mayStartCue(0x78, after: value) ? lane + 1 : nil)
          let found = InTextCitationFinder.CueTable.firstCueLane(
            block, after: previous, initials: initials)
          #expect(found == expected, "lane \(lane) value \(value) after \(before)")
        }
      }
    }
  }

  /// The cue match through eight-byte prefixes, against the cues compared a scalar at a time,
  /// at every offset of texts that hold cues whole, cut short by the limit, in capitals, run
  /// into a longer word, and beside scalars past ASCII.
  @Test func cueMatchesAgreesWithAScalarComparison() {
    let texts = [
      "According to the BBC, as reported by Reuters and a study from Oxford.",
      "ACCORDING TO them; As Stated By her; a survey by the ONS; data from NASA.",
      "accordingly, as reportedly, a studyby, research byline, publishedby",
      "as cited in é, a report fromé, data fromage, acc\u{00E9}ording to",
      "as noted by", "as", "a", "according t", "a study b",
    ]
    let table = InTextCitationFinder.cueTable
    let cues = InTextCitationFinder.attributionCues.map { Array($0.joined(separator: " ").utf8) }
    for text in texts {
      let scalars = Array(text.unicodeScalars)
      scalars.withUnsafeBufferPointer { buffer in
        for limit in [scalars.count, max(0, scalars.count - 3)] {
          for offset in 0..<limit where CitationScalars.isLetter(scalars[offset]) {
            let expected = cues.contains { cue in
              guard offset + cue.count <= limit else { return false }
              for (place, byte) in cue.enumerated() {
                let value = scalars[offset + place].value
                if (value &- 0x41 < 26 ? value + 32 : value) != UInt32(byte) { return false }
              }
              let after = offset + cue.count
              return after >= limit || !CitationScalars.isLetter(scalars[after])
            }
            let found = InTextCitationFinder.cueMatches(
              buffer, at: offset, limit: limit, in: table)
            #expect(found == expected, "\(text) at \(offset), limit \(limit)")
          }
        }
      }
    }
  }

  /// The same attribution and possessive mention are found wherever they fall in a block of
  /// eight, after text with and without scalars past ASCII.
  @Test(arguments: ["", "é ", "Smith’s ", "a dp r "])
  func findingsDoNotDependOnWhereTheBlocksFall(lead: String) {
    for padding in 0..<17 {
      let prefix = lead + String(repeating: "x", count: padding)
      let marked =
        "\(prefix) and so, ⟦according to the BBC⟧, sleep matters; "
        + "⟦Lindgren’s study⟧ found that planners agreed."
      let (found, expected, _) = CitationMarks.citations(in: marked)
      #expect(found.map(\.kind) == [.attribution, .attribution], "padding \(padding)")
      #expect(found.map(\.span) == expected, "padding \(padding)")
      #expect(found.map(\.names) == [["BBC"], ["Lindgren"]], "padding \(padding)")
    }
  }
}
