import Testing

@testable import RubricateKit

@Suite struct EvaluatorTests {
  static let rubric = Rubric(
    id: "length", title: "Length", appliesTo: .post,
    criteria: [
      Criterion(
        id: "length", title: "Length", measure: "body.words", weight: 2,
        levels: [
          Level(
            name: "Meets", points: 10, when: Condition(min: 5, max: 10),
            feedback: "{criterion}: {value} words, {points} of {max} ({level})."),
          Level(name: "Close", points: 6, when: Condition(min: 3, max: 12), feedback: "Close."),
          Level(name: "Off", points: 2, feedback: "Off."),
        ])
    ],
    grading: Grading(
      scale: "letter",
      bands: [
        Grading.Band(min: 90, label: "A"), Grading.Band(min: 50, label: "C"),
        Grading.Band(min: 0, label: "F"),
      ]))

  static func analysis(words: Int) -> SubmissionAnalysis {
    let text = Array(repeating: "word", count: words).joined(separator: " ")
    return Measure.Example(text, value: 0).analysis()
  }

  /// Bounds are inclusive; levels are tried in order; the last is the fallback.
  @Test(arguments: [
    (2, "Off", 4.0), (3, "Close", 12.0), (4, "Close", 12.0), (5, "Meets", 20.0),
    (10, "Meets", 20.0), (11, "Close", 12.0), (12, "Close", 12.0), (13, "Off", 4.0),
  ])
  func levelSelectionAtEveryBoundary(words: Int, level: String, points: Double) {
    let result = Evaluator(rubric: Self.rubric).evaluate(Self.analysis(words: words))
    #expect(result.criteria[0].value == Double(words))
    #expect(result.criteria[0].level == level)
    #expect(result.criteria[0].points == points)
    #expect(result.maximumPoints == 20)
    #expect(result.criteria[0].isLowestLevel == (level == "Off"))
  }

  @Test func feedbackTemplateAndGrade() {
    let result = Evaluator(rubric: Self.rubric).evaluate(Self.analysis(words: 7))
    #expect(result.criteria[0].feedback == "Length: 7 words, 20 of 20 (Meets).")
    #expect(result.percentage == 100)
    #expect(result.grade == "A")
    let close = Evaluator(rubric: Self.rubric).evaluate(Self.analysis(words: 12))
    #expect(close.percentage == 60)
    #expect(close.grade == "C")
  }

  @Test func templatesLeaveUnknownAndUnclosedBracesAlone() {
    let analysis = Self.analysis(words: 1)
    #expect(
      FeedbackTemplate.render("{value} {nope} {open", values: ["value": "3"], analysis: analysis)
        == "3 {nope} {open")
    #expect(
      FeedbackTemplate.render(
        "a} {x {value}} é{value}{", values: ["value": "3"], analysis: analysis)
        == "a} {x 3} é3{")
  }

  /// A sentence whose list is empty is left out, never shown as "(none)".
  @Test func aSentenceWithAnEmptyListIsLeftOut() {
    let analysis = Self.analysis(words: 1)
    #expect(
      FeedbackTemplate.render("Claims: {unsupportedClaims}", values: [:], analysis: analysis)
        == "")
    #expect(
      FeedbackTemplate.render(
        "You wrote {value} words. Fix these: {claimsToSupport}\n\nAlso check these: {boosters}",
        values: ["value": "3"], analysis: analysis) == "You wrote 3 words.")
    // Paragraphs are cut at each "\n\n" (a third line break starts the next one, and goes
    // with its sentence); kept sentences keep their spaces inside, and spaces and tabs (also
    // U+00A0) at the ends go.
    #expect(
      FeedbackTemplate.render(
        "\tGood.\u{A0}\n\n\nNone: {boosters} Still here!  Yes? {value} é\n\n{boosters}",
        values: ["value": "3"], analysis: analysis) == "Good.\n\nStill here!  Yes? 3 é")
  }

  /// Only the feedback items a template names have their evidence looked at; each once, in
  /// the registry's order, whatever the template's order and repeats.
  @Test func templatesNameTheirItemsOnce() {
    let braces = FeedbackTemplate.Braces("{hedges} {value} {boosters}{hedges} {nope} {boosters")
    #expect(
      FeedbackTemplate.namedItems(in: braces).map { FeedbackItem.all[$0].name } == [
        "boosters", "hedges",
      ])
    #expect(FeedbackTemplate.namedItems(in: FeedbackTemplate.Braces("{value} words")).isEmpty)
  }

  @Test func templateSentencesAreCutAfterAMarkAndASpace() {
    let text = "One. Two? {list} Three!x Four.\u{301} five. \u{301}six"
    let bytes = Array(text.utf8)
    let pieces = FeedbackTemplate.sentenceRanges(of: bytes, in: 0..<bytes.count).map {
      String(decoding: bytes[$0], as: UTF8.self)
    }
    // No cut where a combining mark makes "." or " " part of a larger character.
    #expect(pieces == ["One. ", "Two? ", "{list} ", "Three!x Four.\u{301} five. \u{301}six"])
    #expect(pieces.joined() == text)
  }
}
