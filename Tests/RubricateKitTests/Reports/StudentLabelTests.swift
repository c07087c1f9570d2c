import Testing

@testable import RubricateKit

/// Report file names come from student names, which come from file names and exports that
/// anyone can write: they must never escape the report folder or collide.
@Suite struct StudentLabelTests {
  @Test(arguments: [
    ("Linh Nguyen", "Linh-Nguyen"),
    ("../../etc/passwd", "etc-passwd"),
    ("a/b\\c", "a-b-c"),
    ("Chloé Martin", "Chloé-Martin"),
    ("tab\tand\nnewline\u{0}", "tab-and-newline"),
    ("..", "submission"),
    ("", "submission"),
    ("O'Brien, Seán", "O-Brien-Seán"),
  ])
  func safeNames(_ raw: String, _ expected: String) {
    let safe = StudentLabel.safe(raw)
    #expect(safe == expected)
    #expect(!safe.contains("/") && !safe.contains("..") && !safe.isEmpty)
    #expect(!safe.unicodeScalars.contains { $0.value < 0x20 })
  }

  /// ASCII names take a byte path of their own; it cuts and joins as the general one does.
  @Test func asciiNamesAsTheGeneralRuleMakesThem() {
    #expect(StudentLabel.safe("--Jane O'Neil, Jr.--") == "--Jane-O-Neil-Jr")
    #expect(
      StudentLabel.safe(String(repeating: "a", count: 79) + "_bbb")
        == String(repeating: "a", count: 79))
    #expect(StudentLabel.safe(String(repeating: "ab ", count: 40)).utf8.count == 80)
    #expect(StudentLabel.safeASCII("Chloé") == nil)
    // The same text with one non-ASCII letter goes the general way and keeps the same cuts.
    #expect(StudentLabel.safe("--Jané O'Neil, Jr.--") == "--Jané-O-Neil-Jr")
  }

  @Test func stemsAreUniqueWhateverTheInput() {
    let document = Document(text: "x")
    let submissions = [
      Submission(id: "a/post.txt", kind: .post, document: document, author: "Ana"),
      Submission(id: "b/post.txt", kind: .post, document: document, author: "Ana"),
      Submission(id: "c/post.txt", kind: .post, document: document, author: "ana"),
      Submission(
        id: "canvas/x.txt", kind: .post, document: document,
        student: Student(name: "Kim Lee", userId: "48207")),
    ]
    #expect(
      StudentLabel.uniqueStems(submissions) == [
        "Ana_post-txt", "Ana_post-txt-2", "ana_post-txt-3", "Kim-Lee_48207",
      ])
  }
}
