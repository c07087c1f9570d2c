import Foundation

/// Reads an OpenDocument text (`.odt`) package: `content.xml`'s body and `meta.xml`'s title
/// and creator.
///
/// Kept: paragraphs and headings (`text:h`, paragraphs styled Title), list items, links,
/// table cells, tracked insertions (which stand in the text). Dropped: tracked deletions
/// (kept apart in `text:tracked-changes`), annotations (comments), generated tables of
/// contents, drawing titles and descriptions. Notes are written where they are cited as
/// `[n]`, and their bodies appended after the text.
enum OpenDocument {
  static let textMimeTypes: Set<String> = [
    "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.text-template",
  ]

  /// The document's text, or an ``ArchiveError``.
  static func read(_ bytes: [UInt8]) throws -> OfficeText {
    var archive = try ZipArchive(bytes: bytes)
    if let mime = try archive.contents(of: "mimetype") {
      let type = String(decoding: mime, as: UTF8.self).trimmingCharacters(in: .whitespaces)
      guard textMimeTypes.contains(type) else {
        throw ArchiveError.unsupported("an OpenDocument file of type \(type), not a text document")
      }
    }
    guard let content = try archive.contents(of: "content.xml") else {
      throw ArchiveError.missingEntry("content.xml (is this an OpenDocument text?)")
    }
    var walker = OpenDocumentWalker()
    var scanner = XMLScanner(bytes: content, part: "content.xml", prefixes: OfficeText.prefixes)
    while let event = try scanner.next() { walker.handle(event) }
    var text = walker.finish()
    if let meta = try archive.contents(of: "meta.xml") {
      let events = try XMLScanner.events(meta, part: "meta.xml", prefixes: OfficeText.prefixes)
      text.title = OfficeText.firstText(of: "dc:title", in: events)
      text.author =
        OfficeText.firstText(of: "dc:creator", in: events)
        ?? OfficeText.firstText(of: "meta:initial-creator", in: events)
    }
    return text
  }
}

/// Turns the events of `content.xml` into derived text, one block per paragraph or heading.
struct OpenDocumentWalker {
  /// Elements whose whole content is left out.
  static let skipped: Set<String> = [
    "text:tracked-changes", "office:annotation", "text:note-citation", "text:sequence-decls",
    "text:variable-decls", "text:table-of-content", "text:illustration-index", "office:forms",
    "svg:title", "svg:desc", "office:meta", "office:font-face-decls", "office:scripts",
  ]

  var builder = TextBuilder()
  var skip = SkipDepth()
  /// Automatic paragraph styles and the named style each derives from.
  var parents: [String: String] = [:]
  var inBody = false
  var kinds: [DerivedText.Kind] = []
  var listDepth = 0
  /// Inside a table row: its cells' paragraphs make one block, cells a space apart.
  var rowDepth = 0
  /// Each cited note's events, in citation order; the note being captured, if any.
  var notes: [[XMLEvent]] = []
  var capture: (depth: Int, events: [XMLEvent])?
  var notePrefix: String?

  mutating func handle(_ event: XMLEvent) {
    if var open = capture {
      if case .start = event { open.depth += 1 }
      if case .end = event { open.depth -= 1 }
      if open.depth == 0 {
        notes.append(open.events)
        capture = nil
      } else {
        open.events.append(event)
        capture = open
      }
      return
    }
    switch event {
    case .start(let name, let attributes):
      if skip.enter(skipping: Self.skipped.contains(name)) { return }
      start(name, attributes)
    case .end(let name):
      if skip.leave() { return }
      switch name {
      case "text:p", "text:h":
        if let kind = kinds.popLast(), rowDepth == 0 { builder.endBlock(kind) }
      case "table:table-cell": builder.append(" ")
      case "table:table-row":
        rowDepth = max(0, rowDepth - 1)
        builder.endBlock(.paragraph)
      case "text:a": builder.closeLink()
      case "text:list-item", "text:list-header": listDepth = max(0, listDepth - 1)
      case "office:text": inBody = false
      default: break
      }
    case .text(let text):
      guard inBody, !kinds.isEmpty, !skip.isSkipping else { return }
      builder.appendRun(text, notePrefix: &notePrefix)
    }
  }

  mutating func start(_ name: String, _ attributes: [String: String]) {
    switch name {
    case "style:style":
      if let style = attributes["style:name"], let parent = attributes["style:parent-style-name"] {
        parents[style] = parent
      }
    case "office:text": inBody = true
    case "table:table-row":
      builder.endBlock(kinds.last ?? .paragraph)
      rowDepth += 1
    case "text:p", "text:h":
      if let open = kinds.last, rowDepth == 0 { builder.endBlock(open) }
      var kind = DerivedText.Kind.paragraph
      if name == "text:h" {
        kind = .heading(
          attributes["text:outline-level"].flatMap { Int($0) }.map { max(1, $0) } ?? 1)
      } else if let style = attributes["text:style-name"],
        Self.isTitle(style) || parents[style].map(Self.isTitle) == true
      {
        kind = .title
      } else if listDepth > 0 {
        kind = .listItem
      }
      kinds.append(kind)
    case "text:list-item", "text:list-header": listDepth += 1
    case "text:s", "text:tab": builder.append(" ")
    case "text:line-break": builder.lineBreak()
    case "text:a":
      let href = attributes["xlink:href"] ?? ""
      builder.openLink(href.hasPrefix("#") ? "" : href)
    case "text:note":
      capture = (1, [])
      builder.append(contentsOf: OfficeText.noteMark(notes.count + 1).unicodeScalars)
    default: break
    }
  }

  static func isTitle(_ style: String) -> Bool { style == "Title" }

  /// Closes the body and appends the notes under a heading.
  mutating func finish() -> OfficeText {
    while let kind = kinds.popLast() { builder.endBlock(kind) }
    let notesStart = builder.output.blocks.count
    if !notes.isEmpty {
      builder.append(contentsOf: OfficeText.notesHeading.unicodeScalars)
      builder.endBlock(.heading(2))
      inBody = true
      for (index, events) in notes.enumerated() {
        notePrefix = OfficeText.noteMark(index + 1)
        skip = SkipDepth()
        listDepth = 0
        for event in events { handle(event) }
        while let kind = kinds.popLast() { builder.endBlock(kind) }
        notePrefix = nil
      }
    }
    return OfficeText(derived: builder.finish(.paragraph), notesStart: notesStart)
  }
}
