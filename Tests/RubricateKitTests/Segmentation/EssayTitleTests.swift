import Testing

@testable import RubricateKit

@Suite struct EssayTitleTests {
  @Test(
    arguments: [
      ("Should Cities Ban Cars?\n\nYes, mostly.\n", "Should Cities Ban Cars?"),
      ("Cars\n\nThey are loud.\n", "Cars"),
      ("Cars are loud.\n\nThey are.\n", nil),
      ("2-23-11\n\nText.\n", nil),
      ("To Kill a Mockingbird Review\n\nText.\n", "To Kill a Mockingbird Review"),
      ("To the principal\n\nText.\n", nil),
      ("Only one paragraph\n", nil),
    ] as [(String, String?)])
  func firstLineTitles(text: String, title: String?) throws {
    #expect(try SourceReader.read(bytes: Array(text.utf8), name: "e.txt")[0].title == title)
  }
}
