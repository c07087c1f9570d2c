import Foundation
import Testing

@testable import RubricateKit

@Suite struct TextDecoderTests {
  static let sample = "Caf\u{E9} \u{201C}ok\u{201D}\nline two\n"

  @Test func utf8WithAndWithoutBOM() throws {
    let plain = Array(Self.sample.utf8)
    #expect(try TextDecoder.decode(plain, file: "a.txt") == Self.sample)
    #expect(
      try TextDecoder.decode([0xEF, 0xBB, 0xBF] + plain, file: "a.txt") == "\u{FEFF}" + Self.sample)
  }

  /// Python's `utf-8` codec keeps the mark as character 0, so spans count it too; it belongs
  /// to no segment.
  @Test(arguments: InputFormat.allCases.filter { ![.wxr, .docx, .odt, .pdf].contains($0) })
  func byteOrderMarkKeepsOffsetsButJoinsNoSegment(format: InputFormat) throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Cars\n\nBuses are quieter than cars.\n".utf8)
    let post = try SourceReader.read(bytes: bytes, name: "b.txt", format: format)[0]
    let texts = post.segments.map { post.document.text(of: $0.span) }
    #expect(texts.allSatisfy { !$0.unicodeScalars.contains("\u{FEFF}") })
    if format == .text || format == .blog || format == .auto {
      #expect(post.document.scalars.first == "\u{FEFF}")
      #expect(post.segments.first?.span.start == 1)
    }
  }

  @Test(arguments: [false, true]) func utf16WithBOM(bigEndian: Bool) throws {
    var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
    for unit in Self.sample.utf16 {
      let high = UInt8(unit >> 8)
      let low = UInt8(unit & 0xFF)
      bytes += bigEndian ? [high, low] : [low, high]
    }
    #expect(try TextDecoder.decode(bytes, file: "a.txt") == Self.sample)
  }

  @Test(arguments: [false, true]) func utf16WithoutBOM(bigEndian: Bool) throws {
    var bytes: [UInt8] = []
    for unit in Self.sample.utf16 {
      let high = UInt8(unit >> 8)
      let low = UInt8(unit & 0xFF)
      bytes += bigEndian ? [high, low] : [low, high]
    }
    #expect(try TextDecoder.decode(bytes, file: "a.txt") == Self.sample)
  }

  @Test func windows1252FixtureWithCRLF() throws {
    let submissions = try InputFixtures.read("windows-1252-crlf.txt")
    let post = try #require(submissions.first)
    #expect(post.title == "My Summer Job")
    #expect(
      post.texts(of: .body) == [
        "I worked at my aunt\u{2019}s caf\u{E9} \u{2013} it was \u{201C}fun\u{201D}.",
        "The tips were small\u{2026} but steady.",
      ])
    #expect(!post.document.text.contains("\r"))
  }

  @Test func everyWindows1252HighByteMapsToItsCharacter() {
    #expect(
      Windows1252.decode([0x80, 0x85, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0xE9]) == "€…’“”–—™é")
  }

  @Test func loneCarriageReturnsAreLineBreaks() throws {
    let submissions = try SourceReader.read(
      bytes: Array("One.\r\rTwo.\r".utf8), name: "mac.txt", format: .text)
    #expect(submissions[0].texts(of: .body) == ["One.", "Two."])
  }

  @Test(
    arguments: [
      ([0x48, 0x69, 0x00, 0x21], "notes.txt: not a text document (it contains NUL bytes)"),
      (
        [UInt8](repeating: 0x01, count: 10) + Array("abc".utf8),
        "notes.txt: not a text document (mostly non-text bytes)"
      ),
      (
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0xC8, count: 40),
        "notes.txt: not a text document (mostly non-text bytes: neither UTF-8 nor Windows-1252 text)"
      ),
      (
        [0xC8, 0xD3, 0xE1, 0xF2, 0x81, 0x9D, 0xC8, 0xD3, 0x20, 0xE1],
        "notes.txt: not a text document (mostly non-text bytes: neither UTF-8 nor Windows-1252 text)"
      ),
      (
        [0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00],
        "notes.txt: not a text document (invalid UTF-16 after its byte order mark)"
      ),
    ] as [([UInt8], String)])
  func binaryInputIsRefusedInOneLine(bytes: [UInt8], message: String) {
    #expect(throws: InputError.self) { try SourceReader.read(bytes: bytes, name: "notes.txt") }
    do {
      _ = try SourceReader.read(bytes: bytes, name: "notes.txt")
    } catch {
      #expect("\(error)" == message)
      #expect(!"\(error)".contains("\n"))
    }
  }

  @Test(arguments: ["", "   \n\t\n  ", "\u{FEFF}"]) func emptyInputIsAnEmptySubmission(text: String)
    throws
  {
    for format in InputFormat.allCases where ![.wxr, .docx, .odt, .pdf].contains(format) {
      let submissions = try SourceReader.read(
        bytes: Array(text.utf8), name: "empty.txt", format: format)
      #expect(submissions.count == 1)
      #expect(submissions[0].body.isEmpty)
      #expect(submissions[0].segments.isEmpty)
      #expect(submissions[0].title == nil)
    }
  }
}
