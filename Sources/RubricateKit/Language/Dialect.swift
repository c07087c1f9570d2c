/// The national spellings a checker accepts: American, British, Canadian, Australian.
///
/// The default accepts all four, so `colour` and `color`, `organise` and `organize` all pass;
/// a course that teaches one standard names it (`--dialect en-GB`, or `dialect` in a rubric).
public struct Dialect: OptionSet, Sendable, Hashable {
  public let rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }

  public static let american = Dialect(rawValue: 1)
  public static let british = Dialect(rawValue: 2)
  public static let canadian = Dialect(rawValue: 4)
  public static let australian = Dialect(rawValue: 8)
  /// SCOWL's common variants (`acknowledgement`, and one dialect's spelling in another),
  /// accepted only when no dialect is chosen.
  public static let variants = Dialect(rawValue: 16)
  /// Every spelling any of the four accepts, and the common variants.
  public static let any: Dialect = [.american, .british, .canadian, .australian, .variants]

  /// The names `--dialect` and rubrics accept, each with the dialects it means.
  public static let names: [(name: String, dialect: Dialect)] = [
    ("any", .any), ("en-US", .american), ("en-GB", .british), ("en-CA", .canadian),
    ("en-AU", .australian), ("american", .american), ("british", .british),
    ("canadian", .canadian), ("australian", .australian),
  ]

  /// The dialect a name (`en-GB`, `british`; case-insensitive) means, or `nil` if unknown.
  public init?(name: String) {
    let lowered = name.lowercased()
    guard let match = Self.names.first(where: { $0.name.lowercased() == lowered }) else {
      return nil
    }
    self = match.dialect
  }
}
