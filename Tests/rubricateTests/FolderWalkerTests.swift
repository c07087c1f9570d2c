import Foundation
import Testing

@testable import rubricate

/// The walk's order and its failures do not depend on the file system (issue 15, items 6, 9).
@Suite struct FolderWalkerTests {
  /// A tree with two links to one folder: whichever order the entries come in, the same link
  /// is walked, so ids and report names stay the same.
  @Test func orderDoesNotDependOnTheDirectoryOrder() throws {
    let root = try Rubricate.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let manager = FileManager.default
    let shared = root.appendingPathComponent("shared")
    let top = root.appendingPathComponent("class")
    try manager.createDirectory(at: shared, withIntermediateDirectories: true)
    try manager.createDirectory(at: top, withIntermediateDirectories: true)
    for name in ["b.txt", "a.txt", "B.txt", "é.txt", "e\u{301}.txt"] {
      try Data("x".utf8).write(to: top.appendingPathComponent(name))
    }
    try Data("x".utf8).write(to: shared.appendingPathComponent("essay.md"))
    for link in ["zeta", "alpha"] {
      try manager.createSymbolicLink(
        at: top.appendingPathComponent(link), withDestinationURL: shared)
    }
    let forward = FolderLister { folder in
      FolderLister.system.list(folder).map { $0.sorted { $0.name < $1.name } }
    }
    let backward = FolderLister { folder in
      FolderLister.system.list(folder).map { $0.sorted { $0.name > $1.name } }
    }
    let first = InputFiles.scan([top.path], lister: forward)
    let second = InputFiles.scan([top.path], lister: backward)
    #expect(first == second)
    #expect(
      first.files.map(\.name) == [
        "class/B.txt", "class/a.txt", "class/alpha/essay.md", "class/b.txt", "class/e\u{301}.txt",
        "class/é.txt",
      ])
  }

  /// A folder that cannot be opened is listed as unreadable with the system's reason, and is an
  /// error (exit 1); the rest of the walk goes on. (Tests run as root, where permissions do not
  /// stop `opendir`, so the failure is injected.)
  @Test func anUnreadableFolderIsAnError() throws {
    let root = try Rubricate.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let locked = root.appendingPathComponent("locked")
    try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
    try Data("x".utf8).write(to: locked.appendingPathComponent("hidden-work.txt"))
    try Data("x".utf8).write(to: root.appendingPathComponent("ok.txt"))
    let failing = FolderLister { folder in
      folder.hasSuffix("/locked")
        ? .failure(FolderLister.FolderError(reason: "Permission denied"))
        : FolderLister.system.list(folder)
    }
    let scan = InputFiles.scan([root.path], lister: failing)
    #expect(scan.files.map(\.path) == [root.path + "/ok.txt"])
    #expect(scan.errors == ["\(root.path)/locked: cannot read: Permission denied"])
    #expect(
      scan.skipped == [
        SkippedFile(path: root.path + "/locked", reason: .unreadable, detail: "Permission denied")
      ])
  }
}
