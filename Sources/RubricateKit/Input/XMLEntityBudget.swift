/// Bounds what a document's own DTD can make an XML parser do, checked before parsing.
///
/// WordPress never writes a DTD. A hostile file can declare an internal entity and reference it
/// many times ("flat" expansion: one 200 KB entity referenced 200,000 times is 40 GB of text
/// from an 800 KB file) or nest entities ("billion laughs"); the parser would spend minutes.
/// Entities declared in the internal subset may hold at most ``declaredLimit`` bytes in all,
/// and all references together may expand to at most ``expandedLimit`` bytes, counting nested
/// references; a cycle is refused. One pass over the bytes, so the check takes linear time.
enum XMLEntityBudget {
  static let declaredLimit = 4_096
  static let expandedLimit = 1 << 20

  /// Why the document must not be parsed, or nil when it is within the budget.
  static func violation(in text: String) -> String? {
    let bytes = Array(text.utf8)
    guard let doctype = find(Array("<!DOCTYPE".utf8), in: bytes, from: 0) else { return nil }
    var scanner = Scanner(bytes: bytes, offset: doctype + 9)
    guard let (entities, end) = scanner.internalSubset() else { return nil }
    if entities.isEmpty { return nil }
    let declared = entities.values.reduce(0) { $0 + $1.count }
    if declared > declaredLimit {
      return
        "its DTD declares \(declared) bytes of entities (the limit is \(declaredLimit)); WordPress exports have none"
    }
    var sizes: [String: Int] = [:]
    var visiting: Set<String> = []
    func size(_ name: String) -> Int? {
      if let known = sizes[name] { return known }
      guard let value = entities[name], visiting.insert(name).inserted else { return nil }
      defer { visiting.remove(name) }
      var total = 0
      for reference in references(in: value, offset: 0) {
        guard entities[reference] != nil else { continue }
        guard let inner = size(reference) else { return nil }
        total += inner
        if total > expandedLimit { break }
      }
      total += value.count
      sizes[name] = total
      return total
    }
    var expanded = 0
    for reference in references(in: bytes, offset: end) where entities[reference] != nil {
      guard let one = size(reference) else {
        return "its DTD declares entities that refer to themselves"
      }
      expanded += one
      if expanded > expandedLimit {
        return
          "its entities would expand to more than \(expandedLimit >> 20) MB; WordPress exports have none"
      }
    }
    return nil
  }

  /// The names of `&name;` references in `bytes` from `offset`.
  static func references(in bytes: [UInt8], offset: Int) -> [String] {
    var names: [String] = []
    var index = offset
    while index < bytes.count {
      if bytes[index] == 0x26 {
        var end = index + 1
        while end < bytes.count, end - index < 64, isNameByte(bytes[end]) { end += 1 }
        if end < bytes.count, bytes[end] == 0x3B, end > index + 1 {
          names.append(String(decoding: bytes[(index + 1)..<end], as: UTF8.self))
          index = end
        }
      }
      index += 1
    }
    return names
  }

  static func isNameByte(_ byte: UInt8) -> Bool {
    (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
      || byte == 0x5F || byte == 0x2D || byte == 0x2E || byte == 0x3A || byte >= 0x80
  }

  static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
    guard needle.count <= bytes.count else { return nil }
    var index = start
    while index + needle.count <= bytes.count {
      if bytes[index] == needle[0], bytes[index..<(index + needle.count)].elementsEqual(needle) {
        return index
      }
      index += 1
    }
    return nil
  }

  /// Reads a DOCTYPE's internal subset: general entities with literal values, by name.
  struct Scanner {
    let bytes: [UInt8]
    var offset: Int

    /// The entities and the offset just after the subset, or nil when there is no subset.
    mutating func internalSubset() -> ([String: [UInt8]], Int)? {
      while offset < bytes.count, bytes[offset] != 0x5B {
        if bytes[offset] == 0x3E { return nil }
        if bytes[offset] == 0x22 || bytes[offset] == 0x27 { _ = quoted() } else { offset += 1 }
      }
      offset += 1
      var entities: [String: [UInt8]] = [:]
      while offset < bytes.count {
        if bytes[offset] == 0x5D { return (entities, offset + 1) }
        if starts(with: "<!--") {
          offset =
            XMLEntityBudget.find(Array("-->".utf8), in: bytes, from: offset).map { $0 + 3 }
            ?? bytes.count
        } else if starts(with: "<!ENTITY") {
          offset += 8
          skipSpace()
          let parameter = offset < bytes.count && bytes[offset] == 0x25
          if parameter {
            offset += 1
            skipSpace()
          }
          let nameStart = offset
          while offset < bytes.count, XMLEntityBudget.isNameByte(bytes[offset]) { offset += 1 }
          let name = String(decoding: bytes[nameStart..<offset], as: UTF8.self)
          skipSpace()
          if let value = quoted() {
            // Parameter entities count against the budget too, under a name no text can use.
            entities[parameter ? "%" + name : name] = value
          }
          skipToDeclarationEnd()
        } else if bytes[offset] == 0x3C {
          skipToDeclarationEnd()
        } else {
          offset += 1
        }
      }
      return (entities, bytes.count)
    }

    func starts(with text: String) -> Bool {
      let needle = Array(text.utf8)
      return offset + needle.count <= bytes.count
        && bytes[offset..<(offset + needle.count)].elementsEqual(needle)
    }

    mutating func skipSpace() {
      while offset < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[offset]) { offset += 1 }
    }

    /// A quoted literal's bytes (the offset moves past it), or nil when none starts here.
    mutating func quoted() -> [UInt8]? {
      guard offset < bytes.count, bytes[offset] == 0x22 || bytes[offset] == 0x27 else { return nil }
      let quote = bytes[offset]
      let start = offset + 1
      offset = start
      while offset < bytes.count, bytes[offset] != quote { offset += 1 }
      let value = Array(bytes[start..<min(offset, bytes.count)])
      offset += 1
      return value
    }

    mutating func skipToDeclarationEnd() {
      while offset < bytes.count, bytes[offset] != 0x3E {
        if bytes[offset] == 0x22 || bytes[offset] == 0x27 { _ = quoted() } else { offset += 1 }
      }
      offset += 1
    }
  }
}
