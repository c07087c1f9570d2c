import Foundation

/// Reads one file's bytes into the submissions it holds. (Placeholder: UTF-8 text only; the
/// input work adds encodings, blog pages, Markdown, HTML, WXR and LMS names.)
public enum SourceReader {
  /// Decodes `bytes` and returns the submissions in them, in text order.
  public static func read(bytes: [UInt8], name: String, format: InputFormat = .auto) throws
    -> [Submission]
  {
    if bytes.contains(0) {
      throw InputError.notText(file: name, reason: "it contains NUL bytes")
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw InputError.notText(file: name, reason: "invalid UTF-8")
    }
    let document = Document(name: name, text: text)
    let paragraphs = document.paragraphs()
    return [
      Submission(
        id: name, kind: .post, document: document,
        segments: paragraphs.map { Segment(kind: .body, span: $0, rule: "text.paragraph") },
        body: paragraphs)
    ]
  }
}
