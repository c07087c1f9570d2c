import Foundation

/// One input file found under the paths a user gave.
struct InputFile: Sendable, Equatable {
  /// The path as the user will recognise it (what error messages print).
  var path: String
  /// The path relative to the folder the user named, keeping that folder's own name, so LMS
  /// folder names stay visible to the reader.
  var name: String
}

/// Walks the paths given on the command line: folders recursively, in sorted order.
enum InputFiles {
  /// The extensions a folder walk picks up; a file named directly is always read.
  static let extensions: Set<String> = [
    "txt", "md", "markdown", "html", "htm", "xml", "docx", "odt", "pdf",
  ]
  /// Files a folder walk skips: documentation that sits beside submissions.
  static let skippedNames: Set<String> = ["readme.md", "readme.txt", "license", "license.md"]

  /// The files under `paths`, and one message for each path that does not exist.
  static func collect(_ paths: [String], excluding excluded: [String] = []) -> (
    files: [InputFile], errors: [String]
  ) {
    var files: [InputFile] = []
    var errors: [String] = []
    let manager = FileManager.default
    let excludedPaths = Set(excluded.map { URL(fileURLWithPath: $0).standardizedFileURL.path })
    for path in paths {
      if path == "-" {
        files.append(InputFile(path: "-", name: "-"))
        continue
      }
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
        errors.append("\(path): no such file or folder")
        continue
      }
      guard isDirectory.boolValue else {
        files.append(InputFile(path: path, name: path))
        continue
      }
      let root = URL(fileURLWithPath: path).standardizedFileURL
      let rootName = root.lastPathComponent
      var relatives: [String] = []
      var visited: Set<FolderID> = []
      walk(root.path, relative: "", excluding: excludedPaths, visited: &visited, into: &relatives)
      let found = relatives.map { relative in
        let shown = path.hasSuffix("/") ? path + relative : path + "/" + relative
        return InputFile(path: shown, name: rootName + "/" + relative)
      }
      files += found.sorted { $0.path < $1.path }
    }
    return (files, errors)
  }

  /// A folder's device and inode: a folder reached twice through links is walked once.
  struct FolderID: Hashable {
    var device: UInt64
    var inode: UInt64
  }

  /// Appends the submission files under `folder` (paths relative to the walk's root), skipping
  /// hidden entries and excluded folders, and following symbolic links to files and folders.
  ///
  /// POSIX `readdir`: FileManager's enumerator asked for resource values file by file, which
  /// showed in a class-sized batch, and it skipped symbolic links, so a folder of links to
  /// submissions graded nothing.
  private static func walk(
    _ folder: String, relative: String, excluding excluded: Set<String>,
    visited: inout Set<FolderID>, into found: inout [String]
  ) {
    var status = stat()
    guard stat(folder, &status) == 0,
      visited.insert(FolderID(device: UInt64(status.st_dev), inode: UInt64(status.st_ino)))
        .inserted,
      let handle = opendir(folder)
    else { return }
    defer { closedir(handle) }
    var names: [(name: String, type: UInt8)] = []
    while let entry = readdir(handle) {
      let name = withUnsafePointer(to: &entry.pointee.d_name) {
        String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
      }
      if name.hasPrefix(".") { continue }
      names.append((name, entry.pointee.d_type))
    }
    for (name, type) in names {
      let path = folder + "/" + name
      let shown = relative.isEmpty ? name : relative + "/" + name
      var isFolder = type == UInt8(DT_DIR)
      var isFile = type == UInt8(DT_REG)
      if !isFolder && !isFile {  // a link, or a file system that does not say
        var target = stat()
        guard stat(path, &target) == 0 else { continue }
        isFolder = target.st_mode & S_IFMT == S_IFDIR
        isFile = target.st_mode & S_IFMT == S_IFREG
      }
      if isFolder {
        if excluded.contains(path) { continue }
        walk(path, relative: shown, excluding: excluded, visited: &visited, into: &found)
      } else if isFile, isSubmissionName(name) {
        found.append(shown)
      }
    }
  }

  static func isSubmissionName(_ name: String) -> Bool {
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
    return extensions.contains(name[name.index(after: dot)...].lowercased())
      && !skippedNames.contains(name.lowercased())
  }

  /// Reads a file's bytes (standard input for `-`); a file larger than `limit` bytes is
  /// refused before it is read.
  static func read(_ file: InputFile, limit: Int = .max) throws -> [UInt8] {
    if file.path == "-" {
      let data = FileHandle.standardInput.readDataToEndOfFile()
      if data.count > limit { throw tooLarge(file, size: data.count, limit: limit) }
      return [UInt8](data)
    }
    // POSIX reads: Data(contentsOf:) also resolves the working folder and lists extended
    // attributes for every file, which showed in a class-sized batch.
    let descriptor = open(file.path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw CommandError.unreadable(file.path, String(cString: strerror(errno)))
    }
    defer { close(descriptor) }
    var status = stat()
    let expected = fstat(descriptor, &status) == 0 ? Int(status.st_size) : 0
    if expected > limit { throw tooLarge(file, size: expected, limit: limit) }
    var bytes = [UInt8](repeating: 0, count: max(expected, 0) + 1)
    var count = 0
    while true {
      if count == bytes.count { bytes += [UInt8](repeating: 0, count: max(bytes.count, 4096)) }
      let read = bytes.withUnsafeMutableBytes { buffer in
        Foundation.read(descriptor, buffer.baseAddress.map { $0 + count }, buffer.count - count)
      }
      if read < 0 {
        if errno == EINTR { continue }
        throw CommandError.unreadable(file.path, String(cString: strerror(errno)))
      }
      if read == 0 { break }
      count += read
    }
    bytes.removeSubrange(count...)
    if count > limit { throw tooLarge(file, size: count, limit: limit) }
    return bytes
  }

  static func tooLarge(_ file: InputFile, size: Int, limit: Int) -> CommandError {
    let megabytes = { (bytes: Int) in (bytes + (1 << 20) - 1) >> 20 }
    return CommandError.message(
      "\(file.path): too large to be a submission (\(megabytes(size)) MB; the limit is \(megabytes(limit)) MB)"
    )
  }
}

/// A failure a command reports on one line.
enum CommandError: Error, CustomStringConvertible {
  case unreadable(String, String)
  case message(String)

  var description: String {
    switch self {
    case .unreadable(let path, let reason): return "\(path): cannot read: \(reason)"
    case .message(let text): return text
    }
  }
}
