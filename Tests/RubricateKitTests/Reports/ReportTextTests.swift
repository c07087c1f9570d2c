import Testing

@testable import RubricateKit

/// Issue 17's text-side items: what a teacher pastes, prints and reads.
@Suite struct ReportTextTests {
  // Item 1: lists in feedback are real lists.
  static let feedback =
    "Some entries are never cited (share cited: 75%). Cite each where you use it, or remove it: "
    + "\n- “Novák, P. (2019).”\n\nAlso check these citations, which have no entry in your list: "
    + "\n- “(Moreau, 2017)”\n- “(Lee & Ko, 2020)”"

  @Test func feedbackListsAreMarkdownLists() {
    #expect(
      FeedbackBlocks.markdown(Self.feedback) == [
        "Some entries are never cited (share cited: 75%). Cite each where you use it, or remove it:",
        "",
        "- “Novák, P. (2019).”",
        "",
        "Also check these citations, which have no entry in your list:",
        "",
        "- “(Moreau, 2017)”",
        "- “(Lee & Ko, 2020)”",
      ])
  }

  @Test func feedbackListsAreHTMLLists() {
    #expect(
      FeedbackBlocks.html(Self.feedback)
        == "<p>Some entries are never cited (share cited: 75%). Cite each where you use it, or remove it:</p>"
        + "<ul><li>“Novák, P. (2019).”</li></ul>"
        + "<p>Also check these citations, which have no entry in your list:</p>"
        + "<ul><li>“(Moreau, 2017)”</li><li>“(Lee &amp; Ko, 2020)”</li></ul>")
    #expect(FeedbackBlocks.html("One paragraph & no list.") == "One paragraph &amp; no list.")
  }

  // Item 3: Markdown does not HTML-escape.
  @Test func markdownKeepsAmpersandsAndStillBlocksHTML() {
    #expect(MarkdownReporter.escape("(Sørensen & Achebe, 2017)") == "(Sørensen & Achebe, 2017)")
    #expect(MarkdownReporter.escape("<script>") == "&lt;script>")
    #expect(MarkdownReporter.escape("AT&amp;T &#169;") == "AT\\&amp;T \\&#169;")
    #expect(MarkdownReporter.escape("> not a quote, a > b") == "\\> not a quote, a > b")
    #expect(MarkdownReporter.escape("*a* | [b]") == "\\*a\\* \\| \\[b\\]")
  }

  // Item 2: reference problems as sentences.
  @Test func referenceProblemsReadAsSentences() {
    #expect(
      ReferenceProblem.messages(["no-container-or-publisher", "unbalanced-quotes"])
        == "No journal, website or publisher: say where the work appeared. "
        + "Unbalanced quotation marks: close the quotation around the title.")
    #expect(ReferenceProblem.noYear.label == "No year")
    #expect(ReferenceProblem.messages(["some-new-code"]) == "some-new-code")
  }

  // Item 4: one pluralisation helper.
  @Test func countsAgreeWithTheirNouns() {
    #expect(Plural.count(1, "sentence") == "1 sentence")
    #expect(Plural.count(2, "paragraph") == "2 paragraphs")
    #expect(Plural.count(1, "criterion", "criteria") == "1 criterion")
    #expect(Plural.count(0, "criterion", "criteria") == "0 criteria")
    #expect(Plural.count(1.0, "point") == "1 point")
    #expect(Plural.count(2.5, "point") == "2.5 points")
    #expect(
      Plural.settleMarkers(in: "You ask 1 question(s). Add 1 concrete suggestion(s).")
        == "You ask 1 question. Add 1 concrete suggestion.")
    #expect(Plural.settleMarkers(in: "You list 3 source(s).") == "You list 3 sources.")
    #expect(Plural.settleMarkers(in: "a (s) alone") == "a (s) alone")
  }

  @Test func templatesSettleTheirMarkersButNotStudentText() {
    let document = Document(name: "t.txt", text: "The author(s) said so.")
    let analysis = Analyzer().analyze([Submission(id: "s", kind: .post, document: document)])[0]
    #expect(
      FeedbackTemplate.render(
        "You ask the writer {value} question(s).", values: ["value": "1"], analysis: analysis)
        == "You ask the writer 1 question.")
    // A filled value is never settled, with or without a marker in the template.
    #expect(
      FeedbackTemplate.render(
        "Fix {value} now.", values: ["value": "2 item(s)"], analysis: analysis)
        == "Fix 2 item(s) now.")
    #expect(
      FeedbackTemplate.render(
        "{value} source(s): {value}", values: ["value": "1 item(s)"], analysis: analysis)
        == "1 item(s) source: 1 item(s)")
    #expect(FeedbackTemplate.Braces("(s) first").hasPluralMarker)
    #expect(FeedbackTemplate.Braces("last word(s)").hasPluralMarker)
    #expect(!FeedbackTemplate.Braces("no (marker) here (s").hasPluralMarker)
  }

  // Item 6: examples keep their line breaks.
  @Test func measureExamplesKeepTheirLineBreaks() {
    #expect(
      MeasureCatalog.exampleLines("First paragraph.\n\nSecond paragraph.\n\nThird.", value: "3")
        == [
          "  e.g. → 3 for this text:", "      First paragraph.", "", "      Second paragraph.", "",
          "      Third.",
        ])
    #expect(MeasureCatalog.exampleLines("One line.", value: "2") == ["  e.g. “One line.” → 2"])
  }

  // Item 5: names are cut at a word boundary.
  @Test func longNamesAreCutBetweenWords() {
    #expect(SummaryTable.cut("Connor Walsh", to: 32) == "Connor Walsh")
    #expect(
      SummaryTable.cut("connor-walsh-car-bans-terrible-idea-draft", to: 32)
        == "connor-walsh-car-bans-terrible…")
  }

  // Item 8: Canvas export has clean rating descriptions; empty ranges are one error.
  static let rubric = Rubric(
    id: "r", title: "R", appliesTo: .post,
    criteria: [
      Criterion(
        id: "length", title: "Length", measure: "body.words",
        levels: [
          Level(
            name: "Meets", points: 10, when: Condition(min: 600, max: 1200),
            feedback: "Your post is {value} words.\n\n- one"),
          Level(name: "Close", points: 6, when: Condition(min: 450), feedback: "{value}"),
          Level(name: "Off", points: 2, feedback: "Far off: {value}."),
        ]),
      Criterion(
        id: "cited", title: "Cited", measure: "references.citedFraction",
        levels: [
          Level(
            name: "All", points: 5, when: Condition(min: 1), feedback: "x",
            description: "Every entry\ncited."),
          Level(name: "Some", points: 0, feedback: "{uncitedReferences}"),
        ]),
    ])

  @Test func canvasRatingsDescribeTheRangeOnOneLine() {
    let csv = CanvasRubricCSV.export(Self.rubric)
    #expect(
      csv.split(separator: "\n").dropFirst().map(String.init) == [
        "R,Length,,false,Meets,\"Meets when body.words is 600 to 1,200\",10,Close,"
          + "Close when body.words is 450 or more,6,Off,Off otherwise,2",
        "R,Cited,,false,All,Every entry cited.,5,Some,Some otherwise,0,,,",
      ])
    #expect(!csv.contains("{"))
  }

  @Test func anImportedRubricAsksOnceACriterionForItsRanges() throws {
    let csv =
      "Rubric Name,Criteria Name,Criteria Description,Criteria Enable Range,Rating Name,"
      + "Rating Description,Rating Points,Rating Name,Rating Description,Rating Points,"
      + "Rating Name,Rating Description,Rating Points\n"
      + "Blog,Length,,false,Meets,,10,Close,,6,Off,,2\n"
    var imported = try CanvasRubricCSV.importRubric(csv, file: "c.csv")
    #expect(
      CanvasRubricCSV.rangesToFill(imported) == [
        "fill in the ranges for criterion 'length': give levels 'Meets', 'Close' a \"when\" with a min, a max or both, in the unit of its measure ('Off', the last level, stays the fallback)"
      ])
    imported.criteria[0].measure = "body.words"
    #expect(throws: RubricError.self) {
      try RubricLoader.load(text: imported.jsonText(), file: "r.json")
    }
    do {
      _ = try RubricLoader.load(text: imported.jsonText(), file: "r.json")
    } catch {
      #expect(error.issues.map(\.path) == ["criteria[0].levels"])
      #expect(error.issues.allSatisfy { !$0.message.contains("never be reached") })
    }
  }

  // Item 7: an unknown key does not hide the rubric's other mistakes.
  @Test func rubricCheckListsEveryProblemBesidesAnUnknownKey() {
    let text = """
      {
        "rubricVersion": 1, "id": "r", "title": "R", "appliesTo": "post", "colour": "red",
        "criteria": [
          { "id": "a", "title": "A", "measure": "body.wrods", "weight": -1,
            "levels": [
              { "name": "Hi", "points": -2, "when": { "min": 9, "max": 1 }, "feedback": "{vlaue}" },
              { "name": "Lo", "points": 0, "when": { "min": 0 }, "feedback": "" }
            ] }
        ]
      }
      """
    do {
      _ = try RubricLoader.load(text: text, file: "r.json")
      Issue.record("the rubric loaded")
    } catch {
      #expect(
        error.issues.map { "\($0.path): \($0.message)" } == [
          ": unknown key 'colour'",
          "criteria[0].weight: weight -1 must be more than 0",
          "criteria[0].measure: 'body.wrods' is not a measure; did you mean 'body.words'?",
          "criteria[0].levels[0].points: -2 is negative; points must be 0 or more",
          "criteria[0].levels[0].when: min 9 is greater than max 1; swap them",
          "criteria[0].levels[0].feedback: unknown placeholder '{vlaue}'; did you mean '{value}'?",
          "criteria[0].levels: no fallback level: the last level, 'Lo', has a 'when'; remove it so every value gets a level",
        ])
    }
  }
}
