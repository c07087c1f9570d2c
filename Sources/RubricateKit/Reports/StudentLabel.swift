/// How reports name the person behind a submission, and the file their report goes to.
public enum StudentLabel {
  /// The student's name from the LMS, else the author, else the file name.
  public static func name(_ submission: Submission) -> String {
    if let student = submission.student { return student.name }
    if let author = submission.author, !author.isEmpty { return author }
    return submission.document.name.lastNonEmptyPathComponent ?? submission.id
  }

  /// The LMS user id when known.
  public static func userID(_ submission: Submission) -> String {
    submission.student?.userId ?? ""
  }

  /// A file-name stem: who wrote it (the LMS student and id, else the author) and which
  /// submission it is, e.g. `Dmitri-Volkov_class-blog-xml-comment-12`. Letters, digits, `-`
  /// and `_` only, so no path separators, `..` or control characters can get through.
  public static func fileStem(_ submission: Submission) -> String {
    var parts: [String] = []
    if let student = submission.student {
      parts.append(student.name)
      if let id = student.userId ?? student.fileId { parts.append(id) }
      if submission.kind == .comment { parts.append(lastComponent(submission.id)) }
    } else {
      if let author = submission.author, !author.isEmpty { parts.append(author) }
      parts.append(lastComponent(submission.id))
    }
    return truncated(parts.map(safe).joined(separator: "_"), toBytes: maximumStemBytes)
  }

  /// The longest stem in UTF-8 bytes. File systems limit a name to 255 bytes (not characters:
  /// a Chinese character takes 3); the stem leaves room for `-NN` (made unique), `.html` and the
  /// temporary name's `.` and `.<pid>.partial`.
  public static let maximumStemBytes = 200

  /// `text` cut to at most `limit` UTF-8 bytes at a character boundary, with no `-` or `_` left
  /// dangling at the end.
  static func truncated(_ text: String, toBytes limit: Int) -> String {
    guard text.utf8.count > limit else { return text }
    var result = ""
    var bytes = 0
    for character in text {
      let size = character.utf8.count
      if bytes + size > limit { break }
      result.append(character)
      bytes += size
    }
    while result.last == "-" || result.last == "_" { result.removeLast() }
    return result.isEmpty ? "submission" : result
  }

  static func lastComponent(_ id: String) -> String {
    id.lastNonEmptyPathComponent ?? id
  }

  /// Letters (any script), digits, `-` and `_`; runs of anything else become one `-`.
  public static func safe(_ text: String) -> String {
    if let ascii = safeASCII(text) { return ascii }
    var result = ""
    for scalar in text.unicodeScalars {
      let keep =
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_"
        || scalar == "-"
      if keep {
        result.unicodeScalars.append(scalar)
      } else if !result.isEmpty, result.last != "-" {
        result.append("-")
      }
    }
    while result.last == "-" { result.removeLast() }
    // 80 bytes, not characters: three parts and their separators stay under the stem's limit.
    return result.isEmpty ? "submission" : truncated(result, toBytes: 80)
  }

  /// ``safe(_:)`` of ASCII text, on bytes (nil when the text has any other scalar): no
  /// Unicode property look-ups and no grapheme clusters for the names most classes have.
  static func safeASCII(_ text: String) -> String? {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    for byte in text.utf8 {
      guard byte < 0x80 else { return nil }
      switch byte {
      case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x5F, 0x2D: bytes.append(byte)
      default: if let last = bytes.last, last != 0x2D { bytes.append(0x2D) }
      }
    }
    while bytes.last == 0x2D { bytes.removeLast() }
    // As `truncated(_:toBytes:)` cuts: at 80 bytes, then no `-` or `_` left at the end.
    if bytes.count > 80 {
      bytes.removeLast(bytes.count - 80)
      while bytes.last == 0x2D || bytes.last == 0x5F { bytes.removeLast() }
    }
    return bytes.isEmpty ? "submission" : String(decoding: bytes, as: UTF8.self)
  }

  /// Unique stems for a batch, in order: a repeated stem gets `-2`, `-3`, ….
  public static func uniqueStems(_ submissions: [Submission]) -> [String] {
    var used: [String: Int] = [:]
    var taken: Set<String> = []
    return submissions.map { submission in
      let base = fileStem(submission)
      var stem = base
      var counter = used[base, default: 1]
      while taken.contains(stem.lowercased()) {
        counter += 1
        stem = "\(base)-\(counter)"
      }
      used[base] = counter
      taken.insert(stem.lowercased())
      return stem
    }
  }
}
