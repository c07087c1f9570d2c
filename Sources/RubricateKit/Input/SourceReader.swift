import Foundation

/// Reads one file's bytes into the submissions it holds: a post, the comments on a scraped
/// page, or every post and comment of a WordPress export. No file-system access: the caller
/// passes the bytes and the path relative to what the user named (so LMS folders show).
public enum SourceReader {
  /// Decodes `bytes` and returns the submissions in them, in text order.
  public static func read(bytes: [UInt8], name: String, format: InputFormat = .auto) throws
    -> [Submission]
  {
    let student = LMSFileName.student(in: name)
    let binary = binaryFormat(bytes: bytes, name: name, format: format)
    switch binary {
    case .docx, .odt:
      var submission = try office(bytes, name: name, format: binary == .odt ? .odt : .docx)
      submission.student = student
      return [submission]
    case .pdf:
      throw InputError.unreadable(file: name, reason: "install poppler-utils to read PDF")
    default: break
    }
    let text = try TextDecoder.decode(bytes, file: name)
    let chosen = format == .auto ? FormatSniffer.choose(name: name, text: text) : format
    // Derived formats build a new text, so the byte order mark has no offset to keep.
    let markup =
      text.unicodeScalars.first == Document.byteOrderMark
      ? String(String.UnicodeScalarView(text.unicodeScalars.dropFirst())) : text
    var submissions: [Submission]
    switch chosen {
    case .text:
      submissions = [plain(text, name: name)]
    case .auto, .blog:
      submissions = page(text, name: name, forced: chosen == .blog)
    case .markdown:
      submissions = [markdown(markup, name: name)]
    case .html:
      submissions = html(markup, name: name)
    case .wxr:
      submissions = try WXRReader.read(markup, name: name)
    case .docx, .odt, .pdf:
      submissions = []
    }
    if let student, chosen != .wxr {
      // The file's own submission is the student's; comments on a scraped page are not.
      for index in submissions.indices where submissions[index].id == name {
        submissions[index].student = student
      }
    }
    return submissions
  }

  /// The binary format `bytes` are in (a Word, OpenDocument or PDF file), or nil for text:
  /// `format` when it names one, else what the extension and first bytes say. A caller that
  /// can run `pdftotext` checks for `.pdf` here and passes the text to
  /// ``read(pdfText:name:)``.
  public static func binaryFormat(bytes: [UInt8], name: String, format: InputFormat = .auto)
    -> InputFormat?
  {
    switch format {
    case .docx, .odt, .pdf: return format
    case .auto: return FormatSniffer.binaryFormat(name: name, bytes: bytes)
    default: return nil
    }
  }

  /// The whole input as body text: blank-line paragraphs, no title, no segmentation.
  static func plain(_ text: String, name: String) -> Submission {
    let document = Document(name: name, text: text)
    let paragraphs = document.contentParagraphs()
    return Submission(
      id: name, kind: .post, document: document,
      segments: paragraphs.map { Segment(kind: .body, span: $0, rule: "text.paragraph") },
      body: paragraphs)
  }

  /// A plain text file: a scraped blog page when it has that shape (or `forced`), else an essay.
  static func page(_ text: String, name: String, forced: Bool) -> [Submission] {
    let document = Document(name: name, text: text)
    let lines = PageLine.lines(of: document)
    let segmentation =
      forced || BlogPageShape.isBlogPage(lines)
      ? BlogPageSegmenter.segment(document, lines: lines) : EssaySegmenter.segment(document)
    return submissions(from: segmentation, document: document, id: name)
  }

  static func markdown(_ text: String, name: String) -> Submission {
    let result = MarkdownText.extract(text)
    let document = result.derived.document(name: name, source: text.unicodeScalars)
    let segmentation = BlockSegmenter.segment(
      result.derived, document: document, format: "markdown")
    var submission = submissions(
      from: segmentation, document: document, id: name, links: result.derived.links)[0]
    let front = result.frontMatter
    if let author = front["author"] { submission.author = author }
    if let written = front["date"] {
      let date = WrittenDate.find(in: written)
      submission.date = date?.iso
      submission.dateText = written
    }
    if let post = front["post"] {
      submission.kind = .comment
      submission.post = SubmissionLinker.resolve(post, from: name)
      submission.segments = submission.segments.map { segment in
        var segment = segment
        if segment.kind == .body || segment.kind == .listItem { segment.kind = .comment }
        return segment
      }
    }
    return submission
  }

  static func html(_ text: String, name: String) -> [Submission] {
    let result = HTMLText.extract(text)
    let document = result.derived.document(name: name, source: text.unicodeScalars)
    var segmentation: PageSegmentation
    let lines = PageLine.lines(of: document)
    // A post's title marked up by a WordPress theme makes the page a blog page even when the
    // site's header pushes the dateline past where the shape check looks for it.
    if result.headingIsPostTitle || BlogPageShape.isBlogPage(lines) {
      let quotes = result.derived.blocks.filter { $0.kind == .blockquote }.map(\.span)
      let headings = result.derived.blocks.compactMap { block -> Span? in
        if case .heading = block.kind, block.span != result.firstHeading { return block.span }
        return nil
      }
      segmentation = BlogPageSegmenter.segment(
        document, lines: lines, quoteHints: quotes, headingHints: headings,
        titleHint: result.firstHeading, depthHints: result.depths)
    } else {
      segmentation = BlockSegmenter.segment(result.derived, document: document, format: "html")
    }
    if segmentation.title == nil, let title = result.title {
      segmentation.title = title
    }
    return submissions(
      from: segmentation, document: document, id: name, links: result.derived.links)
  }

  /// The post and its comments as submissions sharing `document`.
  static func submissions(
    from page: PageSegmentation, document: Document, id: String, links: [Link] = []
  ) -> [Submission] {
    let commentIds = page.comments.indices.map { "\(id)#c\($0 + 1)" }
    // A post's links are those in its prose, quotes and references (not navigation or bylines).
    let cited = page.body + page.quotes + page.segments.filter { $0.kind == .reference }.map(\.span)
    let postLinks = links.filter { link in cited.contains { $0.contains(link.span) } }
    var result = [
      Submission(
        id: id, kind: .post, document: document, title: page.title, author: page.author,
        date: page.date?.iso, dateText: page.date?.text, segments: page.segments,
        body: page.body, quotes: page.quotes, links: postLinks)
    ]
    for (index, comment) in page.comments.enumerated() {
      result.append(
        Submission(
          id: commentIds[index], kind: .comment, document: document, author: comment.author,
          date: comment.date?.iso, dateText: comment.date?.text, post: id,
          parent: comment.parent.map { commentIds[$0] }, segments: comment.segments,
          body: comment.body,
          links: links.filter { link in comment.body.contains { $0.contains(link.span) } }))
    }
    return result
  }
}
