import Foundation

/// Writes report files into one folder, each to a temporary name first and then renamed into
/// place, so an interrupted run never leaves a truncated report behind.
struct OutputDirectory {
  let url: URL

  init(path: String) throws {
    url = URL(fileURLWithPath: path, isDirectory: true)
    do {
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    } catch {
      throw CommandError.message(
        "\(path): cannot create the output folder: \((error as NSError).localizedDescription)")
    }
  }

  /// Writes `text` to `name` atomically. `name` must be a plain file name (no separators).
  func write(_ text: String, to name: String) throws {
    precondition(!name.contains("/") && name != ".." && !name.isEmpty, "unsafe file name")
    let target = url.appendingPathComponent(name)
    let temporary = url.appendingPathComponent(".\(name).\(getpid()).partial")
    do {
      try Data(text.utf8).write(to: temporary)
      if rename(temporary.path, target.path) != 0 {
        throw CommandError.message(String(cString: strerror(errno)))
      }
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw CommandError.message(
        "\(target.path): cannot write: \((error as NSError).localizedDescription)")
    }
  }
}
