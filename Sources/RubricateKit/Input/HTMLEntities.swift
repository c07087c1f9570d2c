/// HTML character references students' pages and WordPress exports actually contain.
///
/// Named entries are the HTML 4 Latin-1, symbol and special sets (W3C HTML 4.01 §24) that
/// word processors and WordPress emit; numeric references are decoded in full.
enum HTMLEntities {
  static let named: [String: UInt32] = [
    "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "nbsp": 0xA0,
    "hellip": 0x2026, "mdash": 0x2014, "ndash": 0x2013, "lsquo": 0x2018, "rsquo": 0x2019,
    "sbquo": 0x201A, "ldquo": 0x201C, "rdquo": 0x201D, "bdquo": 0x201E, "laquo": 0xAB,
    "raquo": 0xBB, "lsaquo": 0x2039, "rsaquo": 0x203A, "bull": 0x2022, "middot": 0xB7,
    "copy": 0xA9, "reg": 0xAE, "trade": 0x2122, "deg": 0xB0, "plusmn": 0xB1, "times": 0xD7,
    "divide": 0xF7, "frac12": 0xBD, "frac14": 0xBC, "frac34": 0xBE, "sect": 0xA7, "para": 0xB6,
    "euro": 0x20AC, "pound": 0xA3, "yen": 0xA5, "cent": 0xA2, "dagger": 0x2020,
    "Dagger": 0x2021, "prime": 0x2032, "Prime": 0x2033, "minus": 0x2212, "shy": 0xAD,
    "ensp": 0x2002, "emsp": 0x2003, "thinsp": 0x2009, "zwnj": 0x200C, "zwj": 0x200D,
    "iexcl": 0xA1, "iquest": 0xBF, "ordf": 0xAA, "ordm": 0xBA, "micro": 0xB5,
    "agrave": 0xE0, "aacute": 0xE1, "acirc": 0xE2, "atilde": 0xE3, "auml": 0xE4, "aring": 0xE5,
    "aelig": 0xE6, "ccedil": 0xE7, "egrave": 0xE8, "eacute": 0xE9, "ecirc": 0xEA, "euml": 0xEB,
    "igrave": 0xEC, "iacute": 0xED, "icirc": 0xEE, "iuml": 0xEF, "ntilde": 0xF1, "ograve": 0xF2,
    "oacute": 0xF3, "ocirc": 0xF4, "otilde": 0xF5, "ouml": 0xF6, "oslash": 0xF8, "ugrave": 0xF9,
    "uacute": 0xFA, "ucirc": 0xFB, "uuml": 0xFC, "yacute": 0xFD, "yuml": 0xFF, "szlig": 0xDF,
    "Agrave": 0xC0, "Aacute": 0xC1, "Acirc": 0xC2, "Atilde": 0xC3, "Auml": 0xC4, "Aring": 0xC5,
    "AElig": 0xC6, "Ccedil": 0xC7, "Egrave": 0xC8, "Eacute": 0xC9, "Ecirc": 0xCA, "Euml": 0xCB,
    "Igrave": 0xCC, "Iacute": 0xCD, "Icirc": 0xCE, "Iuml": 0xCF, "Ntilde": 0xD1, "Ograve": 0xD2,
    "Oacute": 0xD3, "Ocirc": 0xD4, "Otilde": 0xD5, "Ouml": 0xD6, "Oslash": 0xD8, "Ugrave": 0xD9,
    "Uacute": 0xDA, "Ucirc": 0xDB, "Uuml": 0xDC, "Yacute": 0xDD, "oelig": 0x153, "OElig": 0x152,
    "scaron": 0x161, "Scaron": 0x160, "Yuml": 0x178, "fnof": 0x192, "circ": 0x2C6,
    "tilde": 0x2DC, "larr": 0x2190, "rarr": 0x2192, "uarr": 0x2191, "darr": 0x2193,
    "harr": 0x2194, "le": 0x2264, "ge": 0x2265, "ne": 0x2260, "asymp": 0x2248, "infin": 0x221E,
    "alpha": 0x3B1, "beta": 0x3B2, "gamma": 0x3B3, "delta": 0x3B4, "pi": 0x3C0, "sigma": 0x3C3,
    "mu": 0x3BC, "Delta": 0x394, "hearts": 0x2665, "check": 0x2713,
  ]

  /// Longest reference looked at after `&`, so a stray ampersand costs constant time.
  static let maxLength = 32

  /// Decodes the reference starting at `scalars[index]` (an `&`): the scalar and the index
  /// just past the `;`, or nil when it is not a reference.
  static func decode(_ scalars: [Unicode.Scalar], at index: Int) -> (Unicode.Scalar, Int)? {
    var end = index + 1
    let limit = min(scalars.count, index + maxLength)
    while end < limit, scalars[end] != ";" {
      let scalar = scalars[end]
      guard scalar.properties.isAlphabetic || (scalar >= "0" && scalar <= "9") || scalar == "#"
      else { return nil }
      end += 1
    }
    guard end < limit, end > index + 1 else { return nil }
    let name = Document.string(from: scalars[(index + 1)..<end])
    if name.hasPrefix("#") {
      let digits = name.dropFirst()
      let value: UInt32?
      if digits.hasPrefix("x") || digits.hasPrefix("X") {
        value = UInt32(digits.dropFirst(), radix: 16)
      } else {
        value = UInt32(digits, radix: 10)
      }
      guard var code = value else { return nil }
      // Numeric references in the C1 range mean Windows-1252 (HTML5 §13.2.5.80).
      if (0x80...0x9F).contains(code) { code = Windows1252.scalar(UInt8(code)).value }
      guard let scalar = Unicode.Scalar(code), code != 0 else { return ("\u{FFFD}", end + 1) }
      return (scalar, end + 1)
    }
    guard let code = named[name] ?? named[name.lowercased()], let scalar = Unicode.Scalar(code)
    else { return nil }
    return (scalar, end + 1)
  }
}
