import Foundation
import RubricateKit

/// Writes report files into one folder, each to a temporary name first and then renamed into
/// place, so an interrupted run never leaves a truncated report behind; a file that already
/// holds exactly the new bytes is left untouched.
struct OutputDirectory {
  let url: URL
  private let folder: String
  private let processID = getpid()
  /// Input files (device and inode) that lie in this folder: a report never replaces one.
  let protectedFiles: Set<FolderID>

  /// Creates the folder if needed. `inputs` are the files being read: those that lie in this
  /// folder are never replaced by a report.
  init(path: String, protecting inputs: [String] = []) throws {
    url = URL(fileURLWithPath: path, isDirectory: true)
    folder = url.path
    do {
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    } catch {
      throw CommandError.message(
        "\(path): cannot create the output folder: \((error as NSError).localizedDescription)")
    }
    protectedFiles = GradeInputs.filesInside(folder, among: inputs)
    removeStaleTemporaries()
  }

  /// The temporary name a report is written to before the rename: `.<name>.<pid>.partial`, or
  /// `.<hash of name>.<pid>.partial` when that would pass the file system's 255-byte limit.
  func temporaryName(for name: String) -> String {
    let plain = ".\(name).\(processID).partial"
    if plain.utf8.count <= 255 { return plain }
    // Only unique within this run is needed: the process id is part of the name.
    return ".\(String(UInt(bitPattern: name.hashValue), radix: 16)).\(processID).partial"
  }

  /// Removes `.<name>.<pid>.partial` files that a killed run left behind: only names of that
  /// exact shape, and only when no process with that id is running (a concurrent run's
  /// temporaries are its own).
  func removeStaleTemporaries() {
    guard let handle = opendir(folder) else { return }
    var stale: [String] = []
    while let entry = readdir(handle) {
      let name = withUnsafePointer(to: &entry.pointee.d_name) {
        String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
      }
      guard let pid = Self.temporaryOwner(name), pid != processID else { continue }
      if kill(pid, 0) != 0 && errno == ESRCH { stale.append(name) }
    }
    closedir(handle)
    for name in stale { unlink(folder + "/" + name) }
  }

  /// The process id in a temporary name of our shape (`.<name>.<digits>.partial`), else nil.
  static func temporaryOwner(_ name: String) -> pid_t? {
    let bytes = Array(name.utf8)
    let suffix = Array(".partial".utf8)
    guard bytes.count > suffix.count + 3, bytes[0] == 0x2E,
      bytes.suffix(suffix.count).elementsEqual(suffix)
    else { return nil }
    let end = bytes.count - suffix.count
    var start = end
    while start > 1, (0x30...0x39).contains(bytes[start - 1]) { start -= 1 }
    guard start < end, end - start <= 10, start > 2, bytes[start - 1] == 0x2E else { return nil }
    var pid: Int64 = 0
    while start < end {
      pid = pid * 10 + Int64(bytes[start] - 0x30)
      start += 1
    }
    return pid > 0 && pid <= Int64(Int32.max) ? pid_t(pid) : nil
  }

  /// Writes `text` to `name` atomically. `name` must be a plain file name (no separators).
  ///
  /// Plain POSIX calls: Foundation's `Data.write` syncs each file to disk and copies extended
  /// attributes, which made writing a class's reports slower than grading it. A rename of a
  /// completely written file is atomic, so an interrupted run still leaves no partial report.
  func write(_ text: String, to name: String) throws {
    var text = text
    try text.withUTF8 { try write(bytes: $0, to: name) }
  }

  /// Writes UTF-8 bytes (JSON as the writer makes it) to `name` atomically.
  func write(_ bytes: [UInt8], to name: String) throws {
    try bytes.withUnsafeBufferPointer { try write(bytes: $0, to: name) }
  }

  private func write(bytes buffer: UnsafeBufferPointer<UInt8>, to name: String) throws {
    precondition(!name.contains("/") && name != ".." && !name.isEmpty, "unsafe file name")
    // String paths: URL.appendingPathComponent stats the file to learn if it is a folder.
    let target = folder + "/" + name
    if !protectedFiles.isEmpty, let existing = FolderID(path: target),
      protectedFiles.contains(existing)
    {
      throw CommandError.message(
        "\(target): is an input file; a report will not replace it (choose another --out folder)")
    }
    if Self.holds(target, exactly: buffer) { return }
    let temporary = folder + "/" + temporaryName(for: name)
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw failure(target) }
    let written = Self.writeAll(buffer, to: descriptor)
    let closed = close(descriptor) == 0
    guard written, closed, rename(temporary, target) == 0 else {
      let error = failure(target)
      unlink(temporary)
      throw error
    }
  }

  /// Writes every byte of `buffer` to `descriptor`, again after an interrupted write; false
  /// when a write fails.
  static func writeAll(_ buffer: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> Bool {
    var offset = 0
    while offset < buffer.count {
      let count = Foundation.write(
        descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
      if count < 0 {
        if errno == EINTR { continue }
        return false
      }
      offset += count
    }
    return true
  }

  /// Whether `path` is a regular file (not a link) whose bytes are exactly `bytes`.
  ///
  /// A report that would not change is left alone, so re-grading a class after one late
  /// submission rewrites one student's reports: their times stay, tools that sync the folder
  /// see only real changes, and the file system is spared replacing thousands of files
  /// (on ext4, allocating inodes next to just-deleted ones cost more than grading).
  static func holds(_ path: String, exactly bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
      Int(status.st_size) == bytes.count
    else { return false }
    let existing = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes.count + 1, alignment: 1)
    defer { existing.deallocate() }
    var count = 0
    while count <= bytes.count {
      let read = Foundation.read(
        descriptor, existing.baseAddress.map { $0 + count }, bytes.count + 1 - count)
      if read < 0 && errno == EINTR { continue }
      if read <= 0 { break }
      count += read
    }
    guard count == bytes.count else { return false }
    guard let base = bytes.baseAddress, let copy = existing.baseAddress else { return count == 0 }
    return memcmp(base, copy, count) == 0
  }

  private func failure(_ path: String) -> CommandError {
    CommandError.message("\(path): cannot write: \(String(cString: strerror(errno)))")
  }
}
