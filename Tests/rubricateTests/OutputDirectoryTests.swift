import Foundation
import Testing

@testable import rubricate

/// Reports are written to a temporary name and renamed into place.
@Suite struct OutputDirectoryTests {
  @Test func replacesWholeFilesAndLeavesNoTemporaries() throws {
    let folder = try Rubricate.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let directory = try OutputDirectory(path: folder.appendingPathComponent("out").path)
    try directory.write("first version, longer than the second\n", to: "r.md")
    try directory.write("second\n", to: "r.md")
    let out = folder.appendingPathComponent("out")
    #expect(
      try String(contentsOf: out.appendingPathComponent("r.md"), encoding: .utf8) == "second\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["r.md"])
  }

  @Test func aFileWhereTheFolderShouldBeIsAOneLineError() throws {
    let folder = try Rubricate.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let blocker = folder.appendingPathComponent("taken")
    try Data("x".utf8).write(to: blocker)
    #expect(throws: CommandError.self) { try OutputDirectory(path: blocker.path) }
  }
}
