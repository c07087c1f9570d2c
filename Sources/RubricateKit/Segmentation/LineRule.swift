import Foundation

/// A named test on a line's normalised key, for the segmentation tables.
struct LineRule: Sendable {
  enum Match: Sendable {
    case exact(String)
    case prefix(String)
    case suffix(String)
    case contains(String)
  }

  /// Strong rules are widget text nobody writes in prose; weak ones are single common words
  /// (`Home`, `Follow`) trusted only around the post, never inside the body.
  enum Strength: Sendable {
    case strong
    case weak
    /// Furniture that sits between the post's own paragraphs (ads, "Continue reading"): it is
    /// dropped wherever it appears but does not end the body.
    case inline
  }

  let id: String
  let match: Match
  let strength: Strength

  init(_ id: String, _ match: Match, _ strength: Strength = .strong) {
    self.id = id
    self.match = match
    self.strength = strength
  }

  func matches(_ key: String) -> Bool {
    switch match {
    case .exact(let text): return key == text
    case .prefix(let text): return key.hasPrefix(text)
    case .suffix(let text): return key.hasSuffix(text)
    case .contains(let text): return key.containsText(text)
    }
  }

  /// A rule table that finds the first rule matching a key without trying every rule.
  ///
  /// Trying the furniture rules one by one with `String` comparisons cost ~35,000 instructions
  /// a line in a profile. A plain ASCII key is compared with plain ASCII rule texts byte by
  /// byte, which gives exactly the `String` answers. And it can only equal or start with a
  /// text whose first byte is its own first byte, unless that text opens with a non-ASCII
  /// scalar (canonically equivalent to ASCII, it might still match): so exact and prefix rules
  /// are grouped by their text's first ASCII byte, and a plain key tries its group and the
  /// other rules, in table order. Any other key tries every rule as `String`s.
  struct Table: Sendable {
    let rules: [LineRule]
    /// Each rule's text as bytes when it is plain ASCII (and not empty).
    let plainTexts: [[UInt8]?]
    /// For each ASCII first byte of a key, the indices of the rules it can match, in order.
    let candidates: [[Int]]

    init(_ rules: [LineRule]) {
      self.rules = rules
      var plainTexts: [[UInt8]?] = []
      var candidates = Array(repeating: [Int](), count: 128)
      for (index, rule) in rules.enumerated() {
        let text: String
        var first: UInt8?
        switch rule.match {
        case .exact(let exact): (text, first) = (exact, exact.utf8.first)
        case .prefix(let prefix): (text, first) = (prefix, prefix.utf8.first)
        case .suffix(let suffix): text = suffix
        case .contains(let part): text = part
        }
        plainTexts.append(text.isEmpty ? nil : text.withPlainASCII { Array($0) })
        if let first, first < 0x80 {
          candidates[Int(first)].append(index)
        } else {
          for byte in candidates.indices { candidates[byte].append(index) }
        }
      }
      self.plainTexts = plainTexts
      self.candidates = candidates
    }

    /// The first rule matching `key`.
    func first(matching key: String?) -> LineRule? {
      guard let key, !key.isEmpty else { return nil }
      let found = key.withPlainASCII { bytes in
        candidates[Int(bytes[0])].first { matches($0, key, bytes) }
      }
      guard let found else { return rules.first { $0.matches(key) } }
      return found.map { rules[$0] }
    }

    /// Whether rule `index` matches `key`, given as the `bytes` of plain ASCII.
    func matches(_ index: Int, _ key: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
      guard let text = plainTexts[index] else { return rules[index].matches(key) }
      switch rules[index].match {
      case .exact: return bytes.elementsEqual(text)
      case .prefix: return bytes.starts(with: text)
      case .suffix: return bytes.count >= text.count && bytes.suffix(text.count).elementsEqual(text)
      case .contains: return bytes.contains(bytes: text)
      }
    }
  }
}
