/// The words of a sentence as revision matching compares them: lower-cased runs of letters and
/// digits (an apostrophe inside a word kept), read from the UTF-8 bytes with the Unicode
/// property lookup only for non-ASCII scalars, so a class's worth of sentences stays cheap.
enum RevisionWords {
  static func words(_ text: String) -> [String] {
    var words: [String] = []
    var current: [UInt8] = []
    var ascii = true
    func flush() {
      guard !current.isEmpty else { return }
      let word = String(decoding: current, as: UTF8.self)
      words.append(ascii ? word : word.lowercased())
      current.removeAll(keepingCapacity: true)
      ascii = true
    }
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value < 0x80 {
        let byte = UInt8(value)
        switch byte {
        case 0x41...0x5A: current.append(byte | 0x20)
        case 0x61...0x7A, 0x30...0x39: current.append(byte)
        case 0x27 where !current.isEmpty: current.append(byte)
        default: flush()
        }
      } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
        current.append(contentsOf: String(scalar).utf8)
        ascii = false
      } else if value == 0x2019, !current.isEmpty {
        current.append(0x27)  // a curly apostrophe inside a word is the straight one
      } else {
        flush()
      }
    }
    flush()
    // A trailing apostrophe (`students'`) is not part of the word.
    return words.map { $0.hasSuffix("'") ? String($0.dropLast()) : $0 }
  }
}

extension RevisionWords {
  /// A sentence's identity: lower-cased, runs of white space folded to one space, punctuation
  /// kept (a fixed comma is a change the writer made).
  static func key(_ text: String) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    var ascii = true
    for byte in text.utf8 {
      if byte == 0x20 || (0x09...0x0D).contains(byte) {
        pendingSpace = !bytes.isEmpty
        continue
      }
      if pendingSpace {
        bytes.append(0x20)
        pendingSpace = false
      }
      if byte >= 0x80 { ascii = false }
      bytes.append((0x41...0x5A).contains(byte) ? byte | 0x20 : byte)
    }
    let key = String(decoding: bytes, as: UTF8.self)
    return ascii ? key : key.lowercased()
  }
}
