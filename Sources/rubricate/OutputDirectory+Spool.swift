import Foundation
import RubricateKit

extension OutputDirectory {
  /// A file written in pieces (`results.jsonl`, a line per submission as each is graded):
  /// appended to a temporary name and renamed into place by ``Spool/finish()``, so it is as
  /// atomic as ``write(_:to:)-(String,_)``, and left untouched when it already holds exactly
  /// these bytes.
  func spool(_ name: String) throws -> Spool {
    precondition(!name.contains("/") && name != ".." && !name.isEmpty, "unsafe file name")
    let target = url.path + "/" + name
    if !protectedFiles.isEmpty, let existing = FolderID(path: target),
      protectedFiles.contains(existing)
    {
      throw CommandError.message(
        "\(target): is an input file; a report will not replace it (choose another --out folder)")
    }
    let temporary = url.path + "/" + temporaryName(for: name)
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw Spool.failure(target) }
    return Spool(target: target, temporary: temporary, descriptor: descriptor)
  }

  struct Spool {
    let target: String
    let temporary: String
    let descriptor: Int32

    /// Appends the lines waiting from index `next` on, each with a line break, as long as
    /// there is no gap; returns the first index not written.
    func flush(_ waiting: inout [Int: [UInt8]], from next: Int) throws -> Int {
      var next = next
      // Written a block at a time: gathering a run of 128 lines (about 3 MB for essays) into
      // one growing array copied them twice and touched fresh memory each time.
      var bytes: [UInt8] = []
      bytes.reserveCapacity(Self.block)
      while let line = waiting.removeValue(forKey: next) {
        if !bytes.isEmpty, bytes.count + line.count >= Self.block {
          try append(bytes)
          bytes.removeAll(keepingCapacity: true)
        }
        bytes += line
        bytes.append(0x0A)
        next += 1
      }
      if !bytes.isEmpty { try append(bytes) }
      return next
    }

    /// How many bytes ``flush(_:from:)`` gathers before writing them.
    static let block = 256 * 1024

    func append(_ bytes: [UInt8]) throws {
      let written = bytes.withUnsafeBufferPointer { OutputDirectory.writeAll($0, to: descriptor) }
      if !written { throw Self.failure(target) }
    }

    /// Closes the temporary file and puts it in place (or removes it when the file there
    /// already holds the same bytes).
    func finish() throws {
      guard close(descriptor) == 0 else {
        let error = Self.failure(target)
        unlink(temporary)
        throw error
      }
      if Self.same(temporary, target) {
        unlink(temporary)
        return
      }
      guard rename(temporary, target) == 0 else {
        let error = Self.failure(target)
        unlink(temporary)
        throw error
      }
    }

    /// Gives up: the temporary file is removed and nothing replaces the file there.
    func abandon() {
      close(descriptor)
      unlink(temporary)
    }

    static func failure(_ path: String) -> CommandError {
      CommandError.message("\(path): cannot write: \(String(cString: strerror(errno)))")
    }

    /// Whether two regular files (the second not a link) hold the same bytes, read a block at
    /// a time.
    static func same(_ first: String, _ second: String) -> Bool {
      let left = open(first, O_RDONLY | O_CLOEXEC)
      guard left >= 0 else { return false }
      defer { close(left) }
      let right = open(second, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
      guard right >= 0 else { return false }
      defer { close(right) }
      var leftStatus = stat()
      var rightStatus = stat()
      guard fstat(left, &leftStatus) == 0, fstat(right, &rightStatus) == 0,
        rightStatus.st_mode & S_IFMT == S_IFREG, leftStatus.st_size == rightStatus.st_size
      else { return false }
      let size = 1 << 16
      var a = [UInt8](repeating: 0, count: size)
      var b = [UInt8](repeating: 0, count: size)
      while true {
        let count = readFully(left, &a)
        guard count >= 0, readFully(right, &b) == count else { return false }
        if count == 0 { return true }
        if a.prefix(count) != b.prefix(count) { return false }
      }
    }

    /// Reads until `buffer` is full or the file ends; the bytes read, or -1.
    static func readFully(_ descriptor: Int32, _ buffer: inout [UInt8]) -> Int {
      let capacity = buffer.count
      return buffer.withUnsafeMutableBytes { raw in
        var count = 0
        while count < capacity {
          let read = Foundation.read(
            descriptor, raw.baseAddress.map { $0 + count }, capacity - count)
          if read < 0 && errno == EINTR { continue }
          if read < 0 { return -1 }
          if read == 0 { break }
          count += read
        }
        return count
      }
    }
  }
}
