import Foundation
import RubricateKit

/// What `grade` checks about its inputs and its report folder, and how it lists what it skipped.
enum GradeInputs {
  /// A message when the report folder is one of the input folders (the next run would grade
  /// the reports as submissions, and a report could replace a submission), else nil.
  static func outputClash(_ outPath: String, inputs: [String]) -> String? {
    guard let output = FolderID(path: outPath) else { return nil }
    for input in inputs where input != "-" && FileManager.default.isDirectory(input) {
      if FolderID(path: input) == output {
        return
          "--out \(outPath) is the input folder \(input): its reports would be read as submissions next time; choose another folder (for example --out \(input == "." ? "../Reports" : "Reports"))"
      }
    }
    return nil
  }

  /// The device and inode of each input file that lies directly in `folder`: reports written
  /// there must never replace one.
  static func filesInside(_ folder: String, among inputs: [String]) -> Set<FolderID> {
    guard let target = FolderID(path: folder) else { return [] }
    var protected: Set<FolderID> = []
    for input in inputs {
      let parent = URL(fileURLWithPath: input).deletingLastPathComponent().path
      if FolderID(path: parent) == target, let file = FolderID(path: input) {
        protected.insert(file)
      }
    }
    return protected
  }

  /// Skipped entries in byte-wise path order.
  static func sorted(_ skipped: [SkippedFile]) -> [SkippedFile] {
    skipped.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
  }

  /// The run summary's list of skipped files: one line each, after a count per reason.
  static func summary(_ unsorted: [SkippedFile], outPath: String) -> String {
    let skipped = sorted(unsorted)
    var counts: [String: Int] = [:]
    for skip in skipped { counts[skip.reason.rawValue, default: 0] += 1 }
    let reasons = counts.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
    var lines = [
      "Not graded: \(skipped.count) (\(reasons.joined(separator: ", "))), listed in \(outPath)/skipped.csv:"
    ]
    for skip in skipped {
      let detail = skip.detail.isEmpty ? "" : " (\(skip.detail))"
      lines.append(
        "  \(TerminalText.escape(skip.path, keepingLineBreaks: false)): \(skip.reason.rawValue)\(TerminalText.escape(detail, keepingLineBreaks: false))"
      )
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

/// `skipped.csv`: every file under the given paths that was not graded, with the reason.
enum SkippedCSV {
  static func render(_ skipped: [SkippedFile]) -> String {
    CSV.document(
      [["path", "reason", "detail"]]
        + GradeInputs.sorted(skipped).map { [$0.path, $0.reason.rawValue, $0.detail] })
  }
}
