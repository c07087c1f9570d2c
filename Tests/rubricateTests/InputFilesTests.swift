import Foundation
import Testing

@testable import rubricate

/// The folder walk: which files are submissions, in which order, and links followed once.
@Suite struct InputFilesTests {
  @Test func walksFoldersInOrderFollowingLinksAndSkippingTheRest() throws {
    let root = try Rubricate.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let manager = FileManager.default
    let data = root.appendingPathComponent("data")
    let week = root.appendingPathComponent("week 1")
    try manager.createDirectory(at: data, withIntermediateDirectories: true)
    try manager.createDirectory(
      at: week.appendingPathComponent("Reports"), withIntermediateDirectories: true)
    try manager.createDirectory(
      at: week.appendingPathComponent("b/.hidden"), withIntermediateDirectories: true)
    for name in [
      "data/essay.txt", "week 1/b/post.MD", "week 1/a.html", "week 1/README.md", "week 1/notes.rtf",
      "week 1/.draft.txt", "week 1/b/.hidden/x.txt", "week 1/Reports/old.md", "week 1/noext",
    ] {
      try Data("x".utf8).write(to: root.appendingPathComponent(name))
    }
    // A link to a file, a link to a folder, a link back up (a loop) and a dangling link.
    try manager.createSymbolicLink(
      at: week.appendingPathComponent("linked.txt"),
      withDestinationURL: data.appendingPathComponent("essay.txt"))
    try manager.createSymbolicLink(
      at: week.appendingPathComponent("c"), withDestinationURL: data)
    try manager.createSymbolicLink(
      at: week.appendingPathComponent("b/up"), withDestinationURL: week)
    try manager.createSymbolicLink(
      at: week.appendingPathComponent("gone.txt"),
      withDestinationURL: root.appendingPathComponent("missing.txt"))

    let path = week.path
    let (files, errors) = InputFiles.collect(
      [path, root.appendingPathComponent("nope").path],
      excluding: [week.appendingPathComponent("Reports").path])
    #expect(
      errors == [
        "\(path)/gone.txt: cannot read: a link to nothing (No such file or directory)",
        "\(root.path)/nope: no such file or folder",
      ])
    #expect(
      files.map(\.name) == [
        "week 1/a.html", "week 1/b/post.MD", "week 1/c/essay.txt", "week 1/linked.txt",
      ])
    #expect(files.first?.path == path + "/a.html")
  }
}
