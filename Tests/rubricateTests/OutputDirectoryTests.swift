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

  /// `results.jsonl` is written a block at a time: lines on both sides of a block's end, one
  /// longer than a block, and a line that waits for the one before it.
  @Test func spooledLinesGoOutInOrderAcrossBlocks() throws {
    let folder = try Rubricate.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let directory = try OutputDirectory(path: folder.path)
    let block = OutputDirectory.Spool.block
    let lines = [
      [UInt8](repeating: 0x61, count: block - 10), [UInt8](repeating: 0x62, count: 20),
      [UInt8](repeating: 0x63, count: block + 5), [UInt8]("d".utf8),
    ]
    let spool = try directory.spool("results.jsonl")
    var waiting: [Int: [UInt8]] = [0: lines[0], 1: lines[1], 3: lines[3]]
    #expect(try spool.flush(&waiting, from: 0) == 2)
    #expect(waiting.keys.sorted() == [3])
    waiting[2] = lines[2]
    #expect(try spool.flush(&waiting, from: 2) == 4)
    try spool.finish()
    let written = try Data(contentsOf: folder.appendingPathComponent("results.jsonl"))
    #expect([UInt8](written) == lines.flatMap { $0 + [0x0A] })
  }

  @Test func aFileWhereTheFolderShouldBeIsAOneLineError() throws {
    let folder = try Rubricate.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let blocker = folder.appendingPathComponent("taken")
    try Data("x".utf8).write(to: blocker)
    #expect(throws: CommandError.self) { try OutputDirectory(path: blocker.path) }
  }

  @Test func anUnchangedReportIsLeftAsItIs() throws {
    let folder = try Rubricate.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let directory = try OutputDirectory(path: folder.path)
    let report = folder.appendingPathComponent("r.md")
    try directory.write("same\n", to: "r.md")
    let old = Date(timeIntervalSince1970: 1_000_000_000)
    try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: report.path)
    try directory.write("same\n", to: "r.md")
    let kept = try FileManager.default.attributesOfItem(atPath: report.path)
    #expect(kept[.modificationDate] as? Date == old)
    // A longer or different text, or a link in the report's place, is replaced.
    try directory.write("same\nmore\n", to: "r.md")
    #expect(try String(contentsOf: report, encoding: .utf8) == "same\nmore\n")
    try directory.write("sane\nmore\n", to: "r.md")
    #expect(try String(contentsOf: report, encoding: .utf8) == "sane\nmore\n")
    let elsewhere = folder.appendingPathComponent("elsewhere.md")
    try Data("link\n".utf8).write(to: elsewhere)
    try FileManager.default.createSymbolicLink(
      at: folder.appendingPathComponent("l.md"), withDestinationURL: elsewhere)
    try directory.write("link\n", to: "l.md")
    let type =
      try FileManager.default.attributesOfItem(
        atPath: folder.appendingPathComponent("l.md").path)[.type] as? FileAttributeType
    #expect(type == .typeRegular)
    #expect(try String(contentsOf: elsewhere, encoding: .utf8) == "link\n")
  }
}
