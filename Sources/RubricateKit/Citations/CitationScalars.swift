import Foundation

/// Character classes and small string helpers shared by the citation code.
///
/// Everything here looks at single scalars (or folds a short string), so callers stay linear.
enum CitationScalars {
  static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

  @inline(__always)
  static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    // ASCII by one comparison (`| 0x20` folds a capital onto its lower-case letter): the
    // attribution scan asks this of every scalar of a body.
    let value = scalar.value
    if value < 0x80 { return (value | 0x20) &- 0x61 < 26 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark, .modifierSymbol, .modifierLetter:
      return true
    default:
      return scalar.properties.isAlphabetic
    }
  }

  static func isUpper(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII ? ("A"..."Z").contains(scalar) : scalar.properties.isUppercase
  }

  static func isLower(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII ? ("a"..."z").contains(scalar) : scalar.properties.isLowercase
  }

  /// White space; ASCII is answered without a property lookup (U+0009–U+000D and U+0020 are
  /// ASCII's White_Space scalars), which every token start used to pay.
  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return scalar == " " || ("\t"..."\r").contains(scalar) }
    return scalar.properties.isWhitespace
  }

  /// Hyphens and dashes that separate page ranges (ASCII hyphen, en and em dashes, minus…).
  static let dashes: Set<Unicode.Scalar> = ["-", "\u{2010}", "\u{2011}", "\u{2012}", "–", "—", "−"]

  static func isDash(_ scalar: Unicode.Scalar) -> Bool { dashes.contains(scalar) }

  /// Opening quotation marks (straight quotes open or close depending on position).
  static let openingQuotes: Set<Unicode.Scalar> = ["“", "\"", "‘", "«", "„", "‹", "‚", "'", "`"]
  static let closingQuotes: Set<Unicode.Scalar> = ["”", "\"", "’", "»", "‹", "›", "“"]

  /// Whether a word-internal scalar joins two letters into one word (`O’Brien`, `Martin-Facklam`).
  static func isWordJoiner(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "'" || scalar == "’" || scalar == "-" || scalar == "\u{2010}"
  }

  /// Lower-cases and strips accents, for comparing names (`Nédellec` = `nedellec`).
  static func fold(_ text: String) -> String {
    text.folding(
      options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
  }

  /// A name reduced to its letters, folded (`O’Brien` → `obrien`, `Martin- Facklam` → `martinfacklam`).
  static func nameKey(_ text: String) -> String {
    var view = String.UnicodeScalarView()
    for scalar in fold(text).unicodeScalars where isLetter(scalar) || isDigit(scalar) {
      view.append(scalar)
    }
    return String(view)
  }

  /// The value of an all-digit scalar run, `nil` when it is not one or is too long.
  static func number(_ scalars: ArraySlice<Unicode.Scalar>) -> Int? {
    guard !scalars.isEmpty, scalars.count <= 9 else { return nil }
    var value = 0
    for scalar in scalars {
      guard isDigit(scalar) else { return nil }
      value = value * 10 + Int(scalar.value - 48)
    }
    return value
  }

  /// Years a bibliography or citation may name (wide enough for reprints of old books).
  static let yearRange = 1400...2099

  /// Trims white space and the given trailing punctuation from a string.
  static func trimmed(_ text: String, trailing: Set<Unicode.Scalar> = [".", ",", ";", ":"])
    -> String
  {
    var scalars = Array(text.unicodeScalars)
    while let last = scalars.last, isSpace(last) || trailing.contains(last) {
      scalars.removeLast()
    }
    var start = 0
    while start < scalars.count, isSpace(scalars[start]) { start += 1 }
    return Document.string(from: scalars[start...])
  }
}
