import Foundation

/// RFC 4180 CSV: fields quoted only when they must be (so empty cells stay unquoted).
public enum CSV {
  /// One record as a line (without the line break).
  public static func line(_ fields: [String]) -> String {
    fields.map(escape).joined(separator: ",")
  }

  /// A whole file: records joined by CRLF-free `\n` line ends, ending with a line break.
  public static func document(_ records: [[String]]) -> String {
    records.map(line).joined(separator: "\n") + "\n"
  }

  public static func escape(_ field: String) -> String {
    // The characters that need quoting are ASCII: look at bytes, not Characters (this runs
    // for every cell of a class's gradebooks and summary).
    let needsQuotes = field.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
    guard needsQuotes else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// Parses CSV text into records. Quoted fields may hold commas, quotes and line breaks.
  /// Throws with the 1-based line of an unterminated quote.
  public static func parse(_ text: String) throws(CSVError) -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = String.UnicodeScalarView()
    var inQuotes = false
    var quoteLine = 0
    var line = 1
    var scalars = Array(text.unicodeScalars)
    if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
    var index = 0
    var fieldStarted = false
    while index < scalars.count {
      let scalar = scalars[index]
      index += 1
      if inQuotes {
        if scalar == "\"" {
          if index < scalars.count, scalars[index] == "\"" {
            field.append("\"")
            index += 1
          } else {
            inQuotes = false
          }
        } else {
          if scalar == "\n" { line += 1 }
          field.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\"" where field.isEmpty:
        inQuotes = true
        quoteLine = line
        fieldStarted = true
      case ",":
        record.append(String(field))
        field = String.UnicodeScalarView()
        fieldStarted = true
      case "\r":
        continue
      case "\n":
        line += 1
        if fieldStarted || !field.isEmpty || !record.isEmpty {
          record.append(String(field))
          records.append(record)
        }
        record = []
        field = String.UnicodeScalarView()
        fieldStarted = false
      default:
        field.append(scalar)
        fieldStarted = true
      }
    }
    if inQuotes { throw CSVError(line: quoteLine, message: "a quoted field is never closed") }
    if fieldStarted || !field.isEmpty || !record.isEmpty {
      record.append(String(field))
      records.append(record)
    }
    return records
  }
}

/// Where a CSV file is malformed.
public struct CSVError: Error, Equatable, Sendable {
  public var line: Int
  public var message: String
}
