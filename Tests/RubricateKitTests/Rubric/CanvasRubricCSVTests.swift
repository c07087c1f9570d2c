import Testing

@testable import RubricateKit

@Suite struct CanvasRubricCSVTests {
  static let rubric = Rubric(
    id: "blog", title: "Blog post, week 5", appliesTo: .post,
    criteria: [
      Criterion(
        id: "length", title: "Length", description: "600–1,200 words", measure: "body.words",
        levels: [
          Level(
            name: "Meets", points: 10, when: Condition(min: 600, max: 1200),
            feedback: "Good length."),
          Level(name: "Off", points: 2.5, feedback: "Say \"more\", or less."),
        ]),
      Criterion(
        id: "claims", title: "Claims supported", measure: "claims.supportedFraction",
        levels: [Level(name: "Any", points: 5, feedback: "")]),
    ])

  @Test func exportMatchesCanvasLayout() {
    #expect(
      CanvasRubricCSV.export(Self.rubric) == """
        Rubric Name,Criteria Name,Criteria Description,Criteria Enable Range,Rating Name,Rating Description,Rating Points,Rating Name,Rating Description,Rating Points
        "Blog post, week 5",Length,"600–1,200 words",false,Meets,"Meets when body.words is 600 to 1,200",10,Off,Off otherwise,2.5
        "Blog post, week 5",Claims supported,,false,Any,Any: any value,5,,,

        """)
  }

  @Test func roundTripKeepsNamesDescriptionsAndPoints() throws {
    let imported = try CanvasRubricCSV.importRubric(
      CanvasRubricCSV.export(Self.rubric), file: "r.csv")
    #expect(imported.title == Self.rubric.title)
    #expect(imported.criteria.map(\.title) == ["Length", "Claims supported"])
    #expect(imported.criteria.map(\.description) == ["600–1,200 words", nil])
    #expect(imported.criteria.map { $0.levels.map(\.name) } == [["Meets", "Off"], ["Any"]])
    #expect(imported.criteria.map { $0.levels.map(\.points) } == [[10, 2.5], [5]])
    #expect(
      imported.criteria[0].levels.map(\.feedback) == [
        "Meets when body.words is 600 to 1,200", "Off otherwise",
      ])
    #expect(imported.criteria.map(\.measure) == ["", ""])
    #expect(CanvasRubricCSV.export(imported) == CanvasRubricCSV.export(Self.rubric))
  }

  @Test func importRejectsOtherFilesWithTheLine() {
    #expect(throws: RubricError.self) {
      try CanvasRubricCSV.importRubric("Name,Points\nx,1\n", file: "g.csv")
    }
    do {
      _ = try CanvasRubricCSV.importRubric(
        "Rubric Name,Criteria Name,Criteria Description,Criteria Enable Range,Rating Name,Rating Description,Rating Points\nR,C,,false,A,,ten\n",
        file: "r.csv")
    } catch {
      #expect(
        error.description
          == "r.csv:2: rating 'A' has points 'ten', which is not a number from 0 to 1000000000 written with digits (e.g. 4 or 2.5)"
      )
    }
  }
}

@Suite struct RubricJSONTextTests {
  @Test func writtenRubricLoadsBackEqual() throws {
    var rubric = CanvasRubricCSVTests.rubric
    rubric.grading = Grading(scale: "letter", bands: [Grading.Band(min: 50, label: "Pass")])
    rubric.criteria[0].weight = 2
    let text = rubric.jsonText()
    #expect(text.hasPrefix("{\n  \"rubricVersion\": 1,\n  \"id\": \"blog\",\n"))
    #expect(text.contains("\"when\": { \"min\": 600, \"max\": 1200 }"))
    #expect(try RubricLoader.load(text: text, file: "r.json") == rubric)
  }

  @Test func importedSkeletonSaysWhatToFill() throws {
    let skeleton = try CanvasRubricCSV.importRubric(
      CanvasRubricCSV.export(CanvasRubricCSVTests.rubric), file: "r.csv")
    do {
      _ = try RubricLoader.load(text: skeleton.jsonText(), file: "r.json")
      Issue.record("a skeleton must not load before the teacher fills it in")
    } catch {
      #expect(
        error.issues.map(\.description).first
          == "r.json:11: criteria[0].measure: no measure given; see 'rubricate measures' for the list"
      )
    }
  }
}
