/// A date (and time) as a page writes it: `14 Mar`, `March 4, 2024`, `March 5, 2024 at 3:07 pm`,
/// `2024-03-04 10:15:00`, `04/03/2024`.
public struct WrittenDate: Sendable, Equatable {
  /// The date as written.
  public var text: String
  /// ISO 8601 (`2024-03-04`, `2024-03-04T15:07`) when day, month and year are all known.
  public var iso: String?
  /// Scalar offsets of ``text`` inside the string it was found in.
  public var range: Range<Int>
  public var hasYear: Bool
  public var hasTime: Bool

  /// The first date in `line`, or nil.
  public static func find(in line: String) -> WrittenDate? {
    // Every shape has a number (a day, a year, a numeric date) and numbers are ASCII digit
    // runs, so a line without a digit holds no date: most prose ends here, untokenised.
    guard line.containsASCIIDigit else { return nil }
    let scalars = Array(line.unicodeScalars)
    let tokens = DateToken.tokenize(scalars)
    var index = 0
    while index < tokens.count {
      if let match = DateMatcher(tokens: tokens, scalars: scalars).match(at: index) {
        return match
      }
      index += 1
    }
    return nil
  }

  /// Whether the whole of `line` (ignoring surrounding punctuation such as `#` or `|`) is a date.
  public static func whole(_ line: String) -> WrittenDate? {
    guard let date = find(in: line) else { return nil }
    let scalars = Array(line.unicodeScalars)
    let before = scalars[..<date.range.lowerBound]
    let after = scalars[date.range.upperBound...]
    let filler: (Unicode.Scalar) -> Bool = {
      $0.properties.isWhitespace || "#|·•-–—,:()[]".unicodeScalars.contains($0)
    }
    return before.allSatisfy(filler) && after.allSatisfy(filler) ? date : nil
  }
}

/// A word, number or punctuation mark of a short line, with its scalar offsets.
struct DateToken: Equatable {
  enum Kind: Equatable {
    case word
    case number
    case mark
  }
  var kind: Kind
  var text: String
  var start: Int
  var end: Int

  static func tokenize(_ scalars: [Unicode.Scalar]) -> [DateToken] {
    var tokens: [DateToken] = []
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      // `isSpace` and `isLetter` answer ASCII without a property lookup (and as the
      // properties do): short lines are tokenised in bulk while a page's shape is decided.
      if scalar.isSpace {
        index += 1
        continue
      }
      let start = index
      let kind: Kind
      if isDigit(scalar) {
        while index < scalars.count, isDigit(scalars[index]) { index += 1 }
        kind = .number
      } else if scalar.isLetter {
        while index < scalars.count, scalars[index].isLetter { index += 1 }
        kind = .word
      } else {
        index += 1
        kind = .mark
      }
      tokens.append(
        DateToken(
          kind: kind, text: Document.string(from: scalars[start..<index]).lowercased(),
          start: start, end: index))
    }
    return tokens
  }

  static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar >= "0" && scalar <= "9" }

  var number: Int? { kind == .number && text.count <= 4 ? Int(text) : nil }
}
