import Foundation
import RubricateKit

/// `rubricate diff`: what a revision changed since its draft, for one student.
enum DiffCommand: Subcommand {
  static let spec = CommandSpec(
    name: "diff", abstract: "Compare a draft with its revision: scores, findings, sentences.",
    positionalUsage: "OLD NEW", minPositionals: 2, maxPositionals: 2,
    options: [
      OptionSpec(name: "--rubric", valueName: "FILE", help: "Rubric for posts."),
      OptionSpec(name: "--comment-rubric", valueName: "FILE", help: "Rubric for comments."),
      OptionSpec(
        name: "--format", valueName: "FORMAT", allowed: ["text", "markdown", "json"],
        help: "Output format (default: text)."),
      Options.inputFormat,
    ] + LanguageFlags.specs,
    discussion: """
      Grades both files and prints what changed: points and levels per criterion, findings
      resolved, new and still open, sentences added, removed, rewritten and moved, sources
      added and dropped, and which of the draft's peer comments (on a saved page) the
      revision took up. Each file must hold one post. Exit status: 0 compared; 1 a file could
      not be read or holds no single post; 2 usage or rubric error.
      """)

  static func run(_ arguments: ParsedArguments, console: Console) -> ExitStatus {
    let grader: Grader
    let language: LanguageOptions
    do {
      (language, grader) = try GradeCommand.loadGrading(arguments)
    } catch {
      console.error("rubricate: \(Pipeline.describe(error))")
      return .usage
    }
    let format = InputFormat(rawValue: arguments.value("--input-format") ?? "auto") ?? .auto
    var snapshots: [RevisionSnapshot] = []
    for path in arguments.positionals {
      do {
        let results = Analyzer(language: language).analyze(
          try Pipeline.read(InputFile(path: path, name: path), format: format)
        ).map(grader.grade)
        let posts = results.filter { $0.submission.kind == .post }
        guard posts.count == 1, let post = posts.first else {
          console.error(
            "rubricate: \(path): holds \(Plural.count(posts.count, "post")); diff compares one post with one post"
          )
          return .failure
        }
        let comments = Grader.comments(in: results)[post.submission.id] ?? []
        snapshots.append(RevisionSnapshot(post, comments: comments))
      } catch {
        console.error("rubricate: \(Pipeline.describe(error))")
        return .failure
      }
    }
    let revision = Revision(previous: snapshots[0], current: snapshots[1])
    switch arguments.value("--format") ?? "text" {
    case "json":
      do {
        console.line(try JSONOutput.encode(RevisionRecord(revision), pretty: true))
      } catch {
        console.error("rubricate: \(Pipeline.describe(error))")
        return .failure
      }
    case "markdown":
      let lines = RevisionReport.markdown(RevisionNotes(revision: revision)).drop { $0.isEmpty }
      console.write(lines.joined(separator: "\n") + "\n")
    default:
      let lines = RevisionReport.text(RevisionNotes(revision: revision)).drop { $0.isEmpty }
      console.write(lines.joined(separator: "\n") + "\n")
    }
    return .success
  }
}
