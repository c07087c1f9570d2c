import Foundation

@testable import RubricateKit

/// Loads the input fixtures written for this project (Fixtures/Input).
enum InputFixtures {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/Input")

  static func bytes(_ name: String) throws -> [UInt8] {
    Array(try Data(contentsOf: folder.appendingPathComponent(name)))
  }

  static func read(_ name: String, as readName: String? = nil, format: InputFormat = .auto)
    throws -> [Submission]
  {
    try SourceReader.read(bytes: bytes(name), name: readName ?? name, format: format)
  }
}

/// Strips `⟦ ⟧` marks from a test text and returns the text and the marked spans (in scalars).
enum InputMarks {
  static func parse(_ marked: String) -> (text: String, spans: [Span]) {
    var view = String.UnicodeScalarView()
    var spans: [Span] = []
    var start = 0
    var count = 0
    for scalar in marked.unicodeScalars {
      if scalar == "⟦" {
        start = count
      } else if scalar == "⟧" {
        spans.append(Span(start, count))
      } else {
        view.append(scalar)
        count += 1
      }
    }
    return (String(view), spans)
  }

  static func read(_ marked: String, name: String = "page.txt", format: InputFormat = .auto)
    throws -> (submissions: [Submission], spans: [Span])
  {
    let (text, spans) = parse(marked)
    return (try SourceReader.read(bytes: Array(text.utf8), name: name, format: format), spans)
  }
}

extension Submission {
  /// The texts of the segments of one kind.
  func texts(of kind: Segment.Kind) -> [String] {
    spans(of: kind).map { document.text(of: $0) }
  }

  /// How many segments of each kind, for compact exact assertions.
  var kindCounts: [Segment.Kind: Int] {
    segments.reduce(into: [:]) { $0[$1.kind, default: 0] += 1 }
  }
}
