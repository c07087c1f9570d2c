extension ClassGrades {
  /// Runs the class stage over graded results.
  /// - Parameters:
  ///   - rubrics: the rubrics used (their maxima make Points Possible; overrides name their
  ///     criteria). Without them the maxima are read from the results.
  ///   - roster: the class list; without one, students are whoever the files name.
  /// - Throws: ``ClassError/override(file:line:message:)`` for an override naming an unknown
  ///   student or submission (nothing should be written then).
  public static func build(
    results: [SubmissionResult], rubrics: [Rubric] = [], roster: Roster? = nil,
    rule: AssignmentRule = AssignmentRule(), overrides: Overrides? = nil
  ) throws(ClassError) -> ClassGrades {
    var (grades, resolver, position) = assemble(
      results: results, rubrics: rubrics, roster: roster, rule: rule)
    if let overrides {
      try grades.apply(overrides, rubrics: rubrics, resolver: resolver, position: position)
      grades.total(rubrics: rubrics)
    }
    return grades
  }

  /// The class stage without overrides (which alone can fail).
  public init(
    results: [SubmissionResult], rubrics: [Rubric] = [], roster: Roster? = nil,
    rule: AssignmentRule = AssignmentRule()
  ) {
    self = Self.assemble(results: results, rubrics: rubrics, roster: roster, rule: rule).grades
  }

  static func assemble(
    results: [SubmissionResult], rubrics: [Rubric], roster: Roster?, rule: AssignmentRule
  ) -> (grades: ClassGrades, resolver: IdentityResolver, position: [Int]) {
    var resolver = IdentityResolver(roster: roster)
    let (owner, issues) = resolver.resolve(results.map(\.submission))
    // Students: roster order first, then the others by name.
    let people = resolver.people
    let rostered = roster?.entries.count ?? 0
    let others = (rostered..<people.count).sorted {
      (people[$0].name.lowercased(), people[$0].name, $0)
        < (people[$1].name.lowercased(), people[$1].name, $1)
    }
    let order = Array(0..<rostered) + others
    var position = Array(repeating: 0, count: people.count)
    for (index, person) in order.enumerated() { position[person] = index }
    var grades = ClassGrades(
      entries: [],
      students: order.map { index in
        let person = people[index]
        return Student(
          name: person.name, rosterEntry: person.rosterEntry, id: person.id,
          moodleParticipant: person.moodleParticipant)
      }, rule: rule, possible: 0, nameIssues: issues, overrides: [], roster: roster)
    grades.entries = results.indices.map {
      Entry(result: results[$0], student: position[owner[$0]], status: .graded)
    }
    grades.markReplies()
    grades.markResubmissions()
    grades.total(rubrics: rubrics)
    return (grades, resolver, position)
  }

  /// Comments whose writer is the author of the post they answer.
  mutating func markReplies() {
    var postOwner: [String: Int] = [:]
    for entry in entries where entry.result.submission.kind == .post {
      postOwner[entry.result.submission.id] = entry.student
    }
    for index in entries.indices where entries[index].result.submission.kind == .comment {
      if let post = entries[index].result.submission.post,
        postOwner[post] == entries[index].student
      {
        entries[index].status = .reply
        repliesByPost[post, default: []].append(index)
        Self.dropScores(&entries[index].result)
      }
    }
  }

  /// Of a student's several posts, all but the latest are superseded.
  mutating func markResubmissions() {
    var posts: [Int: [Int]] = [:]
    for (index, entry) in entries.enumerated() where entry.result.submission.kind == .post {
      posts[entry.student, default: []].append(index)
    }
    let allowed = max(1, rule.posts)
    for indices in posts.values where indices.count > allowed {
      let latestFirst = indices.sorted {
        Self.isLater(entries[$0].result.submission, than: entries[$1].result.submission)
      }
      let kept = latestFirst.prefix(allowed)
      for index in latestFirst.dropFirst(allowed) {
        entries[index].status = .superseded
        entries[index].supersededBy = kept.first.map { entries[$0].result.submission.id }
      }
    }
  }

  /// Whether `a` was submitted after `b`: the larger Canvas file id, else the larger `-N`
  /// suffix of the file name (`essay-1.html` after `essay.html`), else the later date, else
  /// the later file name (so the order is total and does not depend on input order).
  public static func isLater(_ a: Submission, than b: Submission) -> Bool {
    if let left = canvasFileID(a), let right = canvasFileID(b), left != right {
      return left > right
    }
    let (left, right) = (copySuffix(a), copySuffix(b))
    if left != right { return left > right }
    if let left = a.date, let right = b.date, left != right { return left > right }
    return (a.document.name, a.id) > (b.document.name, b.id)
  }

  static func canvasFileID(_ submission: Submission) -> Int? {
    guard let student = submission.student, student.userId != nil else { return nil }
    return student.fileId.flatMap { Int($0) }
  }

  /// `3` for `essay-3.html`, 0 when the file name has no such suffix.
  static func copySuffix(_ submission: Submission) -> Int {
    guard let file = submission.document.name.lastNonEmptyPathComponent else { return 0 }
    let stem = file.split(separator: ".", omittingEmptySubsequences: false).first ?? ""
    guard let dash = stem.lastIndex(of: "-") else { return 0 }
    return Int(stem[stem.index(after: dash)...]) ?? 0
  }

  /// Each student's entries, late flag and total under the rule; Points Possible.
  mutating func total(rubrics: [Rubric]) {
    func maximum(_ kind: Submission.Kind) -> Double {
      if let rubric = rubrics.first(where: { $0.appliesTo == kind }) { return rubric.maximumPoints }
      return entries.filter { $0.result.submission.kind == kind }.map(\.result.maximumPoints).max()
        ?? 0
    }
    possible = rule.possible(postMaximum: maximum(.post), commentMaximum: maximum(.comment))
    for index in students.indices { students[index].entries = [] }
    for (index, entry) in entries.enumerated() { students[entry.student].entries.append(index) }
    for index in students.indices {
      students[index].entries.sort {
        let left = entries[$0].result.submission
        let right = entries[$1].result.submission
        return (left.kind == .post ? 0 : 1, left.id) < (right.kind == .post ? 0 : 1, right.id)
      }
      // Indices, not entries: an entry is a large value to copy.
      let graded = students[index].entries.filter { entries[$0].status == .graded }
      students[index].gradedCount = graded.count
      students[index].late = graded.contains { entries[$0].result.submission.student?.late == true }
      if graded.isEmpty {
        students[index].points = rule.missing == .zero ? 0 : nil
        continue
      }
      students[index].points = rule.total(
        posts: graded.filter { entries[$0].result.submission.kind == .post }
          .map { entries[$0].result.points },
        comments: graded.filter { entries[$0].result.submission.kind == .comment }
          .map { entries[$0].result.points })
    }
  }

  /// The entries that count (neither superseded nor replies).
  public var graded: [Entry] { entries.filter { $0.status == .graded } }

  /// The student id of a submission (roster ID, else LMS id), by submission id.
  public func studentID(of entry: Entry) -> String? { students[entry.student].id }

  /// Students with no ID: a gradebook row the LMS cannot import.
  public var studentsWithoutID: [Student] {
    students.filter { ($0.id ?? "").isEmpty }
  }
}

extension ClassGrades {
  /// The comments on each post, by post id, in batch order; the author's own replies are left
  /// out (the post's report notes them).
  public var commentsByPost: [String: [SubmissionResult]] {
    var byPost: [String: [SubmissionResult]] = [:]
    for entry in entries
    where entry.result.submission.kind == .comment && entry.status != .reply {
      if let post = entry.result.submission.post {
        byPost[post, default: []].append(entry.result)
      }
    }
    return byPost
  }
}
