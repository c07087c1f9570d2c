import Foundation

/// RFC 4180 CSV, the one writer every CSV file goes through: fields quoted only when they must be
/// (so empty cells stay unquoted), and text that a spreadsheet would run as a formula made inert.
///
/// Both rules work on bytes (Unicode scalars), never on `Character`s: a quote followed by a
/// combining mark (`"` + U+0301) is one grapheme cluster but still a quote that must be doubled,
/// or the cell would end early and the rest spill into cells of its own.
///
/// Formula guard (OWASP, "CSV Injection"): a cell starting with `=`, `+`, `-`, `@`, tab or
/// carriage return gets a leading `'` and is quoted, so Excel, LibreOffice and Numbers show it as
/// text. Two kinds of cell are left alone because no spreadsheet runs them: a plain number
/// (`-3`, `+2.5`, `-0.75`: digits with at most one `.`, after one sign) and a lone `-` or `+`
/// (Moodle's "no grade"). Guarding is idempotent: a guarded cell starts with `'`.
public enum CSV {
  /// One record as a line (without the line break).
  public static func line(_ fields: [String]) -> String {
    var bytes: [UInt8] = []
    append(fields, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// A whole file: records joined by CRLF-free `\n` line ends, ending with a line break.
  /// Written as UTF-8 into one buffer: a class of 2,000 made 60,000 cell strings and joined
  /// them twice.
  public static func document(_ records: [[String]]) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(records.count * 64)
    for (index, record) in records.enumerated() {
      if index > 0 { bytes.append(0x0A) }
      append(record, to: &bytes)
    }
    bytes.append(0x0A)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// One cell as written: formula-guarded, then quoted when it holds `,`, `"`, CR or LF.
  public static func escape(_ field: String) -> String {
    var bytes: [UInt8] = []
    append(field, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// `fields` as one line (no line break), each cell as ``escape(_:)`` writes it.
  static func append(_ fields: [String], to bytes: inout [UInt8]) {
    for (index, field) in fields.enumerated() {
      if index > 0 { bytes.append(0x2C) }
      append(field, to: &bytes)
    }
  }

  /// ``escape(_:)`` of `field`, appended.
  static func append(_ field: String, to bytes: inout [UInt8]) {
    var guarded = guardFormula(field)
    let wasGuarded = guarded.utf8.count != field.utf8.count
    guarded.withUTF8 { utf8 in
      let needsQuotes =
        wasGuarded || utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
      guard needsQuotes else {
        bytes.append(contentsOf: utf8)
        return
      }
      bytes.append(0x22)
      for byte in utf8 {
        bytes.append(byte)
        if byte == 0x22 { bytes.append(0x22) }
      }
      bytes.append(0x22)
    }
  }

  /// `text` with a leading `'` when a spreadsheet would read it as a formula (see the type's
  /// documentation for the rule and its two exceptions).
  public static func guardFormula(_ text: String) -> String {
    guard let first = text.utf8.first,
      first == 0x3D || first == 0x2B || first == 0x2D || first == 0x40 || first == 0x09
        || first == 0x0D
    else { return text }
    if text.utf8.count == 1, first == 0x2B || first == 0x2D { return text }
    if isPlainNumber(text) { return text }
    return "'" + text
  }

  /// Undoes ``guardFormula(_:)``: a cell that is `'` followed by a formula trigger loses the `'`.
  public static func unguardFormula(_ text: String) -> String {
    let bytes = Array(text.utf8.prefix(2))
    guard bytes.count == 2, bytes[0] == 0x27,
      [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D].contains(bytes[1])
    else { return text }
    return String(text.dropFirst())
  }

  /// An optional sign, digits, and at most one `.` followed by digits: `-3`, `+2.5`.
  static func isPlainNumber(_ text: String) -> Bool {
    var digits = 0
    var seenPoint = false
    var afterPoint = 0
    for (index, byte) in text.utf8.enumerated() {
      if index == 0, byte == 0x2B || byte == 0x2D { continue }
      switch byte {
      case 0x30...0x39:
        digits += 1
        if seenPoint { afterPoint += 1 }
      case 0x2E where !seenPoint && digits > 0: seenPoint = true
      default: return false
      }
    }
    return digits > 0 && (!seenPoint || afterPoint > 0)
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
