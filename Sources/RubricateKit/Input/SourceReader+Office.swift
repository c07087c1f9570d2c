import Foundation

extension SourceReader {
  /// Creator names that word processors fill in by themselves: not a person.
  static let placeholderAuthors: Set<String> = [
    "microsoft office user", "windows user", "user", "admin", "administrator", "author",
    "unknown", "python-docx", "apache poi",
  ]

  /// Reads a `.docx` or `.odt` file's bytes into one post.
  static func office(_ bytes: [UInt8], name: String, format: InputFormat) throws -> Submission {
    if bytes.starts(with: FormatSniffer.compoundFileSignature) {
      throw InputError.unreadable(
        file: name,
        reason:
          "a password-protected or Word 97-2003 file; save it as .docx without a password")
    }
    let text: OfficeText
    do {
      text = format == .odt ? try OpenDocument.read(bytes) : try WordDocument.read(bytes)
    } catch let error as ArchiveError {
      throw InputError.unreadable(file: name, reason: error.description)
    }
    return submission(from: text, name: name, format: format.rawValue)
  }

  /// The post of a word-processor document: the body segmented like other markup, the notes
  /// after it, the properties' title and author where the body gives none.
  static func submission(from text: OfficeText, name: String, format: String) -> Submission {
    let document = Document(name: name, text: text.derived.text)
    var main = text.derived
    let notesStart = min(text.notesStart, main.blocks.count)
    main.blocks = Array(main.blocks[..<notesStart])
    var page = BlockSegmenter.segment(main, document: document, format: format)
    if page.title == nil, let title = text.title { page.title = title }
    let notes = text.derived.blocks[notesStart...]
    for (offset, block) in notes.enumerated() {
      page.segments.append(
        offset == 0
          ? Segment(kind: .heading, span: block.span, rule: "\(format).notes-heading")
          : Segment(kind: .note, span: block.span, rule: "\(format).note"))
    }
    page.segments.sort { $0.span < $1.span }
    var submission = submissions(
      from: page, document: document, id: name, links: text.derived.links)[0]
    let noteSpans = notes.map(\.span)
    submission.links += text.derived.links.filter { link in
      noteSpans.contains { $0.contains(link.span) }
    }
    if submission.author == nil, let author = text.author,
      !placeholderAuthors.contains(author.lowercased())
    {
      submission.author = author
    }
    return submission
  }

  /// Reads the text `pdftotext` extracted from a PDF into one post, read like a plain text
  /// file once its layout is undone: page breaks and lines holding only a page number go,
  /// and a paragraph ends where a line stops short (see ``pdfParagraphs(_:)``).
  public static func read(pdfText: String, name: String) -> [Submission] {
    var submissions = page(pdfParagraphs(pdfText), name: name, forced: false)
    if let student = LMSFileName.student(in: name) {
      for index in submissions.indices where submissions[index].id == name {
        submissions[index].student = student
      }
    }
    return submissions
  }

  /// pdftotext writes one line per printed line and no blank line between paragraphs. A line
  /// shorter than 60% of a full line (the 90th percentile of lengths), or shorter than 90%
  /// and ending a sentence, ends its paragraph.
  static func pdfParagraphs(_ text: String) -> String {
    var lines: [Substring] = []
    for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" }) {
      for part in line.split(separator: "\u{0C}", omittingEmptySubsequences: true) {
        let trimmed = part.trimmingCharacters(in: .whitespaces)
        if !trimmed.isEmpty, trimmed.count <= 4, trimmed.allSatisfy(\.isNumber) { continue }
        lines.append(part)
      }
    }
    let lengths = lines.map { $0.unicodeScalars.count }.filter { $0 > 0 }.sorted()
    let full = lengths.isEmpty ? 0 : lengths[lengths.count * 9 / 10]
    var output: [Substring] = []
    for (index, line) in lines.enumerated() {
      output.append(line)
      guard index + 1 < lines.count, !lines[index + 1].isEmpty, !line.isEmpty else { continue }
      let length = line.unicodeScalars.count
      let endsSentence = line.last.map { ".!?:\"”)".contains($0) } ?? false
      if length * 10 < full * 6 || (endsSentence && length * 10 < full * 9) {
        output.append("")
      }
    }
    return output.joined(separator: "\n")
  }
}
