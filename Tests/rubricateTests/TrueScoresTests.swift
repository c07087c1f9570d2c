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

/// Citations in the sample class counted once each and matched with every author.
@Suite struct SampleCitationsTests {
  @Test(arguments: [
    ("Submissions/priya-raghunathan-start-small.md", "Priya Raghunathan", 3),
    ("Submissions/class-blog.xml", "Aisha Al-Mansouri", 2),
  ])
  func aLinkedCitationCountsOnce(path: String, author: String, count: Int) throws {
    let post = try #require(
      try TrueScoresTests.analyze(path).first {
        $0["kind"] as? String == "post" && $0["author"] as? String == author
      })
    #expect(TrueScoresTests.stats(post)["citationsInText"] as? Int == count)
  }

  /// `Lindgren’s interview study` matches the Lindgren entry (the first of Amara's two).
  @Test func amarasPossessiveCitationMatchesLindgren() throws {
    let post = try #require(
      try TrueScoresTests.analyze("Submissions/amara-okonkwo-what-oslo-taught-me.html").first)
    let citations = post["citations"] as? [[String: Any]] ?? []
    let lindgren = try #require(citations.first { $0["names"] as? [String] == ["Lindgren"] })
    #expect(lindgren["reference"] as? Int == 0)
    #expect(TrueScoresTests.stats(post)["referencesUncited"] as? Int == 0)
  }
}

/// Every shipped rubric's feedback over the sample class: a list placeholder never prints an
/// empty list, and a level that asks for support quotes the claims that need it.
@Suite struct FeedbackListsTests {
  static func results(rubric: String?) throws -> [[String: Any]] {
    let out = try Rubricate.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: out) }
    var arguments = ["grade", "Submissions", "--out", out.path, "--quiet", "--format", "json"]
    if let rubric { arguments += ["--rubric", rubric] }
    let run = try Rubricate.run(arguments)
    #expect(run.status == 0, "stderr: \(run.stderr)")
    let text = try String(contentsOf: out.appendingPathComponent("results.jsonl"), encoding: .utf8)
    return try text.split(separator: "\n").map {
      try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
    }
  }

  @Test(arguments: [nil, "Rubrics/argumentative-essay.json"])
  func noFeedbackContradictsItsFindings(rubric: String?) throws {
    let results = try Self.results(rubric: rubric)
    // The 13 files of the sample class and the 3 drafts of Submissions/revision/.
    #expect(results.count == 31)
    for result in results {
      let id = result["id"] as? String ?? ""
      let claims = (result["analysis"] as? [String: Any])?["claims"] as? [[String: Any]] ?? []
      let toSupport = claims.filter { $0["support"] as? String != "supported" }.compactMap {
        $0["text"] as? String
      }
      for criterion in result["criteria"] as? [[String: Any]] ?? [] {
        let feedback = criterion["feedback"] as? String ?? ""
        #expect(!feedback.contains("(none)"), "\(id) \(criterion["id"] ?? ""): \(feedback)")
        guard criterion["measure"] as? String == "claims.supportedFraction",
          criterion["lowestLevel"] as? Bool == true
            || (criterion["points"] as? Double ?? 0)
              < (criterion["maximumPoints"] as? Double ?? 0)
        else { continue }
        for text in toSupport.prefix(5) {
          let start = String(text.prefix(40))
          #expect(feedback.contains(start), "\(id): the feedback does not quote “\(text)”")
        }
      }
    }
  }

  /// The peer-comment length levels against the lengths Submissions/README.md lists.
  @Test func commentLengthLevelsMatchTheirNames() throws {
    let results = try Self.results(rubric: nil)
    var levels: [String: [String]] = [:]
    // The comments of the sample class itself (not those on the revision drafts).
    for result in results
    where result["kind"] as? String == "comment"
      && !(result["source"] as? String ?? "").contains("/revision/")
    {
      let length = (result["criteria"] as? [[String: Any]])?.first {
        $0["id"] as? String == "length"
      }
      let level = length?["level"] as? String ?? "?"
      levels[level, default: []].append(result["author"] as? String ?? "?")
    }
    #expect(
      levels["Developed"]?.sorted()
        == [
          "Aisha Al-Mansouri", "Dmitri Volkov", "Hana Kowalczyk", "Priya Raghunathan",
          "Tomás Herrera",
        ])
    #expect(
      levels["Brief"]?.sorted()
        == ["Amara Okonkwo", "Ingrid Halvorsen", "Kenji Watanabe", "Kwame Mensah", "Sofia Rossi"])
    #expect(levels["Too short"]?.sorted() == ["Chloé Martin", "Connor Walsh", "Kenji Watanabe"])
  }
}

/// Peer comments' reports name what they answer and the quotations the post does not hold;
/// `check` reads a comment against its post as `grade` does.
@Suite struct CommentReportTests {
  @Test func sofiasReportNamesHerMissingQuotation() throws {
    let run = try Rubricate.run(["check", "Submissions/linh-nguyen-car-free-centres.txt"])
    #expect(run.status == 0)
    let sofia = try #require(run.stdout.components(separatedBy: "\nSofia Rossi\n").last)
    #expect(sofia.contains("In answer to “Car-Free Centres Are Worth the Fight” by lnguyen\n"))
    #expect(
      sofia.contains(
        "Quotations not found in the post (1)\n  line 54: “every car should be banned from the city, even ambulances and buses.” — this quotation is not in the post"
      ))
    let kenji = try #require(run.stdout.components(separatedBy: "\nKenji Watanabe\n").last)
    #expect(kenji.contains("by lnguyen, replying to Tomás Herrera’s comment\n"))
    // Her closing pleasantry is no claim to support.
    #expect(!sofia.contains("“Otherwise nice writing.”"))
    // Tomás quotes the post exactly: nothing to report.
    let tomas = run.stdout.components(separatedBy: "\nKenji Watanabe\n")[0]
    #expect(!tomas.contains("Quotations not found"))
  }

  @Test func checkReadsACommentAgainstThePostBesideIt() throws {
    let run = try Rubricate.run(["check", "Submissions/hana-kowalczyk-comment-on-start-small.md"])
    #expect(run.status == 0)
    #expect(
      run.stdout.contains(
        "In answer to “Start Small: Low-Traffic Neighbourhoods Before Total Bans” by Priya Raghunathan\nPeer comment on a classmate's post: 70 / 70 (100%)"
      ))
  }

  @Test func checkOnStandardInputSniffsFrontMatterAndTakesThePost() throws {
    let comment = try String(
      contentsOf: Rubricate.packageRoot.appendingPathComponent(
        "Submissions/hana-kowalczyk-comment-on-start-small.md"), encoding: .utf8)
    let run = try Rubricate.run(
      ["check", "-", "--post", "Submissions/priya-raghunathan-start-small.md"], stdin: comment)
    #expect(run.status == 0, "stderr: \(run.stderr)")
    #expect(
      run.stdout.hasPrefix(
        "Hana Kowalczyk\nHana Kowalczyk · comment · -\nIn answer to “Start Small"))
    #expect(run.stdout.contains("70 / 70 (100%)"))
  }

  @Test func checkOnStandardInputSniffsHTML() throws {
    let html =
      "<article><h1>Draft title</h1><p>Cities should ban cars. They are loud.</p></article>"
    let run = try Rubricate.run(["analyze", "-"], stdin: html)
    #expect(run.status == 0)
    #expect(run.stdout.contains("\"title\": \"Draft title\""))
  }
}

/// WordPress entry footers are page furniture whose byline names the post's author and date.
@Suite struct WordPressFooterTests {
  @Test(arguments: [
    "Tests/rubricateTests/Fixtures/wordpress/no-in-text-citations.txt",
    "Tests/rubricateTests/Fixtures/wordpress/twenty-twenty-one.html",
  ])
  func theFooterIsFurnitureAndItsBylineNamesTheAuthor(path: String) throws {
    let post = try #require(try TrueScoresTests.analyze(path).first)
    #expect(post["author"] as? String == "Noah Park")
    #expect(post["date"] as? String == "2024-03-12")
    let references = post["references"] as? [[String: Any]] ?? []
    #expect(references.count == 6)
    #expect(references.allSatisfy { ($0["text"] as? String)?.hasPrefix("Published") == false })
    #expect(TrueScoresTests.stats(post)["claimsSupported"] as? Int == 0)
    let segments = post["segments"] as? [[String: Any]] ?? []
    let rules = Set(segments.compactMap { $0["rule"] as? String })
    #expect(rules.isSuperset(of: ["meta.byline", "meta.categorized"]))
  }

  /// Twenty Fifteen and Twenty Sixteen print the byline, categories and tags as one footer line
  /// of labelled spans; saved as HTML or scraped to text, it is furniture naming the author.
  @Test(arguments: [
    "Tests/rubricateTests/Fixtures/wordpress/twenty-fifteen.html",
    "Tests/rubricateTests/Fixtures/wordpress/twenty-fifteen.txt",
    "Tests/rubricateTests/Fixtures/wordpress/twenty-sixteen.html",
    "Tests/rubricateTests/Fixtures/wordpress/twenty-sixteen.txt",
  ])
  func aLabelledFooterIsFurnitureAndNamesTheAuthor(path: String) throws {
    let post = try #require(try TrueScoresTests.analyze(path).first)
    #expect(post["author"] as? String == "Noah Park")
    #expect(post["date"] as? String == "2024-03-12")
    let references = post["references"] as? [[String: Any]] ?? []
    #expect(references.count == 6)
    let segments = post["segments"] as? [[String: Any]] ?? []
    let footer = segments.filter { $0["rule"] as? String == "meta.byline" }
    #expect(footer.count == 1)
    #expect(footer.first?["kind"] as? String == "boilerplate")
  }

  /// The other classic default themes print their entry meta above or below the title and
  /// under the post: `Posted on … by …` and `This entry was posted in …` (Twenty Ten to Twenty
  /// Twelve), unlabelled spans (Twenty Thirteen: `March 12, 2024Week 7phones, schoolsNoah
  /// Park`), and screen-reader labels run into their values when saved (`Posted byNoah
  /// ParkMarch 12, 2024`, `CategoriesWeek 7`, `Post authorBy Noah Park`). Each page gives the post's author and date, keeps all six
  /// reference entries, and no entry, sentence or claim holds a byline or taxonomy line.
  @Test(arguments: [
    "Tests/rubricateTests/Fixtures/wordpress/twenty-ten.html",
    "Tests/rubricateTests/Fixtures/wordpress/twenty-eleven.html",
    "Tests/rubricateTests/Fixtures/wordpress/twenty-twelve.html",
    "Tests/rubricateTests/Fixtures/wordpress/twenty-thirteen.html",
    "Tests/rubricateTests/Fixtures/wordpress/twenty-seventeen.html",
    "Tests/rubricateTests/Fixtures/wordpress/twenty-nineteen.html",
    "Tests/rubricateTests/Fixtures/wordpress/twenty-twenty.html",
  ])
  func aThemesEntryMetaIsFurnitureAndNamesTheAuthor(path: String) throws {
    let post = try #require(try TrueScoresTests.analyze(path).first)
    #expect(post["author"] as? String == "Noah Park")
    #expect(post["date"] as? String == "2024-03-12")
    let references = (post["references"] as? [[String: Any]] ?? []).compactMap {
      $0["text"] as? String
    }
    let authors = ["Abdi", "Brennan", "Carvalho", "Delacroix", "Eriksen", "Fairweather"]
    #expect(references.count == 6)
    #expect(zip(references, authors).allSatisfy { $0.hasPrefix($1) })
    let meta = ["Noah Park", "Week 7", "phones, schools", "March 12, 2024"]
    #expect(references.allSatisfy { entry in !meta.contains { entry.contains($0) } })
    let sentences = (post["sentences"] as? [[String: Any]] ?? []).compactMap {
      $0["text"] as? String
    }
    #expect(!sentences.isEmpty)
    #expect(sentences.allSatisfy { sentence in !meta.contains { sentence.contains($0) } })
    let claims = (post["claims"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
    #expect(claims.allSatisfy { claim in !meta.contains { claim.contains($0) } })
    let segments = post["segments"] as? [[String: Any]] ?? []
    let rules = segments.compactMap { $0["rule"] as? String }
    #expect(rules.contains { $0.hasPrefix("dateline.") || $0 == "meta.byline" })
  }
  /// One post in a theme whose meta is not one line: Twenty Fourteen (the site title is an
  /// `<h1>` too, `Leave a comment` ends the dateline, the tags run together under the post) and
  /// the block themes, which print the date, the author, the labels and the terms as blocks
  /// of their own, under the title (Twenty Twenty-Four) or under the post (Twenty Twenty-Two
  /// and Twenty Twenty-Three). Each post ends in an unlabelled list of two or three entries.
  struct ThemePost: Sendable, CustomStringConvertible {
    var path: String
    var author: String
    var date: String
    /// The family name each reference entry starts with, in order.
    var entries: [String]
    /// Text of the theme's meta and furniture that no entry or sentence may hold.
    var furniture: [String]
    var description: String { path }
  }

  static let fourteen = ThemePost(
    path: "Tests/rubricateTests/Fixtures/wordpress/twenty-fourteen.html", author: "Lena Fischer",
    date: "2023-10-03", entries: ["Grant", "Moyes", "Tanner"],
    furniture: ["Lena Fischer", "October 3, 2023", "Week 4", "librariesreading", "Leave a"])
  static let twentyTwo = ThemePost(
    path: "Tests/rubricateTests/Fixtures/wordpress/twenty-twenty-two.html", author: "Sam Okafor",
    date: "2024-02-20", entries: ["Hollis", "Okeke"],
    furniture: ["Sam Okafor", "February 20, 2024", "Week 9", "cycling, transport", "Share this"])
  static let twentyThree = ThemePost(
    path: "Tests/rubricateTests/Fixtures/wordpress/twenty-twenty-three.html", author: "Mei Tanaka",
    date: "2023-11-08", entries: ["Ashworth", "Department for Education", "Lindqvist"],
    furniture: ["Mei Tanaka", "November 8, 2023", "Week 5", "food, school meals", "Posted", "Tags"])
  static let twentyFour = ThemePost(
    path: "Tests/rubricateTests/Fixtures/wordpress/twenty-twenty-four.html", author: "Jonas Berg",
    date: "2024-04-05", entries: ["Fenwick", "Park"],
    furniture: ["Jonas Berg", "Apr 5, 2024", "Week 11", "homework sleep", "—", "Do Phones"])

  /// Each saved page, and the same page copied from the browser as plain text.
  static let themePosts: [ThemePost] = [fourteen, twentyTwo, twentyThree, twentyFour].flatMap {
    post in
    var copied = post
    copied.path = String(post.path.dropLast("html".count)) + "txt"
    return [post, copied]
  }

  @Test(arguments: themePosts)
  func aThemesSplitMetaIsFurnitureAndNamesTheAuthor(post: ThemePost) throws {
    let analysed = try #require(try TrueScoresTests.analyze(post.path).first)
    #expect(analysed["author"] as? String == post.author)
    #expect(analysed["date"] as? String == post.date)
    let references = (analysed["references"] as? [[String: Any]] ?? []).compactMap {
      $0["text"] as? String
    }
    #expect(references.count == post.entries.count)
    #expect(zip(references, post.entries).allSatisfy { $0.hasPrefix($1) })
    #expect(references.allSatisfy { entry in !post.furniture.contains { entry.contains($0) } })
    let sentences = (analysed["sentences"] as? [[String: Any]] ?? []).compactMap {
      $0["text"] as? String
    }
    #expect(!sentences.isEmpty)
    #expect(sentences.allSatisfy { sentence in !post.furniture.contains { sentence.contains($0) } })
    let segments = analysed["segments"] as? [[String: Any]] ?? []
    let rules = segments.compactMap { $0["rule"] as? String }
    #expect(rules.contains { $0.hasPrefix("dateline.") || $0 == "meta.byline" })
  }
}

/// The sample class's findings are quoted at the line and column of the student's own file
/// (issue 13, item 7), for HTML, Markdown and a WordPress export.
@Suite struct StudentLinesTests {
  /// Every evidence record `check --format json` prints for `path`.
  static func evidence(_ path: String) throws -> [[String: Any]] {
    let run = try Rubricate.run(["check", path, "--format", "json"])
    #expect(run.status == 0, "stderr: \(run.stderr)")
    // One pretty-printed object a submission, each starting at the beginning of a line.
    let objects = run.stdout.components(separatedBy: "\n{").enumerated().map {
      $0.offset == 0 ? $0.element : "{" + $0.element
    }
    var result: [[String: Any]] = []
    for object in objects {
      let record = try JSONSerialization.jsonObject(with: Data(object.utf8)) as? [String: Any]
      for criterion in record?["criteria"] as? [[String: Any]] ?? [] {
        result += criterion["evidence"] as? [[String: Any]] ?? []
      }
    }
    return result
  }

  @Test(arguments: [
    ("Submissions/amara-okonkwo-what-oslo-taught-me.html", "Strand and Eide (2020)", 30, 79),
    ("Submissions/class-blog.xml", "(Castellanos, 2020)", 203, 272),
    (
      "Submissions/hana-kowalczyk-comment-on-start-small.md",
      "Priya, I like that you treat the ban as the end of a process rather than the first step.",
      7, 1
    ),
  ])
  func aFindingIsAtTheFilesLineAndColumn(path: String, text: String, line: Int, column: Int)
    throws
  {
    let found = try #require(try Self.evidence(path).first { $0["text"] as? String == text })
    #expect(found["line"] as? Int == line)
    #expect(found["column"] as? Int == column)
  }
}
