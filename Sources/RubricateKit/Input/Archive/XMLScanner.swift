/// One piece of an XML part, as ``XMLScanner`` reports it.
enum XMLEvent: Sendable, Equatable {
  /// An element opens: its name and attributes, prefixes canonicalised.
  case start(String, [String: String])
  case end(String)
  /// Character data with entities decoded.
  case text(String)
}

/// A small tokenizer for the XML parts of Office packages, on UTF-8 bytes, in one linear pass.
///
/// Namespace prefixes are canonicalised: any prefix bound to a URI in `prefixes` is reported
/// as the prefix given there (a document may call WordprocessingML `w:` or `ns0:`). Bindings
/// are taken as they appear and not unbound at the element's end: Office files declare them
/// once on the root. A DTD is refused (OOXML and ODF have none, and entity expansion is how
/// XML bombs work); only the five predefined entities and character references are decoded.
/// Elements nest at most ``maximumDepth`` deep.
struct XMLScanner {
  static let maximumDepth = 1_000

  let bytes: [UInt8]
  /// The part's name, for messages.
  let part: String
  let canonical: [String: String]
  var index = 0
  var depth = 0
  /// Prefix as written → prefix reported.
  var prefixes: [String: String] = [:]
  /// A self-closing element's end, reported on the next call.
  var pendingEnd: String?

  init(bytes: [UInt8], part: String, prefixes canonical: [String: String]) {
    self.bytes = bytes
    self.part = part
    self.canonical = canonical
  }

  /// All events of `bytes`.
  static func events(_ bytes: [UInt8], part: String, prefixes: [String: String]) throws
    -> [XMLEvent]
  {
    var scanner = XMLScanner(bytes: bytes, part: part, prefixes: prefixes)
    var events: [XMLEvent] = []
    while let event = try scanner.next() { events.append(event) }
    return events
  }

  func malformed(_ reason: String) -> ArchiveError {
    ArchiveError.corrupt("\(part): \(reason) at byte \(index)")
  }

  /// The next event, or nil at the end of the part.
  mutating func next() throws -> XMLEvent? {
    if let end = pendingEnd {
      pendingEnd = nil
      depth -= 1
      return .end(end)
    }
    while index < bytes.count {
      guard bytes[index] == UInt8(ascii: "<") else {
        let start = index
        while index < bytes.count, bytes[index] != UInt8(ascii: "<") { index += 1 }
        return .text(try decode(start..<index))
      }
      let next = index + 1 < bytes.count ? bytes[index + 1] : 0
      if next == UInt8(ascii: "?") {
        try skip(past: Array("?>".utf8))
      } else if next == UInt8(ascii: "!") {
        if hasPrefix("<!--") {
          try skip(past: Array("-->".utf8))
        } else if hasPrefix("<![CDATA[") {
          let start = index + 9
          try skip(past: Array("]]>".utf8))
          return .text(String(decoding: bytes[start..<(index - 3)], as: UTF8.self))
        } else {
          throw malformed("a DTD or declaration, which an Office document never has")
        }
      } else if next == UInt8(ascii: "/") {
        index += 2
        let name = readName()
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ">") else {
          throw malformed("an unterminated end tag")
        }
        index += 1
        depth -= 1
        return .end(resolve(name))
      } else {
        return try startTag()
      }
    }
    return nil
  }

  mutating func startTag() throws -> XMLEvent {
    index += 1
    let name = readName()
    guard !name.isEmpty else { throw malformed("a '<' that starts no tag") }
    var attributes: [String: String] = [:]
    var raw: [(String, String)] = []
    while true {
      skipSpace()
      guard index < bytes.count else { throw malformed("an unterminated tag") }
      if bytes[index] == UInt8(ascii: ">") {
        index += 1
        break
      }
      if bytes[index] == UInt8(ascii: "/") {
        guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ">") else {
          throw malformed("a stray '/' in a tag")
        }
        index += 2
        pendingEnd = ""
        break
      }
      let attribute = readName()
      skipSpace()
      guard !attribute.isEmpty, index < bytes.count, bytes[index] == UInt8(ascii: "=") else {
        throw malformed("an attribute without a value")
      }
      index += 1
      skipSpace()
      guard index < bytes.count,
        bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'")
      else { throw malformed("an unquoted attribute value") }
      let quote = bytes[index]
      let start = index + 1
      index = start
      while index < bytes.count, bytes[index] != quote { index += 1 }
      guard index < bytes.count else { throw malformed("an unterminated attribute value") }
      raw.append((attribute, try decode(start..<index)))
      index += 1
    }
    for (attribute, value) in raw where attribute.hasPrefix("xmlns") {
      let prefix = attribute == "xmlns" ? "" : String(attribute.dropFirst(6))
      prefixes[prefix] = canonical[value] ?? prefix
    }
    for (attribute, value) in raw where !attribute.hasPrefix("xmlns") {
      attributes[resolve(attribute, isAttribute: true)] = value
    }
    depth += 1
    guard depth <= Self.maximumDepth else {
      throw malformed("elements nested more than \(Self.maximumDepth) deep")
    }
    let resolved = resolve(name)
    if pendingEnd != nil { pendingEnd = resolved }
    return .start(resolved, attributes)
  }

  /// `name` with its prefix canonicalised; an unprefixed element takes the default namespace.
  func resolve(_ name: String, isAttribute: Bool = false) -> String {
    guard let colon = name.firstIndex(of: ":") else {
      if isAttribute { return name }
      guard let prefix = prefixes[""], !prefix.isEmpty else { return name }
      return prefix + ":" + name
    }
    let prefix = String(name[..<colon])
    guard let mapped = prefixes[prefix], mapped != prefix else { return name }
    return mapped + name[colon...]
  }

  func hasPrefix(_ text: String) -> Bool {
    let utf8 = Array(text.utf8)
    return index + utf8.count <= bytes.count && Array(bytes[index..<(index + utf8.count)]) == utf8
  }

  mutating func skip(past terminator: [UInt8]) throws {
    var at = index + 2
    while at + terminator.count <= bytes.count {
      if bytes[at] == terminator[0], Array(bytes[at..<(at + terminator.count)]) == terminator {
        index = at + terminator.count
        return
      }
      at += 1
    }
    throw malformed("an unterminated comment or instruction")
  }

  mutating func skipSpace() {
    while index < bytes.count,
      bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09
    {
      index += 1
    }
  }

  mutating func readName() -> String {
    let start = index
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == UInt8(ascii: ">")
        || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=")
      {
        break
      }
      index += 1
    }
    return String(decoding: bytes[start..<index], as: UTF8.self)
  }

  /// Decodes `range` as character data: the predefined entities and character references.
  func decode(_ range: Range<Int>) throws -> String {
    guard bytes[range].contains(UInt8(ascii: "&")) else {
      return String(decoding: bytes[range], as: UTF8.self)
    }
    var output: [UInt8] = []
    output.reserveCapacity(range.count)
    var at = range.lowerBound
    while at < range.upperBound {
      let byte = bytes[at]
      guard byte == UInt8(ascii: "&"),
        let semicolon = bytes[at..<min(range.upperBound, at + 12)].firstIndex(of: 0x3B)
      else {
        output.append(byte)
        at += 1
        continue
      }
      let name = String(decoding: bytes[(at + 1)..<semicolon], as: UTF8.self)
      if let scalar = Self.entity(name) {
        output += Array(String(Character(scalar)).utf8)
      } else {
        output += bytes[at...semicolon]
      }
      at = semicolon + 1
    }
    return String(decoding: output, as: UTF8.self)
  }

  static func entity(_ name: String) -> Unicode.Scalar? {
    switch name {
    case "lt": return "<"
    case "gt": return ">"
    case "amp": return "&"
    case "quot": return "\""
    case "apos": return "'"
    default:
      guard name.hasPrefix("#") else { return nil }
      let digits = name.dropFirst()
      let value =
        digits.hasPrefix("x") || digits.hasPrefix("X")
        ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
      return value.flatMap(Unicode.Scalar.init)
    }
  }
}
