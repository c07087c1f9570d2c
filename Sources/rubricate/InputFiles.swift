import Foundation
import RubricateKit

/// One input file found under the paths a user gave.
struct InputFile: Sendable, Equatable {
  /// The path as the user will recognise it (what error messages print).
  var path: String
  /// The path relative to the folder the user named, keeping that folder's own name, so LMS
  /// folder names stay visible to the reader.
  var name: String
}

/// A file or folder under the given paths that was not read, and why.
struct SkippedFile: Sendable, Equatable {
  /// Why: one short code a spreadsheet can filter on (`skipped.csv`'s `reason` column).
  enum Reason: String, Sendable {
    /// `README.md`, `README.txt`, `LICENSE`: documentation that sits beside submissions.
    case readme
    /// A name starting with `.` (a hidden folder is listed once, not walked).
    case hidden
    /// An extension Rubricate does not read.
    case unsupportedType = "unsupported-type"
    /// A folder or file that could not be opened, or a link that leads nowhere.
    case unreadable
    /// A FIFO, socket or device.
    case specialFile = "special-file"
    /// The report folder itself (when `--out` lies inside an input folder).
    case reportFolder = "report-folder"
    /// The class roster (`roster.csv` beside the submissions, or `--roster`), read as such.
    case roster
    /// A file that was opened but gave no submission (too large, not text, malformed).
    case notRead = "not-read"
    /// A file with nothing in it but white space.
    case empty
  }

  var path: String
  var reason: Reason
  /// A human detail: the system's error, or what was wrong with the file.
  var detail: String = ""

  /// Whether a teacher should hear of it first thing (the class report's attention list): a
  /// file that might be a student's work and was not read; not documentation, hidden files,
  /// the roster or the report folder.
  var needsAttention: Bool {
    switch reason {
    case .unsupportedType, .unreadable, .specialFile, .notRead, .empty: true
    case .readme, .hidden, .reportFolder, .roster: false
    }
  }
}

/// What a folder walk found: files to read, paths that do not exist or could not be opened
/// (each one line), and everything else it passed over.
struct InputScan: Sendable, Equatable {
  var files: [InputFile] = []
  var errors: [String] = []
  var skipped: [SkippedFile] = []
}

/// Walks the paths given on the command line: folders recursively, in byte-wise sorted order.
enum InputFiles {
  /// The extensions a folder walk picks up; a file named directly is always read.
  static let extensions: Set<String> = [
    "txt", "md", "markdown", "html", "htm", "xml", "docx", "odt", "pdf",
  ]
  /// Files a folder walk skips: documentation that sits beside submissions.
  static let skippedNames: Set<String> = ["readme.md", "readme.txt", "license", "license.md"]

  /// The files under `paths`, and one message for each path that does not exist or for a
  /// folder under them that could not be opened.
  static func collect(_ paths: [String], excluding excluded: [String] = []) -> (
    files: [InputFile], errors: [String]
  ) {
    let scan = scan(paths, excluding: excluded)
    return (scan.files, scan.errors)
  }

  /// Everything under `paths`: files to read, errors, and what was skipped with its reason.
  /// Folders in `excluded` (the report folder) are not walked, matched by path and by
  /// device and inode (so a link to it is excluded too).
  static func scan(
    _ paths: [String], excluding excluded: [String] = [],
    lister: FolderLister = .system
  ) -> InputScan {
    var scan = InputScan()
    var walker = FolderWalker(lister: lister)
    for path in excluded {
      let standard = URL(fileURLWithPath: path).standardizedFileURL.path
      walker.excludedPaths.insert(standard)
      if let id = FolderID(path: standard) { walker.excludedFolders.insert(id) }
    }
    for path in paths {
      if path == "-" {
        scan.files.append(InputFile(path: "-", name: "-"))
        continue
      }
      var status = stat()
      guard stat(path, &status) == 0 else {
        let shown = TerminalText.escape(path, keepingLineBreaks: false)
        scan.errors.append(
          errno == ENOENT
            ? "\(shown): no such file or folder"
            : "\(shown): cannot read: \(String(cString: strerror(errno)))")
        continue
      }
      guard status.st_mode & S_IFMT == S_IFDIR else {
        // A file named directly is always read; `read` refuses FIFOs and devices.
        scan.files.append(InputFile(path: path, name: path))
        continue
      }
      let root = URL(fileURLWithPath: path).standardizedFileURL
      let shownRoot = path.hasSuffix("/") ? String(path.dropLast()) : path
      walker.found = []
      walker.skipped = []
      walker.walk(root.path, shown: shownRoot, relative: "")
      let rootName = root.lastPathComponent
      let found = walker.found.map { relative in
        InputFile(path: shownRoot + "/" + relative, name: rootName + "/" + relative)
      }
      scan.files += found.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
      for skip in walker.skipped.sorted(by: { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
      ) {
        scan.skipped.append(skip)
        if skip.reason == .unreadable {
          scan.errors.append(
            TerminalText.escape(
              "\(skip.path): cannot read: \(skip.detail)", keepingLineBreaks: false))
        }
      }
    }
    return scan
  }

  /// Why a folder walk passes over a regular file named `name`, or nil to read it.
  static func skipReason(_ name: String) -> SkippedFile.Reason? {
    if name.hasPrefix(".") { return .hidden }
    if skippedNames.contains(name.lowercased()) { return .readme }
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex,
      extensions.contains(name[name.index(after: dot)...].lowercased())
    else { return .unsupportedType }
    return nil
  }

  static func isSubmissionName(_ name: String) -> Bool {
    skipReason(name) == nil
  }
}

/// A folder's device and inode: a folder reached twice through links is walked once.
struct FolderID: Hashable, Sendable {
  var device: UInt64
  var inode: UInt64

  init(device: UInt64, inode: UInt64) {
    self.device = device
    self.inode = inode
  }

  /// The id of what `path` leads to (links followed), or nil when it does not exist.
  init?(path: String) {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    self.init(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
  }
}

/// Lists a folder's entries: the system's `opendir`/`readdir`, or a stand-in in tests (a
/// folder that cannot be opened cannot be made as root).
struct FolderLister: Sendable {
  /// One entry: its name and `d_type` (`DT_UNKNOWN` when the file system does not say).
  typealias Entry = (name: String, type: UInt8)
  var list: @Sendable (String) -> Result<[Entry], FolderError>

  struct FolderError: Error, Equatable {
    var reason: String
  }

  static let system = FolderLister { folder in
    guard let handle = opendir(folder) else {
      return .failure(FolderError(reason: String(cString: strerror(errno))))
    }
    defer { closedir(handle) }
    var entries: [Entry] = []
    while let entry = readdir(handle) {
      let name = withUnsafePointer(to: &entry.pointee.d_name) {
        String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
      }
      if name == "." || name == ".." { continue }
      entries.append((name, entry.pointee.d_type))
    }
    return .success(entries)
  }
}
