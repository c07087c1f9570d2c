import Foundation
import RubricateKit

/// `rubricate check`: grade one file and print its report, for a student checking a draft.
enum CheckCommand: Subcommand {
  static let spec = CommandSpec(
    name: "check", abstract: "Grade one file and print its report (a student checking a draft).",
    positionalUsage: "FILE|-", minPositionals: 1, maxPositionals: 1,
    options: [
      OptionSpec(name: "--rubric", valueName: "FILE", help: "Rubric for posts."),
      OptionSpec(name: "--comment-rubric", valueName: "FILE", help: "Rubric for comments."),
      OptionSpec(
        name: "--post", valueName: "FILE",
        help:
          "For a comment: the post it answers (default: the post its front matter names, beside it)."
      ),
      OptionSpec(
        name: "--format", valueName: "FORMAT", allowed: ["text", "markdown", "json"],
        help: "Report format (default: text)."),
      Options.inputFormat,
    ] + LanguageFlags.specs)

  static func run(_ arguments: ParsedArguments, console: Console) -> ExitStatus {
    let grader: Grader
    let language: LanguageOptions
    do {
      (language, grader) = try GradeCommand.loadGrading(arguments)
    } catch {
      console.error("rubricate: \(Pipeline.describe(error))")
      return .usage
    }
    let path = arguments.positionals[0]
    let format = InputFormat(rawValue: arguments.value("--input-format") ?? "auto") ?? .auto
    do {
      let file = InputFile(path: path, name: path)
      let checked: [Submission]
      do {
        checked = try Pipeline.read(file, format: format, refusingEmpty: true)
      } catch let error as CommandError where error.description.hasSuffix(Pipeline.emptyMessage) {
        // A student checking an empty draft still sees the report, after a warning.
        console.error("rubricate: warning: \(Pipeline.describe(error))")
        checked = try Pipeline.read(file, format: format)
      }
      let posts = try answeredPosts(for: checked, path: path, arguments: arguments)
      var batch = checked
      if posts.count == 1, let post = posts.first {
        // `--post FILE`: a comment that names no post answers this one.
        for index in batch.indices where batch[index].kind == .comment && batch[index].post == nil {
          batch[index].post = post.id
        }
      }
      let ids = Set(checked.map(\.id))
      let results = Analyzer(language: language).analyze(batch + posts).map(grader.grade)
      let comments = Grader.comments(in: results)
      let answered = AnsweredSubmission.index(results)
      for result in results where ids.contains(result.submission.id) {
        let own = result.submission.kind == .post ? comments[result.submission.id] ?? [] : []
        let answering = answered[result.submission.id]
        switch arguments.value("--format") ?? "text" {
        case "markdown":
          console.write(MarkdownReporter.render(result, comments: own, answering: answering))
        case "json":
          console.line(try JSONOutput.encode(ResultRecord(result, source: path), pretty: true))
        default:
          // The reporter escapes text from the file itself, then adds its own colours.
          console.writeVerbatim(
            TextReporter.render(
              result, comments: own, color: console.useColor, answering: answering))
        }
      }
      return .success
    } catch {
      console.error("rubricate: \(Pipeline.describe(error))")
      return .failure
    }
  }

  /// The posts the checked comments answer, read like `grade` would: `--post FILE`, or else
  /// the file a comment's `post:` names when it sits beside the comment. A post already in
  /// the checked file is not read again; a named post that is missing is an error.
  static func answeredPosts(
    for checked: [Submission], path: String, arguments: ParsedArguments
  ) throws -> [Submission] {
    if let postPath = arguments.value("--post") {
      return try Pipeline.read(InputFile(path: postPath, name: postPath), format: .auto)
        .filter { $0.kind == .post }
    }
    guard path != "-" else { return [] }
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
    let have = Set(checked.map(\.id))
    var posts: [Submission] = []
    var read: Set<String> = []
    for comment in checked where comment.kind == .comment {
      // `post:` has been resolved against the comment's folder (`Submissions/priya….md`):
      // the post is the file of that name beside the comment, read under that name so the
      // ids agree.
      guard let named = comment.post, !have.contains(named), !named.isEmpty else { continue }
      let file = URL(fileURLWithPath: named).lastPathComponent
      let candidate = folder.appendingPathComponent(file)
      guard !file.isEmpty, FileManager.default.fileExists(atPath: candidate.path),
        read.insert(candidate.path).inserted
      else { continue }
      let display = path.contains("/") ? candidate.path : file
      posts += try Pipeline.read(InputFile(path: display, name: named), format: .auto)
        .filter { $0.kind == .post }
    }
    return posts
  }
}
