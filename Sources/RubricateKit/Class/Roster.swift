import Foundation

/// The students of a class as an LMS lists them: who may submit, under which ids.
///
/// Read from a Canvas gradebook export (`Student, ID, SIS User ID, SIS Login ID, Section, …`,
/// its `Points Possible` row and Canvas's `Student, Test` skipped), a Moodle grading worksheet
/// (`Identifier, Full name, Email address, …`), a Moodle participants export (`First name,
/// Last name` or `Surname`, `ID number`, `Email address`), or a plain CSV `name,id[,alias…]`
/// (a first row starting `name` is a header).
public struct Roster: Sendable, Equatable {
  /// Which export the roster was read from; gradebooks keep that LMS's identifiers.
  public enum Kind: String, Sendable, Equatable {
    case canvas, moodleWorksheet, moodleParticipants, plain
  }

  /// One student of the roster.
  public struct Entry: Sendable, Equatable {
    /// The name as the roster writes it (`Nguyen, Linh` in a Canvas export).
    public var name: String
    /// The roster's id: Canvas's `ID`, Moodle's participant number or `ID number`, the plain
    /// roster's second column.
    public var id: String
    public var sisUserID: String = ""
    public var sisLoginID: String = ""
    public var section: String = ""
    public var email: String = ""
    /// Other names the student goes by (plain roster columns after the id).
    public var aliases: [String] = []

    public init(name: String, id: String, aliases: [String] = []) {
      self.name = name
      self.id = id
      self.aliases = aliases
    }

    /// The name as reports show it (`Linh Nguyen`).
    public var displayName: String { PersonName.display(name) }
  }

  public var kind: Kind
  public var entries: [Entry]
  /// The file's text, kept so a Moodle worksheet can be written back with its identifiers.
  public var text: String

  public init(kind: Kind, entries: [Entry], text: String = "") {
    self.kind = kind
    self.entries = entries
    self.text = text
  }

  /// Reads a roster file's text; `file` names it in errors.
  public static func parse(_ text: String, file: String) throws(ClassError) -> Roster {
    let records: [[String]]
    do {
      records = try CSV.parse(text)
    } catch {
      throw .roster(file: file, line: error.line, message: error.message)
    }
    guard let header = records.first else {
      throw .roster(file: file, line: 1, message: "the roster is empty")
    }
    let columns = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    func column(_ names: String...) -> Int? { columns.firstIndex { names.contains($0) } }
    let rows = Array(records.dropFirst().enumerated()).map {
      (line: $0.offset + 2, cells: $0.element)
    }
    func cell(_ row: [String], _ index: Int?) -> String {
      guard let index, index < row.count else { return "" }
      return row[index].trimmingCharacters(in: .whitespaces)
    }
    var roster = Roster(kind: .plain, entries: [], text: text)
    if let student = column("student"), let id = column("id") {
      roster.kind = .canvas
      for row in rows {
        let name = cell(row.cells, student)
        // Canvas's export has a points row and a test student no one grades.
        if name.isEmpty || name.lowercased() == "points possible" || name == "Student, Test" {
          continue
        }
        var entry = Entry(name: name, id: cell(row.cells, id))
        entry.sisUserID = cell(row.cells, column("sis user id"))
        entry.sisLoginID = cell(row.cells, column("sis login id"))
        entry.section = cell(row.cells, column("section"))
        roster.entries.append(entry)
      }
    } else if let identifier = column("identifier"), let full = column("full name") {
      roster.kind = .moodleWorksheet
      for row in rows {
        var id = cell(row.cells, identifier)
        if id.lowercased().hasPrefix("participant") {
          id = id.dropFirst("participant".count).trimmingCharacters(in: .whitespaces)
        }
        var entry = Entry(name: cell(row.cells, full), id: id)
        entry.email = cell(row.cells, column("email address"))
        if !entry.name.isEmpty { roster.entries.append(entry) }
      }
    } else if let first = column("first name"), let last = column("last name", "surname") {
      roster.kind = .moodleParticipants
      for row in rows {
        let name = "\(cell(row.cells, first)) \(cell(row.cells, last))"
          .trimmingCharacters(in: .whitespaces)
        let email = cell(row.cells, column("email address", "email"))
        var entry = Entry(name: name, id: cell(row.cells, column("id number")))
        if entry.id.isEmpty { entry.id = email }
        entry.email = email
        if !name.isEmpty { roster.entries.append(entry) }
      }
    } else {
      let body = columns.first == "name" ? rows : [(line: 1, cells: header)] + rows
      for row in body {
        let name = cell(row.cells, 0)
        if name.isEmpty { continue }
        let aliases = row.cells.dropFirst(2).map { $0.trimmingCharacters(in: .whitespaces) }
          .filter { !$0.isEmpty }
        roster.entries.append(Entry(name: name, id: cell(row.cells, 1), aliases: aliases))
      }
    }
    if roster.entries.isEmpty {
      throw .roster(file: file, line: 1, message: "no students found")
    }
    return roster
  }
}
