/// The text of a word-processor document (`.docx`, `.odt`): its blocks and links, with the
/// notes appended after the body, and the title and author its properties give.
struct OfficeText: Sendable, Equatable {
  var derived: DerivedText
  /// The index in `derived.blocks` where the notes section (its heading first) starts;
  /// `derived.blocks.count` when there are no notes.
  var notesStart: Int
  var title: String?
  var author: String?

  /// The heading of the appended notes section.
  static let notesHeading = "Notes"
  /// How a footnote or endnote is marked in the text and in the notes section (`[1]`).
  static func noteMark(_ number: Int) -> String { "[\(number)]" }

  /// Namespace URIs of the two formats, and the prefix reported for each.
  static let prefixes: [String: String] = [
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "w",
    "http://purl.oclc.org/ooxml/wordprocessingml/main": "w",
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships": "r",
    "http://purl.oclc.org/ooxml/officeDocument/relationships": "r",
    "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
    "http://schemas.openxmlformats.org/package/2006/relationships": "rel",
    "http://purl.org/dc/elements/1.1/": "dc",
    "urn:oasis:names:tc:opendocument:xmlns:office:1.0": "office",
    "urn:oasis:names:tc:opendocument:xmlns:text:1.0": "text",
    "urn:oasis:names:tc:opendocument:xmlns:style:1.0": "style",
    "urn:oasis:names:tc:opendocument:xmlns:meta:1.0": "meta",
    "urn:oasis:names:tc:opendocument:xmlns:table:1.0": "table",
    "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0": "draw",
    "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0": "svg",
    "http://www.w3.org/1999/xlink": "xlink",
  ]

  /// The text content of every element called `name` in `events`, white space collapsed.
  static func firstText(of name: String, in events: [XMLEvent]) -> String? {
    var inside = 0
    var text = ""
    for event in events {
      switch event {
      case .start(let element, _):
        if element == name || inside > 0 { inside += 1 }
      case .end:
        if inside > 0 {
          inside -= 1
          if inside == 0 {
            let cleaned = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            if !cleaned.isEmpty { return cleaned }
            text = ""
          }
        }
      case .text(let chunk):
        if inside > 0 { text += chunk }
      }
    }
    return nil
  }
}

/// How a body walker skips whole elements (deletions, comments, fallbacks) and keeps track
/// of nested paragraphs.
struct SkipDepth {
  var depth = 0

  var isSkipping: Bool { depth > 0 }

  /// Call at every start tag: returns true while inside a skipped element.
  mutating func enter(skipping: Bool) -> Bool {
    if depth > 0 || skipping {
      depth += 1
      return true
    }
    return false
  }

  /// Call at every end tag: returns true if the end belongs to a skipped element.
  mutating func leave() -> Bool {
    guard depth > 0 else { return false }
    depth -= 1
    return true
  }
}

extension TextBuilder {
  /// Appends a run of a Word or OpenDocument body, led by a note's `[n]` marker when the run
  /// is the first of a footnote or endnote (both readers number notes the same way).
  mutating func appendRun(_ text: String, notePrefix: inout String?) {
    if let prefix = notePrefix {
      append(contentsOf: prefix.unicodeScalars)
      append(" ")
      notePrefix = nil
    }
    append(contentsOf: text.unicodeScalars)
  }
}
