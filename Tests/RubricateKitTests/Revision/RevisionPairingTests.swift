import Testing

@testable import RubricateKit

@Suite struct RevisionPairingTests {
  @Test(arguments: [
    ("essay.txt", "essay"), ("essay-draft.txt", "essay"), ("Essay_Final.md", "essay"),
    ("week5/essay-v2.docx", "essay"), ("essay_2.txt", "essay"), ("notes.2024.txt", "notes.2024"),
    ("my-revised-essay-revised.html", "my-revised-essay"),
  ])
  func fileStemDropsDraftAndVersionMarkers(file: String, stem: String) {
    #expect(RevisionBatch.fileStem(file) == stem)
  }

  @Test func namesPairInEitherOrderAndWithoutDiacritics() {
    let draft = RevisionPairing.keys(userId: nil, names: ["Herrera, Tomás"])
    let final = RevisionPairing.keys(userId: nil, names: ["tomas herrera"])
    let login = RevisionPairing.keys(userId: nil, names: ["herreratomas"])
    #expect(!draft.isDisjoint(with: final))
    #expect(!login.isDisjoint(with: final))
  }

  @Test func ambiguousMatchesAreListedNotGuessed() {
    let pairing = RevisionPairing(
      previous: [.init(index: 0, keys: ["name:ab"]), .init(index: 1, keys: ["name:ab"])],
      current: [.init(index: 0, keys: ["name:ab"]), .init(index: 1, keys: ["name:cd"])])
    #expect(pairing.pairs.isEmpty)
    #expect(pairing.unpairedCurrent == [0, 1])
    #expect(pairing.unpairedPrevious == [0, 1])
  }

  @Test func aDraftClaimedByTwoFinalsPairsWithNeither() {
    let pairing = RevisionPairing(
      previous: [.init(index: 0, keys: ["id:7"])],
      current: [.init(index: 0, keys: ["id:7"]), .init(index: 1, keys: ["id:7", "name:x"])])
    #expect(pairing.pairs.isEmpty)
    #expect(pairing.unpairedPrevious == [0])
  }

  @Test func uniqueMatchesPair() {
    let pairing = RevisionPairing(
      previous: [.init(index: 0, keys: ["id:7"]), .init(index: 1, keys: ["file:essay"])],
      current: [.init(index: 0, keys: ["file:essay"]), .init(index: 1, keys: ["id:7"])])
    #expect(pairing.pairs.map(\.previous) == [1, 0])
    #expect(pairing.pairs.map(\.current) == [0, 1])
  }
}
