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

  /// The first rule of `rules` matching `key`.
  static func first(in rules: [LineRule], matching key: String?) -> LineRule? {
    guard let key, !key.isEmpty else { return nil }
    return rules.first { $0.matches(key) }
  }
}
