import Testing

@testable import RubricateKit

@Suite struct LMSFileNameTests {
  static let names: [(String, LMSFileName.Platform?, Student?)] = [
    (
      "smithjane_123456_7890123_My Essay.txt", .canvas,
      Student(name: "smithjane", userId: "123456", fileId: "7890123")
    ),
    (
      "smithjane_LATE_123456_7890123_essay_final.md", .canvas,
      Student(name: "smithjane", userId: "123456", late: true, fileId: "7890123")
    ),
    ("smithjane_123456_text.html", .canvas, Student(name: "smithjane", userId: "123456")),
    (
      "smithjane_LATE_123456_text.html", .canvas,
      Student(name: "smithjane", userId: "123456", late: true)
    ),
    (
      "submissions/anon_48213_9988771_draft.txt", .canvas,
      Student(name: "anon_48213", userId: "48213", fileId: "9988771")
    ),
    ("anon_48213_text.html", .canvas, Student(name: "anon_48213", userId: "48213")),
    (
      "anon_xK3pQ_LATE_9988771_draft.txt", .canvas,
      Student(name: "anon_xK3pQ", userId: "xK3pQ", late: true, fileId: "9988771")
    ),
    (
      "Jane Smith_412_assignsubmission_file_My Essay.txt", .moodle,
      Student(name: "Jane Smith", fileId: "412")
    ),
    (
      "download/Jane Smith_412_assignsubmission_file_/My Essay.txt", .moodle,
      Student(name: "Jane Smith", fileId: "412")
    ),
    (
      "José Núñez_87_assignsubmission_onlinetext_onlinetext.html", .moodle,
      Student(name: "José Núñez", fileId: "87")
    ),
    ("notes_2024_03_draft.txt", nil, nil),
    ("my_essay.txt", nil, nil),
    ("essay.txt", nil, nil),
  ]

  @Test(arguments: names) func namesOfEachPlatform(
    path: String, platform: LMSFileName.Platform?, student: Student?
  ) {
    let parsed = LMSFileName.parse(path)
    #expect(parsed?.platform == platform)
    #expect(parsed?.student == student)
  }

  @Test func studentIsFilledOnTheFilesSubmissionOnly() throws {
    let submissions = try InputFixtures.read(
      "scraped-page.txt", as: "week3/nguyenlan_LATE_20417_553201_scraped-page.txt")
    #expect(
      submissions[0].student
        == Student(name: "nguyenlan", userId: "20417", late: true, fileId: "553201"))
    #expect(submissions[0].id == "week3/nguyenlan_LATE_20417_553201_scraped-page.txt")
    #expect(submissions.dropFirst().allSatisfy { $0.student == nil })
    #expect(submissions[1].id == "week3/nguyenlan_LATE_20417_553201_scraped-page.txt#c1")
  }

  @Test func canvasOnlineTextEntry() throws {
    let submissions = try InputFixtures.read(
      "canvas-entry.html", as: "okaforchidi_30112_text.html")
    #expect(submissions.count == 1)
    #expect(submissions[0].student == Student(name: "okaforchidi", userId: "30112"))
    #expect(submissions[0].title == "Reflection: Week 3")
    #expect(
      submissions[0].texts(of: .body) == [
        "This week I learned that sources need dates.",
        "I also learned to \"quote\" carefully\u{2026}",
      ])
  }

  @Test func moodleFolder() throws {
    let submissions = try InputFixtures.read(
      "post.md", as: "Priya Raman_2093_assignsubmission_file_/post.md")
    #expect(submissions[0].student == Student(name: "Priya Raman", fileId: "2093"))
  }
}
