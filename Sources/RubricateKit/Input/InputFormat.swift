/// How to read a file's bytes.
public enum InputFormat: String, Sendable, CaseIterable, Codable {
  /// Choose by extension and content.
  case auto
  /// The whole input is body text: no title, no blog segmentation.
  case text
  case blog
  case markdown
  case html
  case wxr
}
