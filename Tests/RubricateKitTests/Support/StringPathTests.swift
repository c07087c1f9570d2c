import Testing

@testable import RubricateKit

/// The file-name helpers the class stage names students with: found on bytes, they must give
/// what splitting the whole string gives.
@Suite struct StringPathTests {
  @Test(
    arguments: [
      ("/work/class/essays/0A1B.txt", "0A1B.txt"),
      ("essays/", "essays"),
      ("a//b///", "b"),
      ("plain.txt", "plain.txt"),
      ("/", nil),
      ("", nil),
      ("Dossier élève/Chloé.docx", "Chloé.docx"),
    ] as [(String, String?)])
  func lastComponent(_ path: String, _ expected: String?) {
    #expect(path.lastNonEmptyPathComponent == expected)
    #expect(
      path.lastNonEmptyPathComponent
        == path.utf8.split(separator: UInt8(ascii: "/")).last.map { String(Substring($0)) })
  }

  @Test(
    arguments: [
      ("tomas-herrera-streets.txt", "tomas-herrera-streets"),
      (".hidden.txt", "hidden"),
      ("..a..b", "a"),
      ("noextension", "noextension"),
      ("...", nil),
      ("", nil),
      ("Tomás.Herrera.txt", "Tomás"),
      // A combining acute accent after the dot makes one grapheme: no split there.
      ("e.\u{301}x.txt", "e.\u{301}x"),
    ] as [(String, String?)])
  func firstDotPart(_ name: String, _ expected: String?) {
    #expect(name.firstNonEmptyDotPart.map(String.init) == expected)
    #expect(name.firstNonEmptyDotPart == name.split(separator: ".").first)
  }
}
