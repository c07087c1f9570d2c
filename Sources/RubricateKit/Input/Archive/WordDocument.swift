import Foundation

/// Reads a Word (`.docx`, WordprocessingML) package: the main document part, its footnotes and
/// endnotes, the styles that make a paragraph a heading, title or list item, the hyperlink
/// targets, and the core properties' title and creator.
enum WordDocument {
  static let mainType = "/officeDocument"
  static let corePropertiesType = "/core-properties"

  /// The document's text, or an ``ArchiveError``.
  static func read(_ bytes: [UInt8]) throws -> OfficeText {
    var archive = try ZipArchive(bytes: bytes)
    let packageRelations = try relationships(in: &archive, part: "")
    let main =
      packageRelations.values.first { $0.type.hasSuffix(mainType) }?.target ?? "word/document.xml"
    guard let documentBytes = try archive.contents(of: main) else {
      throw ArchiveError.missingEntry("\(main) (is this a Word document?)")
    }
    let relations = try relationships(in: &archive, part: main)
    var styles: [String: DerivedText.Kind] = [:]
    if let stylesPart = relations.values.first(where: { $0.type.hasSuffix("/styles") }),
      let bytes = try archive.contents(of: stylesPart.target)
    {
      styles = try paragraphStyles(bytes, part: stylesPart.target)
    }
    var notes: [String: [XMLEvent]] = [:]
    for kind in ["footnote", "endnote"] {
      guard let part = relations.values.first(where: { $0.type.hasSuffix("/\(kind)s") }),
        let bytes = try archive.contents(of: part.target)
      else { continue }
      let events = try XMLScanner.events(bytes, part: part.target, prefixes: OfficeText.prefixes)
      notes.merge(noteContents(events, element: "w:\(kind)", kind: kind)) { first, _ in first }
    }
    var walker = WordBodyWalker(styles: styles, relations: relations)
    var scanner = XMLScanner(bytes: documentBytes, part: main, prefixes: OfficeText.prefixes)
    while let event = try scanner.next() { walker.handle(event) }
    var text = walker.finish(notes: notes)
    let coreTarget =
      packageRelations.values.first { $0.type.hasSuffix(corePropertiesType) }?.target
      ?? "docProps/core.xml"
    if let core = try archive.contents(of: coreTarget) {
      let events = try XMLScanner.events(core, part: coreTarget, prefixes: OfficeText.prefixes)
      text.title = OfficeText.firstText(of: "dc:title", in: events)
      text.author = OfficeText.firstText(of: "dc:creator", in: events)
    }
    return text
  }

  /// A package relationship: what a part refers to.
  struct Relation: Sendable, Equatable {
    var type: String
    /// The target part's name inside the archive, or the URL of an external target.
    var target: String
    var external: Bool
  }

  /// The relationships of `part` (`""` for the package), by id, targets resolved to entry names.
  static func relationships(in archive: inout ZipArchive, part: String) throws -> [String:
    Relation]
  {
    let folder = part.split(separator: "/").dropLast().joined(separator: "/")
    let name = part.split(separator: "/").last.map(String.init) ?? ""
    let relsName = (folder.isEmpty ? "" : folder + "/") + "_rels/\(name).rels"
    guard let bytes = try archive.contents(of: relsName) else { return [:] }
    var result: [String: Relation] = [:]
    for event in try XMLScanner.events(bytes, part: relsName, prefixes: OfficeText.prefixes) {
      guard case .start(let element, let attributes) = event, element.hasSuffix("Relationship"),
        let id = attributes["Id"], let target = attributes["Target"]
      else { continue }
      let external = attributes["TargetMode"] == "External"
      result[id] = Relation(
        type: attributes["Type"] ?? "", target: external ? target : resolve(target, in: folder),
        external: external)
    }
    return result
  }

  /// A relative part name resolved against `folder` (`../` climbs, a leading `/` is the root).
  static func resolve(_ target: String, in folder: String) -> String {
    if target.hasPrefix("/") { return String(target.dropFirst()) }
    var parts = folder.split(separator: "/").map(String.init)
    for component in target.split(separator: "/") {
      if component == ".." {
        _ = parts.popLast()
      } else if component != "." {
        parts.append(String(component))
      }
    }
    return parts.joined(separator: "/")
  }

  /// Paragraph style ids that mean a title, a heading or a list item, by name
  /// (`heading 1`, `Title`, `List Bullet`) or by outline level.
  static func paragraphStyles(_ bytes: [UInt8], part: String) throws -> [String:
    DerivedText.Kind]
  {
    var result: [String: DerivedText.Kind] = [:]
    var current: String?
    for event in try XMLScanner.events(bytes, part: part, prefixes: OfficeText.prefixes) {
      guard case .start(let element, let attributes) = event else { continue }
      switch element {
      case "w:style":
        current = attributes["w:type"] == "paragraph" ? attributes["w:styleId"] : nil
        if let id = current, let kind = styleKind(name: id) { result[id] = kind }
      case "w:name":
        if let id = current, let name = attributes["w:val"], let kind = styleKind(name: name) {
          result[id] = kind
        }
      case "w:outlineLvl":
        if let id = current, result[id] == nil,
          let level = attributes["w:val"].flatMap({ Int($0) }),
          level < 9
        {
          result[id] = .heading(level + 1)
        }
      default: break
      }
    }
    return result
  }

  /// What a style name (or id) says about its paragraphs.
  static func styleKind(name: String) -> DerivedText.Kind? {
    let lower = name.lowercased().replacingOccurrences(of: " ", with: "")
    if lower == "title" { return .title }
    if lower.hasPrefix("heading"), let level = Int(lower.dropFirst(7)), (1...9).contains(level) {
      return .heading(level)
    }
    if lower.hasPrefix("list") && !lower.hasPrefix("listtable") { return .listItem }
    return nil
  }

  /// The events inside each real note (separators left out), by note id.
  static func noteContents(_ events: [XMLEvent], element: String, kind: String) -> [String:
    [XMLEvent]]
  {
    var result: [String: [XMLEvent]] = [:]
    var current: String?
    var depth = 0
    for event in events {
      if let id = current {
        if case .start = event { depth += 1 }
        if case .end = event {
          depth -= 1
          if depth == 0 {
            current = nil
            continue
          }
        }
        result[id, default: []].append(event)
      } else if case .start(let name, let attributes) = event, name == element,
        let id = attributes["w:id"], attributes["w:type"] == nil || attributes["w:type"] == "normal"
      {
        current = "\(kind):\(id)"
        depth = 1
        result[current ?? ""] = []
      }
    }
    return result
  }
}
