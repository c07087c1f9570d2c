/// The problems a per-submission report lists whatever the rubric asked: unsupported and weak
/// claims, over-claiming, citations with no entry, uncited entries and entries with problems,
/// grouped by kind in the order of ``HTMLFinding/Kind``. Text and Markdown reports share it.
enum ReportFindings {
  /// The problems among a submission's findings (``HTMLFinding/collect(_:)``).
  static func problems(_ findings: [HTMLFinding]) -> [(
    kind: HTMLFinding.Kind, findings: [HTMLFinding]
  )] {
    let problems = findings.filter(\.kind.isProblem)
    return HTMLFinding.Kind.allCases.compactMap { kind in
      let found = problems.filter { $0.kind == kind }
      return found.isEmpty ? nil : (kind, found)
    }
  }
}
