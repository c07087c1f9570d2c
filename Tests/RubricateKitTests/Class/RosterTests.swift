import Testing

@testable import RubricateKit

@Suite struct RosterTests {
  @Test func canvasExportSkipsPointsPossibleAndTheTestStudent() throws {
    let roster = try Roster.parse(
      """
      Student,ID,SIS User ID,SIS Login ID,Section,Week 5 (5012)
          Points Possible,,,,,190
      "Smith, Jane",12345,S1,jsmith,Seminar A,
      "Student, Test",999,,,,

      """, file: "r.csv")
    #expect(roster.kind == .canvas)
    #expect(roster.entries.count == 1)
    #expect(roster.entries[0].name == "Smith, Jane")
    #expect(roster.entries[0].displayName == "Jane Smith")
    #expect(roster.entries[0].id == "12345")
    #expect(roster.entries[0].sisLoginID == "jsmith")
    #expect(roster.entries[0].section == "Seminar A")
  }

  @Test func moodleWorksheetAndParticipants() throws {
    let sheet = try Roster.parse(
      "Identifier,Full name,Email address,Grade\nParticipant 2207711,Ingrid Halvorsen,ih@x.example,\n",
      file: "w.csv")
    #expect(sheet.kind == .moodleWorksheet)
    #expect(sheet.entries.map(\.id) == ["2207711"])
    #expect(sheet.entries[0].email == "ih@x.example")
    let people = try Roster.parse(
      "First name,Surname,ID number,Email address\nSofia,Rossi,,sr@x.example\n", file: "p.csv")
    #expect(people.kind == .moodleParticipants)
    #expect(people.entries[0].name == "Sofia Rossi")
    #expect(people.entries[0].id == "sr@x.example")
  }

  @Test func plainWithAndWithoutHeader() throws {
    let plain = try Roster.parse("Jane Smith,12345,jsmith,Janie\nAna Lee,\n", file: "p.csv")
    #expect(plain.kind == .plain)
    #expect(plain.entries.map(\.name) == ["Jane Smith", "Ana Lee"])
    #expect(plain.entries[0].aliases == ["jsmith", "Janie"])
    let headed = try Roster.parse("name,id\nJane Smith,12345\n", file: "p.csv")
    #expect(headed.entries.map(\.id) == ["12345"])
  }

  @Test func anEmptyRosterIsAnErrorNamingTheFile() {
    #expect(throws: ClassError.roster(file: "r.csv", line: 1, message: "no students found")) {
      try Roster.parse("name,id\n", file: "r.csv")
    }
    #expect(
      ClassError.roster(file: "r.csv", line: 1, message: "no students found").description
        == "r.csv:1: roster: no students found")
  }
}
