import Foundation

/// Writes report files into one folder, each to a temporary name first and then renamed into
/// place, so an interrupted run never leaves a truncated report behind; a file that already
/// holds exactly the new bytes is left untouched.
struct OutputDirectory {
  let url: URL
  private let folder: String
  private let processID = getpid()

  init(path: String) throws {
    url = URL(fileURLWithPath: path, isDirectory: true)
    folder = url.path
    do {
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    } catch {
      throw CommandError.message(
        "\(path): cannot create the output folder: \((error as NSError).localizedDescription)")
    }
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
    if Self.holds(target, exactly: buffer) { return }
    let temporary = folder + "/.\(name).\(processID).partial"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw failure(target) }
    var written = true
    var offset = 0
    while offset < buffer.count {
      let count = Foundation.write(
        descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
      if count < 0 {
        if errno == EINTR { continue }
        written = false
        break
      }
      offset += count
    }
    let closed = close(descriptor) == 0
    guard written, closed, rename(temporary, target) == 0 else {
      let error = failure(target)
      unlink(temporary)
      throw error
    }
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
