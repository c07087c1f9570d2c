/// A parsed JSON value that remembers where it stood in the file, so rubric errors can name
/// the line of the bad value, not just the JSON path.
public indirect enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([Located])
  /// Members in file order (a rubric's criteria order matters, and so does a duplicate key).
  case object([Member])

  /// A value and the 1-based line and column where it starts.
  public struct Located: Sendable, Equatable {
    public var value: JSONValue
    public var line: Int
    public var column: Int
  }

  /// One `"key": value` pair of an object.
  public struct Member: Sendable, Equatable {
    public var key: String
    public var keyLine: Int
    public var value: Located
  }

  /// A short description of the value's type, for "expected …, found …" messages.
  public var typeName: String {
    switch self {
    case .null: return "null"
    case .bool: return "a boolean"
    case .number: return "a number"
    case .string: return "a string"
    case .array: return "an array"
    case .object: return "an object"
    }
  }

  public subscript(key: String) -> Located? {
    guard case .object(let members) = self else { return nil }
    return members.first { $0.key == key }?.value
  }
}

/// Where a JSON document is malformed.
public struct JSONSyntaxError: Error, Equatable, Sendable {
  public var line: Int
  public var column: Int
  public var message: String
}

/// A small strict JSON parser (RFC 8259) over Unicode scalars, reporting line and column.
public struct JSONParser {
  private let scalars: [Unicode.Scalar]
  private var offset = 0
  private var line = 1
  private var lineStart = 0
  /// Nesting deeper than this is refused rather than risking the stack.
  private let maximumDepth = 200

  public init(text: String) {
    scalars = Array(text.unicodeScalars)
  }

  /// Parses a whole document: one value and nothing after it but white space.
  public mutating func parse() throws(JSONSyntaxError) -> JSONValue.Located {
    if scalars.first == "\u{FEFF}" { offset = 1 }
    let value = try parseValue(depth: 0)
    skipWhitespace()
    if offset < scalars.count {
      throw error("unexpected '\(Character(scalars[offset]))' after the end of the JSON value")
    }
    return value
  }

  private var column: Int { offset - lineStart + 1 }

  private func error(_ message: String) -> JSONSyntaxError {
    JSONSyntaxError(line: line, column: column, message: message)
  }

  private mutating func skipWhitespace() {
    while offset < scalars.count {
      switch scalars[offset] {
      case " ", "\t", "\r":
        offset += 1
      case "\n":
        offset += 1
        line += 1
        lineStart = offset
      default:
        return
      }
    }
  }

  private mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONValue.Located {
    skipWhitespace()
    guard depth < maximumDepth else { throw error("nesting is too deep") }
    guard offset < scalars.count else { throw error("unexpected end of file; expected a value") }
    let startLine = line
    let startColumn = column
    let value: JSONValue
    switch scalars[offset] {
    case "{": value = try parseObject(depth: depth)
    case "[": value = try parseArray(depth: depth)
    case "\"": value = .string(try parseString())
    case "t":
      try expectWord("true")
      value = .bool(true)
    case "f":
      try expectWord("false")
      value = .bool(false)
    case "n":
      try expectWord("null")
      value = .null
    case "-", "0"..."9": value = .number(try parseNumber())
    default:
      throw error("unexpected '\(Character(scalars[offset]))'; expected a value")
    }
    return JSONValue.Located(value: value, line: startLine, column: startColumn)
  }

  private mutating func expectWord(_ word: String) throws(JSONSyntaxError) {
    for expected in word.unicodeScalars {
      guard offset < scalars.count, scalars[offset] == expected else {
        throw error("invalid literal; expected '\(word)'")
      }
      offset += 1
    }
  }

  private mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> JSONValue {
    offset += 1
    var members: [JSONValue.Member] = []
    skipWhitespace()
    if offset < scalars.count, scalars[offset] == "}" {
      offset += 1
      return .object(members)
    }
    while true {
      skipWhitespace()
      guard offset < scalars.count, scalars[offset] == "\"" else {
        throw error(
          offset < scalars.count && scalars[offset] == "}"
            ? "trailing comma before '}'" : "expected a key in double quotes")
      }
      let keyLine = line
      let key = try parseString()
      skipWhitespace()
      guard offset < scalars.count, scalars[offset] == ":" else {
        throw error("expected ':' after key \"\(key)\"")
      }
      offset += 1
      let value = try parseValue(depth: depth + 1)
      members.append(JSONValue.Member(key: key, keyLine: keyLine, value: value))
      skipWhitespace()
      guard offset < scalars.count else { throw error("unexpected end of file; expected '}'") }
      if scalars[offset] == "," {
        offset += 1
        continue
      }
      if scalars[offset] == "}" {
        offset += 1
        return .object(members)
      }
      throw error("expected ',' or '}' after a member")
    }
  }

  private mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> JSONValue {
    offset += 1
    var elements: [JSONValue.Located] = []
    skipWhitespace()
    if offset < scalars.count, scalars[offset] == "]" {
      offset += 1
      return .array(elements)
    }
    while true {
      skipWhitespace()
      if offset < scalars.count, scalars[offset] == "]" { throw error("trailing comma before ']'") }
      elements.append(try parseValue(depth: depth + 1))
      skipWhitespace()
      guard offset < scalars.count else { throw error("unexpected end of file; expected ']'") }
      if scalars[offset] == "," {
        offset += 1
        continue
      }
      if scalars[offset] == "]" {
        offset += 1
        return .array(elements)
      }
      throw error("expected ',' or ']' after an element")
    }
  }

  private mutating func parseString() throws(JSONSyntaxError) -> String {
    offset += 1
    var result = String.UnicodeScalarView()
    while offset < scalars.count {
      let scalar = scalars[offset]
      offset += 1
      switch scalar {
      case "\"":
        return String(result)
      case "\\":
        guard offset < scalars.count else { break }
        let escape = scalars[offset]
        offset += 1
        switch escape {
        case "\"", "\\", "/": result.append(escape)
        case "b": result.append("\u{08}")
        case "f": result.append("\u{0C}")
        case "n": result.append("\n")
        case "r": result.append("\r")
        case "t": result.append("\t")
        case "u":
          var code = try parseHex4()
          if (0xD800..<0xDC00).contains(code), offset + 1 < scalars.count,
            scalars[offset] == "\\", scalars[offset + 1] == "u"
          {
            offset += 2
            let low = try parseHex4()
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
          }
          result.append(Unicode.Scalar(code) ?? "\u{FFFD}")
        default:
          offset -= 1
          throw error("invalid escape '\\\(Character(escape))' in a string")
        }
      case "\n":
        offset -= 1
        throw error("unterminated string (a line break inside quotes)")
      default:
        result.append(scalar)
      }
    }
    throw error("unterminated string")
  }

  private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard offset < scalars.count, let digit = scalars[offset].hexDigitValue else {
        throw error("invalid \\u escape; expected four hex digits")
      }
      value = value * 16 + UInt32(digit)
      offset += 1
    }
    return value
  }

  private mutating func parseNumber() throws(JSONSyntaxError) -> Double {
    let start = offset
    if scalars[offset] == "-" { offset += 1 }
    while offset < scalars.count,
      ("0"..."9").contains(scalars[offset]) || scalars[offset] == "." || scalars[offset] == "e"
        || scalars[offset] == "E" || scalars[offset] == "+" || scalars[offset] == "-"
    {
      offset += 1
    }
    let text = Document.string(from: scalars[start..<offset])
    guard let value = Double(text), value.isFinite else {
      offset = start
      throw error("invalid number '\(text)'")
    }
    return value
  }
}

extension Unicode.Scalar {
  fileprivate var hexDigitValue: Int? {
    switch self {
    case "0"..."9": return Int(value - 48)
    case "a"..."f": return Int(value - 87)
    case "A"..."F": return Int(value - 55)
    default: return nil
    }
  }
}
