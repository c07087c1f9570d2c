import Foundation

/// A person's name reduced to what matching compares: lower-case words without diacritics.
///
/// Matching ignores case and diacritics (`Tomás` = `tomas`, `Chloé` = `chloe`), word order
/// (`Last, First` = `First Last`) and punctuation inside names (`Al-Mansouri` = `al mansouri`).
/// Logins are compared in their compact forms: last name then first (`kowalczykhana`, how
/// Canvas names downloads), first then last (`hanakowalczyk`), and the first initial then the
/// last name (`hkowalczyk`, how WordPress and many schools make logins).
public struct PersonName: Sendable, Equatable, Hashable {
  /// The name's words, folded, in the order written (`Last, First` is turned around).
  public var words: [String]

  /// Reads a written name: `Hana Kowalczyk`, `Kowalczyk, Hana`, `hana.kowalczyk@x.edu`.
  public init(_ written: String) {
    var text = written
    // An e-mail address names its owner by its local part.
    if let at = text.firstIndex(of: "@") { text = String(text[..<at]) }
    let parts = text.split(separator: ",", maxSplits: 1)
    if parts.count == 2 {
      let family = Self.fold(String(parts[0]))
      let given = Self.fold(String(parts[1]))
      words = given + family
    } else {
      words = Self.fold(text)
    }
  }

  /// Whether the name has at least two words (a full name rather than a login).
  public var isFullName: Bool { words.count >= 2 }

  /// Word order ignored: the key two spellings of one full name share.
  public var fullKey: String { words.sorted().joined(separator: " ") }

  /// All words run together: how a login written as one token compares.
  public var compact: String { words.joined() }

  /// The compact forms a login for this person may take (for a full name).
  public var loginForms: Set<String> {
    guard words.count >= 2, let first = words.first, let last = words.last else {
      return [compact]
    }
    var forms: Set<String> = [compact]
    let given = first
    // The family name is everything after the first word (`al mansouri`), or the last word.
    for family in [words.dropFirst().joined(), last] {
      forms.insert(given + family)
      forms.insert(family + given)
      if let initial = given.first { forms.insert(String(initial) + family) }
    }
    return forms
  }

  /// Letters that do not decompose into a base letter and a mark, written as ASCII.
  static let foldedLetters: [Character: String] = [
    "ø": "o", "ł": "l", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ı": "i",
  ]

  /// Lower-case, diacritics removed, split into words at anything not a letter or digit.
  static func fold(_ text: String) -> [String] {
    foldASCII(text) ?? foldUnicode(text)
  }

  /// ``fold(_:)`` of text that is all ASCII, where folding is lower-casing: on bytes. Foundation's
  /// folding was most of the cost of matching a class's file names to students. Nil for other
  /// text.
  static func foldASCII(_ text: String) -> [String]? {
    text.withUTF8Buffer { utf8 in
      var words: [String] = []
      var word: [UInt8] = []
      for byte in utf8 {
        switch byte {
        case 0x80...: return nil
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte + 0x20)
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
          word.append(byte)
        case UInt8(ascii: "'"): continue  // O'Brien is one word
        default:
          if !word.isEmpty {
            words.append(String(decoding: word, as: UTF8.self))
            word.removeAll(keepingCapacity: true)
          }
        }
      }
      if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
      return words
    }
  }

  /// ``fold(_:)`` of any text, through Foundation's case and diacritic folding.
  static func foldUnicode(_ text: String) -> [String] {
    let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
      .lowercased()
    var words: [String] = []
    var word = ""
    for character in folded {
      if let replacement = foldedLetters[character] {
        word += replacement
      } else if character.isLetter || character.isNumber {
        word.append(character)
      } else if character == "'" || character == "’" {
        continue  // O'Brien is one word
      } else if !word.isEmpty {
        words.append(word)
        word = ""
      }
    }
    if !word.isEmpty { words.append(word) }
    return words
  }

  /// A name written `Last, First` shown as `First Last`; other names unchanged.
  public static func display(_ written: String) -> String {
    let parts = written.split(separator: ",", maxSplits: 1)
    guard parts.count == 2 else { return written.trimmingCharacters(in: .whitespaces) }
    let given = parts[1].trimmingCharacters(in: .whitespaces)
    let family = parts[0].trimmingCharacters(in: .whitespaces)
    return given.isEmpty ? family : "\(given) \(family)"
  }
}
