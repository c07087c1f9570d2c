import Foundation
import RubricateKit
import Testing

@testable import rubricate

/// Issue 15's hostile names, folders and special files, end to end on the built binary.
@Suite struct HardeningCommandTests {
  static let post = "# A post\n\nCities should ban cars from the centre. It works in Oslo.\n"

  func write(_ text: String, to url: URL) throws {
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  /// Item 4: a 4-character Chinese author and an 80-character Chinese file name.
  @Test func aLongNonASCIINameDoesNotStopTheClass() throws {
    let folder = try Rubricate.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let name = String(repeating: "城市交通", count: 20) + ".md"
    try write(
      "---\nauthor: 王小明华\n---\n" + Self.post, to: folder.appendingPathComponent("in/\(name)"))
    try write(Self.post, to: folder.appendingPathComponent("in/other.md"))
    let out = folder.appendingPathComponent("out")
    let run = try Rubricate.run([
      "grade", folder.appendingPathComponent("in").path, "--out", out.path, "--quiet",
    ])
    #expect(run.status == 0, "stderr: \(run.stderr)")
    let written = try FileManager.default.contentsOfDirectory(atPath: out.path)
    #expect(written.contains("class-summary.csv") && written.contains("results.jsonl"))
    #expect(written.contains("class-report.html"))
    let reports = written.filter { $0.hasPrefix("王") }
    #expect(reports.count == 3)
    #expect(reports.allSatisfy { $0.utf8.count <= 205 + 5 })
  }

  @Test func stemsAreCutInBytesAtCharacterBoundaries() {
    #expect(StudentLabel.safe(String(repeating: "é", count: 60)).utf8.count == 80)
    #expect(StudentLabel.safe(String(repeating: "城", count: 60)).utf8.count == 78)
    let directory = try? OutputDirectory(path: FileManager.default.temporaryDirectory.path)
    let long = String(repeating: "城", count: 80) + ".html"
    #expect((directory?.temporaryName(for: long).utf8.count ?? 999) <= 255)
  }

  /// Item 5: the report folder as the input folder is refused; inside it, it is not walked.
  @Test func theReportFolderIsNeverReadAsInput() throws {
    let folder = try Rubricate.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("class")
    try write(Self.post, to: input.appendingPathComponent("a.md"))
    try write(Self.post, to: input.appendingPathComponent("b.txt"))
    let same = try Rubricate.run(["grade", input.path, "--out", input.path, "--quiet"])
    #expect(same.status == 2)
    #expect(
      same.stderr
        == "rubricate: --out \(input.path) is the input folder \(input.path): its reports would be read as submissions next time; choose another folder (for example --out Reports)\n"
    )
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: input.path).sorted() == ["a.md", "b.txt"])
    let inside = input.appendingPathComponent("Reports")
    for _ in 0..<2 {
      let run = try Rubricate.run(["grade", input.path, "--out", inside.path])
      #expect(run.status == 0)
      #expect(run.stdout.hasSuffix("Reports for 2 submissions written to \(inside.path)/\n"))
    }
  }

  /// Item 5: a report whose name is an input file's is refused; the class files are written.
  @Test func anInputFileIsNeverOverwritten() throws {
    let folder = try Rubricate.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let victim = folder.appendingPathComponent("a-md.md")
    try write(Self.post, to: folder.appendingPathComponent("a.md"))
    try write("the student's own file\n", to: victim)
    let run = try Rubricate.run(
      [
        "grade", folder.appendingPathComponent("a.md").path, victim.path, "--out", folder.path,
        "--quiet",
      ])
    #expect(run.status == 1)
    #expect(
      run.stderr.hasPrefix(
        "rubricate: \(folder.path)/a-md.md: is an input file; a report will not replace it (choose another --out folder)\n"
      ))
    #expect(try String(contentsOf: victim, encoding: .utf8) == "the student's own file\n")
    #expect(
      FileManager.default.fileExists(
        atPath: folder.appendingPathComponent("class-summary.csv").path))
  }

  /// Item 8: the size limit holds while reading; special files are refused before opening.
  @Test func endlessInputsStopAtTheLimit() throws {
    let zero = try Rubricate.run(["analyze", "/dev/zero"])
    #expect(zero.status == 1)
    #expect(
      zero.stderr
        == "rubricate: /dev/zero: not a regular file (a FIFO, socket or device); save the submission to a file first\n"
    )
    let shell = Process()
    shell.executableURL = URL(fileURLWithPath: "/bin/sh")
    shell.arguments = [
      "-c", "head -c 40000000 /dev/zero | '\(Rubricate.binary.path)' analyze - 2>&1 >/dev/null",
    ]
    let pipe = Pipe()
    shell.standardOutput = pipe
    try shell.run()
    let said = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    shell.waitUntilExit()
    #expect(
      said
        == "rubricate: standard input: too large to be a submission (more than 32 MB; the limit is 32 MB)\n"
    )

    let folder = try Rubricate.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let fifo = folder.appendingPathComponent("pipe.txt").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let named = try Rubricate.run(["analyze", fifo])
    #expect(named.status == 1)
    #expect(
      named.stderr.hasPrefix("rubricate: \(fifo): not a regular file (a FIFO, socket or device)"))
  }

  /// Item 11: escape sequences from a file are shown, not obeyed, even with NO_COLOR.
  @Test func controlCharactersNeverReachTheTerminal() throws {
    let folder = try Rubricate.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("post.md")
    try write(
      "---\ntitle: Bikes \u{1B}]0;pwned\u{07}\u{1B}[2J\nauthor: Eve\u{1B}[31m\u{9B}\n---\n"
        + Self.post, to: file)
    let check = try Rubricate.run(["check", file.path], environment: ["NO_COLOR": "1"])
    #expect(check.status == 0)
    #expect(
      !check.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{9B}" })
    #expect(check.stdout.hasPrefix("Bikes \\x1B]0;pwned\\x07\\x1B[2J\nEve\\x1B[31m\\x9B"))
    let grade = try Rubricate.run([
      "grade", file.path, "--out", folder.appendingPathComponent("out").path,
    ])
    #expect(grade.stdout.contains("Eve\\x1B[31m\\x9B"))
    #expect(!grade.stdout.unicodeScalars.contains("\u{1B}"))
    let bad = folder.appendingPathComponent("bad\n\u{1B}[1mname.txt")
    try Data([0, 1, 2]).write(to: bad)
    let error = try Rubricate.run(["analyze", bad.path])
    #expect(
      error.stderr
        == "rubricate: \(folder.path)/bad\\x0A\\x1B[1mname.txt: not a text document (it contains NUL bytes)\n"
    )
  }

  /// Item 12: killed runs' temporaries are removed; other files and live runs' are kept.
  @Test func staleTemporariesAreRemoved() throws {
    let folder = try Rubricate.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let names = [
      ".r.md.2147483646.partial", ".x.html.2147483000.partial", ".r.md.\(getpid()).partial",
      "notes.partial", ".r.md.partial", ".r.md.12a.partial",
    ]
    for name in names { try write("x", to: folder.appendingPathComponent(name)) }
    _ = try OutputDirectory(path: folder.path)
    let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(
      left
        == [".r.md.\(getpid()).partial", ".r.md.12a.partial", ".r.md.partial", "notes.partial"]
        .sorted())
    #expect(OutputDirectory.temporaryOwner(".a.b.42.partial") == 42)
    #expect(OutputDirectory.temporaryOwner(".42.partial") == nil)
  }

  /// Item 12: `check` on an empty draft warns, then shows the report.
  @Test func checkWarnsAboutAnEmptyFile() throws {
    let folder = try Rubricate.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("draft.txt")
    try write("\n  \n", to: file)
    let run = try Rubricate.run(["check", file.path])
    #expect(run.status == 0)
    #expect(
      run.stderr
        == "rubricate: warning: \(file.path): the file is empty (nothing but white space); nothing to grade\n"
    )
    #expect(run.stdout.contains("0 words"))
  }

  /// Issue 12, item 8: every file is graded or listed with the reason.
  @Test func nothingVanishes() throws {
    let folder = try Rubricate.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("in")
    try write(Self.post, to: input.appendingPathComponent("a.md"))
    try write("x", to: input.appendingPathComponent("README.md"))
    try write("x", to: input.appendingPathComponent(".draft.md"))
    try write("x", to: input.appendingPathComponent(".git/config"))
    try write("x", to: input.appendingPathComponent("essay.rtf"))
    try write(" \n", to: input.appendingPathComponent("blank.txt"))
    #expect(mkfifo(input.appendingPathComponent("pipe.txt").path, 0o600) == 0)
    try FileManager.default.createSymbolicLink(
      at: input.appendingPathComponent("gone.txt"),
      withDestinationURL: folder.appendingPathComponent("missing"))
    let out = folder.appendingPathComponent("out")
    let run = try Rubricate.run(["grade", input.path, "--out", out.path])
    #expect(run.status == 1)
    #expect(
      run.stderr.hasPrefix(
        "rubricate: \(input.path)/gone.txt: cannot read: a link to nothing (No such file or directory)\nrubricate: warning: \(input.path)/blank.txt: the file is empty (nothing but white space); nothing to grade\n"
      ))
    let p = input.path
    #expect(
      try String(contentsOf: out.appendingPathComponent("skipped.csv"), encoding: .utf8) == """
        path,reason,detail
        \(p)/.draft.md,hidden,
        \(p)/.git,hidden,
        \(p)/README.md,readme,
        \(p)/blank.txt,empty,nothing to grade
        \(p)/essay.rtf,unsupported-type,
        \(p)/gone.txt,unreadable,a link to nothing (No such file or directory)
        \(p)/pipe.txt,special-file,"a FIFO, socket or device, not a file"

        """)
    #expect(
      run.stdout.contains(
        "Not graded: 7 (1 empty, 2 hidden, 1 readme, 1 special-file, 1 unreadable, 1 unsupported-type), listed in \(out.path)/skipped.csv:\n  \(p)/.draft.md: hidden\n"
      ))
  }
}
