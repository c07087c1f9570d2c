import Foundation

/// One recursive walk: submission files found (relative to the walk's root) and everything it
/// passed over, with the reason.
///
/// POSIX `readdir`: FileManager's enumerator asked for resource values file by file, which
/// showed in a class-sized batch, and it skipped symbolic links, so a folder of links to
/// submissions graded nothing. Entries are sorted byte-wise by name before anything is done
/// with them, so which of two links to one folder is walked (and so every id and report name)
/// does not depend on the order the file system returns them in.
struct FolderWalker {
  var lister: FolderLister
  var excludedPaths: Set<String> = []
  var excludedFolders: Set<FolderID> = []
  var visited: Set<FolderID> = []
  var found: [String] = []
  var skipped: [SkippedFile] = []

  init(lister: FolderLister) {
    self.lister = lister
  }

  /// Walks `folder` (`shown` is how the user sees it; `relative` its path below the root).
  mutating func walk(_ folder: String, shown: String, relative: String) {
    guard let id = FolderID(path: folder), visited.insert(id).inserted else { return }
    let entries: [FolderLister.Entry]
    switch lister.list(folder) {
    case .success(let listed): entries = listed
    case .failure(let error):
      skipped.append(SkippedFile(path: shown, reason: .unreadable, detail: error.reason))
      return
    }
    let sorted = entries.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
    for (name, type) in sorted {
      let path = folder + "/" + name
      let shownPath = shown + "/" + name
      let relativePath = relative.isEmpty ? name : relative + "/" + name
      if name.hasPrefix(".") {
        skipped.append(SkippedFile(path: shownPath, reason: .hidden))
        continue
      }
      var kind = type
      if kind != UInt8(DT_DIR) && kind != UInt8(DT_REG) {  // a link, or the file system did not say
        var target = stat()
        guard stat(path, &target) == 0 else {
          skipped.append(
            SkippedFile(
              path: shownPath, reason: .unreadable,
              detail: "a link to nothing (\(String(cString: strerror(errno))))"))
          continue
        }
        switch target.st_mode & S_IFMT {
        case S_IFDIR: kind = UInt8(DT_DIR)
        case S_IFREG: kind = UInt8(DT_REG)
        default: kind = UInt8(DT_UNKNOWN)
        }
      }
      if kind == UInt8(DT_DIR) {
        if excludedPaths.contains(path)
          || FolderID(path: path).map(excludedFolders.contains) == true
        {
          skipped.append(SkippedFile(path: shownPath, reason: .reportFolder))
          continue
        }
        walk(path, shown: shownPath, relative: relativePath)
      } else if kind == UInt8(DT_REG) {
        if let reason = InputFiles.skipReason(name) {
          skipped.append(SkippedFile(path: shownPath, reason: reason))
        } else {
          found.append(relativePath)
        }
      } else {
        skipped.append(
          SkippedFile(
            path: shownPath, reason: .specialFile, detail: "a FIFO, socket or device, not a file"))
      }
    }
  }
}
