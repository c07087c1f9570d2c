import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The posts and comments of a WordPress export (WXR), as parsed from its XML.
struct WXRExport: Sendable, Equatable {
  struct Item: Sendable, Equatable {
    var id = ""
    var title = ""
    var creator = ""
    var content = ""
    var date = ""
    var postDate = ""
    var status = ""
    var type = ""
    var comments: [Comment] = []
    /// Where the `<title>` and `<content:encoded>` elements are in the export.
    var titlePlace: XMLSourceAlignment.Place?
    var contentPlace: XMLSourceAlignment.Place?
  }

  struct Comment: Sendable, Equatable {
    var id = ""
    var author = ""
    var date = ""
    var content = ""
    var approved = ""
    var type = ""
    var parent = ""
    /// Where the `<wp:comment_content>` element is in the export.
    var contentPlace: XMLSourceAlignment.Place?
  }

  var items: [Item] = []
  /// Login → display name, from the channel's `wp:author` entries.
  var displayNames: [String: String] = [:]

  /// Namespace URIs of WordPress's export elements start with this (any version: 1.0–1.2).
  static let wordpressNamespace = "http://wordpress.org/export/"

  /// Parses the export; throws a one-line error for XML that is not well formed.
  static func parse(_ text: String, file: String) throws -> WXRExport {
    if let violation = XMLEntityBudget.violation(in: text) {
      throw InputError.malformed(
        file: file, place: "1", reason: "WordPress export refused: \(violation)")
    }
    let cleaned = stripControlCharacters(text)
    let parser = XMLParser(data: Data(cleaned.utf8))
    let delegate = WXRParserDelegate()
    parser.delegate = delegate
    parser.shouldProcessNamespaces = true
    parser.shouldResolveExternalEntities = false
    let parsed = parser.parse()
    if !parsed || !delegate.documentClosed {
      let line = parser.lineNumber
      let reason =
        parsed
        ? "it ends before </\(delegate.rootName)>"
        : parser.parserError.map { describe($0) } ?? "XML error"
      throw InputError.malformed(
        file: file, place: "\(line)",
        reason: "WordPress export is not well-formed XML (\(reason)); is the file truncated?")
    }
    guard delegate.sawWordPressNamespace else {
      throw InputError.malformed(
        file: file, place: "1",
        reason: "not a WordPress export (no wp: elements); use --input-format text or html")
    }
    return delegate.export
  }

  static func describe(_ error: Error) -> String {
    let nsError = error as NSError
    return "XML error \(nsError.code)"
  }

  /// Removes C0 controls other than tab and line breaks, which XML 1.0 forbids and real exports
  /// contain (pasted from Word, or left by plugins).
  static func stripControlCharacters(_ text: String) -> String {
    // Nearly every export has none: one pass over its bytes says so (U+FFFE and U+FFFF are
    // EF BF BE and EF BF BF), and the text is returned as it is.
    var clean = true
    var copy = text
    copy.withUTF8 { bytes in
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D
          || byte == 0xEF && index + 2 < bytes.count && bytes[index + 1] == 0xBF
            && (bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF)
        {
          clean = false
          return
        }
        index += 1
      }
    }
    if clean { return text }
    var kept: [Unicode.Scalar] = []
    kept.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D { continue }
      if value == 0xFFFE || value == 0xFFFF { continue }
      kept.append(scalar)
    }
    return Document.string(from: kept[...])
  }
}

/// Collects items, comments and authors from XMLParser's callbacks.
final class WXRParserDelegate: NSObject, XMLParserDelegate {
  var export = WXRExport()
  var sawWordPressNamespace = false
  var item: WXRExport.Item?
  var comment: WXRExport.Comment?
  var authorLogin = ""
  var authorDisplay = ""
  var inAuthor = false
  var buffer = ""
  /// Open elements; the document is complete only when the root element has closed.
  var depth = 0
  var documentClosed = false
  var rootName = "rss"

  func isWordPress(_ namespace: String?) -> Bool {
    guard let namespace, namespace.hasPrefix(WXRExport.wordpressNamespace) else { return false }
    sawWordPressNamespace = true
    return true
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
  ) {
    buffer = ""
    if depth == 0 { rootName = qName ?? elementName }
    depth += 1
    let wordpress = isWordPress(namespaceURI)
    let place = XMLSourceAlignment.Place(name: qName ?? elementName, line: parser.lineNumber)
    switch (wordpress, elementName) {
    case (false, "item"): item = WXRExport.Item()
    case (false, "title") where (namespaceURI ?? "").isEmpty: item?.titlePlace = place
    case (false, "encoded") where (namespaceURI ?? "").contains("purl.org/rss/1.0/modules/content"):
      item?.contentPlace = place
    case (true, "comment_content"): comment?.contentPlace = place
    case (true, "comment"): if item != nil { comment = WXRExport.Comment() }
    case (true, "author"):
      inAuthor = true
      authorLogin = ""
      authorDisplay = ""
    default: break
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) { buffer += string }

  func parser(_ parser: XMLParser, foundCDATA block: Data) {
    buffer += String(decoding: block, as: UTF8.self)
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?
  ) {
    let value = buffer
    buffer = ""
    depth -= 1
    if depth == 0 { documentClosed = true }
    let wordpress = isWordPress(namespaceURI)
    let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
    if wordpress && inAuthor {
      switch elementName {
      case "author_login": authorLogin = trimmed
      case "author_display_name": authorDisplay = trimmed
      case "author":
        inAuthor = false
        if !authorLogin.isEmpty, !authorDisplay.isEmpty {
          export.displayNames[authorLogin] = authorDisplay
        }
      default: break
      }
      return
    }
    if comment != nil, wordpress {
      switch elementName {
      case "comment_id": comment?.id = trimmed
      case "comment_author": comment?.author = trimmed
      case "comment_date": comment?.date = trimmed
      case "comment_content": comment?.content = value
      case "comment_approved": comment?.approved = trimmed
      case "comment_type": comment?.type = trimmed
      case "comment_parent": comment?.parent = trimmed
      case "comment":
        if let finished = comment { item?.comments.append(finished) }
        comment = nil
      default: break
      }
      return
    }
    guard item != nil else { return }
    if wordpress {
      switch elementName {
      case "post_id": item?.id = trimmed
      case "post_date": item?.postDate = trimmed
      case "status": item?.status = trimmed
      case "post_type": item?.type = trimmed
      default: break
      }
      return
    }
    switch (namespaceURI ?? "", elementName) {
    case ("", "title"): item?.title = trimmed
    case ("", "pubDate"): item?.date = trimmed
    case (let namespace, "creator") where namespace.contains("purl.org/dc"): item?.creator = trimmed
    case (let namespace, "encoded") where namespace.contains("purl.org/rss/1.0/modules/content"):
      item?.content = value
    case ("", "item"):
      if let finished = item { export.items.append(finished) }
      item = nil
    default: break
    }
  }
}
