import Foundation

/// Runs poppler's `pdftotext` on a PDF: the library reads no files and starts no processes,
/// so the command line extracts the text and hands it over.
enum PDFToText {
  /// A PDF that takes longer than this to convert is refused (a damaged or hostile file).
  static let timeout: TimeInterval = 60
  /// Extracted text past this size is refused.
  static let maximumBytes = 32 << 20

  /// The `pdftotext` executable on `PATH`, if there is one.
  static func find(path: String? = ProcessInfo.processInfo.environment["PATH"]) -> String? {
    for folder in (path ?? "").split(separator: ":") where !folder.isEmpty {
      let candidate = String(folder) + "/pdftotext"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  /// The text of the PDF `file` (whose bytes are `bytes`), or a one-line error naming it.
  static func extract(_ file: InputFile, bytes: [UInt8], tool: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    // The bytes go through standard input: the file was read once already, and `-` works the
    // same for standard input as for a path.
    process.arguments = ["-enc", "UTF-8", "-eol", "unix", "-", "-"]
    let input = Pipe()
    let output = Pipe()
    let errors = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    do {
      try process.run()
    } catch {
      throw CommandError.message(
        "\(file.path): cannot run pdftotext: \(error.localizedDescription)")
    }
    let writer = Thread {
      input.fileHandleForWriting.write(Data(bytes))
      try? input.fileHandleForWriting.close()
    }
    writer.start()
    let errorText = PipeReader(errors.fileHandleForReading)
    let timer = DispatchWorkItem { if process.isRunning { process.terminate() } }
    DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: timer)
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    timer.cancel()
    let stderr = String(decoding: errorText.wait(), as: UTF8.self)
    if process.terminationReason == .uncaughtSignal {
      throw CommandError.message(
        "\(file.path): pdftotext took longer than \(Int(timeout)) s; the PDF may be damaged")
    }
    guard process.terminationStatus == 0 else {
      throw CommandError.message("\(file.path): cannot read the PDF: \(reason(stderr))")
    }
    guard data.count <= maximumBytes else {
      throw CommandError.message("\(file.path): the PDF's text is larger than 32 MB")
    }
    let text = String(decoding: data, as: UTF8.self)
    guard text.contains(where: { $0.isLetter }) else {
      throw CommandError.message(
        "\(file.path): the PDF has no text layer (a scan?); run OCR on it or submit the document")
    }
    return text
  }

  /// A short reason from pdftotext's messages.
  static func reason(_ stderr: String) -> String {
    let lines = stderr.split(separator: "\n").map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    if lines.contains(where: { $0.lowercased().contains("password") }) {
      return "it is password-protected (save it again without a password)"
    }
    if lines.contains(where: {
      $0.contains("xref") || $0.contains("trailer") || $0.contains("PDF")
    }) {
      return "it is damaged (\(lines.last ?? "no details")); download it again"
    }
    return lines.last ?? "pdftotext failed without saying why"
  }
}

/// Reads a pipe on another thread, so a process's two outputs drain together.
final class PipeReader: @unchecked Sendable {
  private var data = Data()
  private let done = DispatchSemaphore(value: 0)

  init(_ handle: FileHandle) {
    Thread.detachNewThread { [self] in
      data = handle.readDataToEndOfFile()
      done.signal()
    }
  }

  func wait() -> Data {
    done.wait()
    return data
  }
}
