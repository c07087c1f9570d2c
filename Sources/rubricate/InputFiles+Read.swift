import Foundation
import RubricateKit

extension InputFiles {
  /// Reads a file's bytes (standard input for `-`), never more than `limit` bytes: the limit is
  /// enforced while reading, so `/dev/zero` or an endless pipe stops at it. A FIFO, socket or
  /// device named as a file is refused before it is opened (opening a FIFO blocks until a
  /// writer comes; a device can be endless).
  static func read(_ file: InputFile, limit: Int = Pipeline.maximumBytes) throws -> [UInt8] {
    if file.path == "-" {
      return try readBounded(descriptor: 0, file: file, limit: limit, expected: 0)
    }
    var status = stat()
    guard stat(file.path, &status) == 0 else {
      throw CommandError.unreadable(file.path, String(cString: strerror(errno)))
    }
    switch status.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFDIR: throw CommandError.message("\(file.path): is a folder, not a file")
    default:
      throw CommandError.message(
        "\(file.path): not a regular file (a FIFO, socket or device); save the submission to a file first"
      )
    }
    if Int(status.st_size) > limit { throw tooLarge(file, size: Int(status.st_size), limit: limit) }
    // POSIX reads: Data(contentsOf:) also resolves the working folder and lists extended
    // attributes for every file, which showed in a class-sized batch. O_NONBLOCK: should the
    // file have been swapped for a FIFO since the check, opening it does not hang.
    let descriptor = open(file.path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else {
      throw CommandError.unreadable(file.path, String(cString: strerror(errno)))
    }
    defer { close(descriptor) }
    var opened = stat()
    guard fstat(descriptor, &opened) == 0, opened.st_mode & S_IFMT == S_IFREG else {
      throw CommandError.message("\(file.path): not a regular file (a FIFO, socket or device)")
    }
    return try readBounded(
      descriptor: descriptor, file: file, limit: limit, expected: Int(opened.st_size))
  }

  /// Reads until end of file in chunks, failing as soon as more than `limit` bytes arrive.
  static func readBounded(descriptor: Int32, file: InputFile, limit: Int, expected: Int) throws
    -> [UInt8]
  {
    let chunk = 1 << 16
    var bytes = [UInt8](repeating: 0, count: min(max(expected, 0), limit) + 1)
    var count = 0
    while true {
      if count == bytes.count {
        if count > limit { throw tooLarge(file, size: count, limit: limit, atLeast: true) }
        bytes += [UInt8](repeating: 0, count: min(max(bytes.count, chunk), limit + 1 - count))
      }
      let read = bytes.withUnsafeMutableBytes { buffer in
        Foundation.read(descriptor, buffer.baseAddress.map { $0 + count }, buffer.count - count)
      }
      if read < 0 {
        if errno == EINTR { continue }
        if errno == EAGAIN {  // a non-blocking descriptor with nothing yet
          var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
          _ = poll(&poller, 1, -1)
          continue
        }
        throw CommandError.unreadable(file.path, String(cString: strerror(errno)))
      }
      if read == 0 { break }
      count += read
      if count > limit { throw tooLarge(file, size: count, limit: limit, atLeast: true) }
    }
    bytes.removeSubrange(count...)
    return bytes
  }

  static func tooLarge(_ file: InputFile, size: Int, limit: Int, atLeast: Bool = false)
    -> CommandError
  {
    let megabytes = { (bytes: Int) in (bytes + (1 << 20) - 1) >> 20 }
    let shown = file.path == "-" ? "standard input" : file.path
    let measured = atLeast ? "more than \(megabytes(limit)) MB" : "\(megabytes(size)) MB"
    return CommandError.message(
      "\(shown): too large to be a submission (\(measured); the limit is \(megabytes(limit)) MB)")
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
