import Foundation

/// Suggestions already ranked for a misspelling, shared by every document of a run: a class
/// misspells the same words (`dont`, `alot`, `thier`), and ranking one costs a scan of the
/// word list. Over the 2,000 unlabelled essays, 8,540 per-document misspellings are 5,357
/// distinct words. Ranking is a pure function of the word and the dialects, so results do
/// not depend on which document asks first or on the number of threads.
final class SuggestionCache: @unchecked Sendable {
  struct Key: Hashable {
    var word: String
    var dialects: UInt8
  }

  /// The cache of the built-in suggester, behind ``LanguageAnalyzer``.
  static let shared = SuggestionCache(suggester: .builtIn)

  let suggester: SpellingSuggester
  /// Past this many words the cache stops growing (about 10 MB); later words are ranked
  /// each time.
  let capacity: Int
  private var stored: [Key: [String]] = [:]
  private let lock = NSLock()

  init(suggester: SpellingSuggester, capacity: Int = 100_000) {
    self.suggester = suggester
    self.capacity = capacity
  }

  /// `word`'s suggestions, ranked once per distinct word and dialects.
  func suggestions(for word: String, dialects: Dialect) -> [String] {
    let key = Key(word: word, dialects: dialects.rawValue)
    lock.lock()
    let known = stored[key]
    lock.unlock()
    if let known { return known }
    let ranked = suggester.suggestions(for: word, dialects: dialects)
    lock.lock()
    if stored.count < capacity { stored[key] = ranked }
    lock.unlock()
    return ranked
  }

  /// How many words are stored.
  var count: Int {
    lock.lock()
    defer { lock.unlock() }
    return stored.count
  }
}
