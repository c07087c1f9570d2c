/// Decides which student each submission belongs to.
///
/// Each submission offers names, tried in this order until one names exactly one student:
/// the LMS user id (Canvas) or participant id (Moodle) from the file name, the name in the
/// file name (a Canvas login such as `kowalczykhana`, a Moodle full name), the author (front
/// matter, WXR display name, a scraped comment's name line, a page's byline), and for a post the
/// first two or three words of its file name (`tomas-herrera-streets-for-people.txt`).
///
/// With a roster only its students are candidates; a submission naming no one is kept under
/// its own label and listed as unmatched. Without a roster the candidates are the full names
/// the class's own files use, and a submission naming no one becomes a student of its own.
/// A name that fits several students is never guessed: it is listed as ambiguous.
struct IdentityResolver {
  struct Person {
    var name: String
    var rosterEntry: Roster.Entry?
    var id: String?
    var moodleParticipant: String?
  }

  var people: [Person] = []
  var byID: [String: [Int]] = [:]
  var byFull: [String: [Int]] = [:]
  var byLogin: [String: [Int]] = [:]
  let hasRoster: Bool

  init(roster: Roster?) {
    hasRoster = roster != nil
    for entry in roster?.entries ?? [] {
      let index = people.count
      people.append(
        Person(
          name: entry.displayName, rosterEntry: entry, id: entry.id.isEmpty ? nil : entry.id,
          moodleParticipant: roster?.kind == .moodleWorksheet ? entry.id : nil))
      if !entry.id.isEmpty { byID[entry.id, default: []].append(index) }
      var names = [entry.name] + entry.aliases
      if !entry.sisLoginID.isEmpty { names.append(entry.sisLoginID) }
      if !entry.email.isEmpty { names.append(entry.email) }
      for name in names { register(PersonName(name), as: index) }
    }
  }

  /// Adds a name's keys for a person (each index once per key).
  mutating func register(_ name: PersonName, as index: Int) {
    guard !name.words.isEmpty else { return }
    if name.isFullName, byFull[name.fullKey]?.contains(index) != true {
      byFull[name.fullKey, default: []].append(index)
    }
    for form in name.loginForms where byLogin[form]?.contains(index) != true {
      byLogin[form, default: []].append(index)
    }
  }

  /// The people a written name may be.
  func lookup(_ written: String) -> [Int] {
    let name = PersonName(written)
    guard !name.words.isEmpty else { return [] }
    if name.isFullName { return byFull[name.fullKey] ?? [] }
    return byLogin[name.compact] ?? []
  }

  /// The names a submission offers, strongest first.
  static func candidates(_ submission: Submission) -> (ids: [String], names: [String]) {
    var ids: [String] = []
    var names: [String] = []
    if let student = submission.student {
      if let user = student.userId {
        ids.append(user)
      } else if let file = student.fileId {
        ids.append(file)
      }
      names.append(student.name)
    }
    if let author = submission.author, !author.isEmpty { names.append(author) }
    return (ids, names)
  }

  /// The first two and three words of a post's file name, longest first.
  static func fileNameGuesses(_ submission: Submission) -> [String] {
    guard submission.kind == .post, submission.student == nil,
      let file = submission.document.name.lastNonEmptyPathComponent
    else { return [] }
    let stem = file.firstNonEmptyDotPart.map(String.init) ?? file
    let words = PersonName.fold(stem)
    return [3, 2].filter { words.count > $0 }.map { words.prefix($0).joined(separator: " ") }
  }

  /// Resolves every submission: its student's index, the people, and the names not resolved.
  mutating func resolve(_ submissions: [Submission]) -> (owner: [Int], issues: [NameIssue]) {
    if !hasRoster {
      // The class's own full names are the people a login or file name may point to.
      for submission in submissions {
        for name in Self.candidates(submission).names where PersonName(name).isFullName {
          if lookup(name).isEmpty {
            people.append(Person(name: name.trimmingCharacters(in: .whitespaces)))
            register(PersonName(name), as: people.count - 1)
          }
        }
      }
    }
    var owner: [Int] = []
    var issues: [NameIssue] = []
    for submission in submissions {
      let (ids, names) = Self.candidates(submission)
      var found: Int?
      var ambiguous: (name: String, people: [Int])?
      let tries: [(String, [Int])] =
        ids.map { ($0, byID[$0] ?? []) } + names.map { ($0, lookup($0)) }
        + Self.fileNameGuesses(submission).map { ($0, byFull[PersonName($0).fullKey] ?? []) }
      for (name, matches) in tries {
        if matches.count == 1 {
          found = matches[0]
          break
        }
        if matches.count > 1, ambiguous == nil { ambiguous = (name, matches) }
      }
      let label = StudentLabelName.of(submission)
      if let found {
        adopt(submission, into: found)
        owner.append(found)
        continue
      }
      if let ambiguous {
        issues.append(
          NameIssue(
            submissionID: submission.id, source: submission.document.name, name: ambiguous.name,
            candidates: ambiguous.people.map { people[$0].name }.sorted()))
      } else if hasRoster {
        issues.append(
          NameIssue(
            submissionID: submission.id, source: submission.document.name, name: label,
            candidates: []))
      }
      people.append(Person(name: label))
      let index = people.count - 1
      if ambiguous == nil {
        for name in names { register(PersonName(name), as: index) }
      }
      adopt(submission, into: index)
      owner.append(index)
    }
    return (owner, issues)
  }

  /// Records the LMS ids a submission carries on its student (when the roster gave none).
  mutating func adopt(_ submission: Submission, into index: Int) {
    guard let student = submission.student else { return }
    if let user = student.userId {
      if people[index].id == nil { people[index].id = user }
      if byID[user] == nil { byID[user] = [index] }
    } else if let participant = student.fileId {
      if people[index].moodleParticipant == nil { people[index].moodleParticipant = participant }
      if people[index].id == nil { people[index].id = participant }
      if byID[participant] == nil { byID[participant] = [index] }
    }
  }
}

/// The label of a submission nobody could be matched to: as reports name it.
enum StudentLabelName {
  static func of(_ submission: Submission) -> String {
    if let student = submission.student { return student.name }
    if let author = submission.author, !author.isEmpty { return author }
    return submission.document.name.lastNonEmptyPathComponent ?? submission.id
  }
}

/// A name that matched no roster student, or several students.
public struct NameIssue: Sendable, Equatable {
  public var submissionID: String
  /// The file the submission came from.
  public var source: String
  /// The name as written.
  public var name: String
  /// The students it could be (empty: it matched no one).
  public var candidates: [String]

  /// One line for the run summary: `file: "name" matches …`.
  public var message: String {
    if candidates.isEmpty {
      return
        "\(source): \(submissionID): \"\(name)\" matches no student on the roster; "
        + "graded under that name without an ID (add it to the roster as an alias)"
    }
    return
      "\(source): \(submissionID): \"\(name)\" could be \(candidates.joined(separator: " or ")); "
      + "not guessed (add an alias to the roster)"
  }
}
