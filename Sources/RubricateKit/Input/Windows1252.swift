/// The Windows-1252 code page ("ANSI" text saved by Word and Notepad on Western systems).
enum Windows1252 {
  /// Unicode code points for bytes 0x80–0x9F, from the Unicode Consortium's mapping file
  /// `MAPPINGS/VENDORS/MICSFT/WINDOWS/CP1252.TXT`. The five bytes Microsoft leaves undefined
  /// (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 control of the same value, as browsers do.
  static let high: [UInt32] = [
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
  ]

  /// Whether a byte has no character in Windows-1252.
  static func isUndefined(_ byte: UInt8) -> Bool {
    byte == 0x81 || byte == 0x8D || byte == 0x8F || byte == 0x90 || byte == 0x9D
  }

  /// The scalar a byte stands for; bytes outside 0x80–0x9F are ISO 8859-1.
  static func scalar(_ byte: UInt8) -> Unicode.Scalar {
    let value = (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
    return Unicode.Scalar(value) ?? "\u{FFFD}"
  }

  /// Decodes every byte (never fails).
  static func decode(_ bytes: [UInt8]) -> String {
    var view = String.UnicodeScalarView()
    view.reserveCapacity(bytes.count)
    for byte in bytes { view.append(scalar(byte)) }
    return String(view)
  }
}
