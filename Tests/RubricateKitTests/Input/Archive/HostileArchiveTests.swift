import Foundation
import Testing

@testable import RubricateKit

/// Damaged and hostile archives: each gives one line naming the file, quickly, with no trap.
@Suite struct HostileArchiveTests {
  static let document = ZipBuilder.text(
    "word/document.xml",
    "<w:document xmlns:w=\"\(OfficeReaderTests.wordNamespace)\"><w:body><w:p><w:r><w:t>Hi.</w:t></w:r></w:p></w:body></w:document>"
  )

  static func message(_ bytes: [UInt8], name: String = "essay.docx") -> String {
    do {
      _ = try SourceReader.read(bytes: bytes, name: name)
      return "read"
    } catch {
      return "\(error)"
    }
  }

  static var real: [UInt8] {
    get throws {
      Array(try Data(contentsOf: OfficeReaderTests.folder.appendingPathComponent("essay.docx")))
    }
  }

  @Test func anHonestArchiveReads() throws {
    #expect(Self.message(ZipBuilder(entries: [Self.document]).build()) == "read")
    var described = Self.document
    described.descriptor = true
    #expect(Self.message(ZipBuilder(entries: [described]).build()) == "read")
  }

  @Test func notAZip() {
    #expect(
      Self.message(Array("Dear teacher, here is my essay.".utf8))
        == "essay.docx: cannot read: not a ZIP archive (a Word or OpenDocument file is one; save it again from the editor)"
    )
    #expect(
      Self.message(FormatSniffer.compoundFileSignature + [UInt8](repeating: 0, count: 100))
        == "essay.docx: cannot read: a password-protected or Word 97-2003 file; save it as .docx without a password"
    )
  }

  @Test func truncated() throws {
    let real = try Self.real
    #expect(
      Self.message(Array(real.prefix(real.count / 2)))
        == "essay.docx: cannot read: truncated archive: no end-of-central-directory record (the file is incomplete; download it again)"
    )
    // The directory survives but the entry's data is cut short.
    var cut = ZipBuilder(entries: [Self.document]).build()
    let entryEnd = 30 + 17 + Self.document.data.count
    cut.removeSubrange((entryEnd - 10)..<entryEnd)
    #expect(Self.message(cut).hasPrefix("essay.docx: cannot read: "))
  }

  @Test func wrongChecksum() {
    var entry = Self.document
    entry.crc = 0x1234_5678
    #expect(
      Self.message(ZipBuilder(entries: [entry]).build())
        == "essay.docx: cannot read: word/document.xml fails its CRC-32 check (the file is damaged; download it again)"
    )
  }

  @Test func gigabyteDeclaredSize() {
    var entry = Self.document
    entry.declaredSize = 1 << 30
    entry.deflated = ZipBuilder.zeroBomb(pairs: 10)
    #expect(
      Self.message(ZipBuilder(entries: [entry]).build())
        == "essay.docx: cannot read: word/document.xml declares 1024 MB uncompressed; the limit is 64 MB"
    )
  }

  @Test func deflateBombs() {
    // Declared honestly: 60 MB from 19 bytes is refused by its ratio before any work.
    var declared = Self.document
    declared.deflated = ZipBuilder.zeroBomb(pairs: 10)
    declared.declaredSize = 60 << 20
    #expect(
      Self.message(ZipBuilder(entries: [declared]).build())
        == "essay.docx: cannot read: word/document.xml expands 3311292 times (a zip bomb?); the limit is 200"
    )
    // Declared small, expanding far: decoding stops at the declared size.
    var lying = Self.document
    lying.deflated = ZipBuilder.zeroBomb(pairs: 200_000)
    lying.declaredSize = 4096
    let start = Date()
    #expect(
      Self.message(ZipBuilder(entries: [lying]).build())
        == "essay.docx: cannot read: damaged archive: word/document.xml expands past its declared size"
    )
    #expect(Date().timeIntervalSince(start) < 5)
  }

  @Test func pathTraversalNames() {
    for name in ["../../etc/passwd", "/etc/passwd", "word/../../x.xml", "C:\\boot.ini"] {
      #expect(
        Self.message(ZipBuilder(entries: [Self.document, ZipBuilder.text(name, "x")]).build())
          == "essay.docx: cannot read: entry name '\(name)' points outside the archive; not a document"
      )
    }
  }

  @Test func encryptedEntry() {
    var entry = Self.document
    entry.flags = 1
    #expect(
      Self.message(ZipBuilder(entries: [entry]).build())
        == "essay.docx: cannot read: word/document.xml is encrypted (remove the password in the editor and save again)"
    )
  }

  @Test func zip64AndEntryCounts() {
    var zip64 = ZipBuilder(entries: [Self.document])
    zip64.entryCountOverride = 0xFFFF
    #expect(
      Self.message(zip64.build())
        == "essay.docx: cannot read: a ZIP64 archive, which this reader does not read")
    let many = ZipBuilder(entries: (0..<10_001).map { ZipBuilder.text("f\($0)", "") })
    #expect(
      Self.message(many.build())
        == "essay.docx: cannot read: 10001 entries in the archive; the limit is 10000")
  }

  @Test func missingDocumentPart() {
    #expect(
      Self.message(ZipBuilder(entries: [ZipBuilder.text("a.txt", "x")]).build())
        == "essay.docx: cannot read: the archive has no word/document.xml (is this a Word document?)"
    )
    #expect(
      Self.message(ZipBuilder(entries: [ZipBuilder.text("a.txt", "x")]).build(), name: "e.odt")
        == "e.odt: cannot read: the archive has no content.xml (is this an OpenDocument text?)")
  }

  @Test func pdfBytesNeedPdftotext() {
    #expect(
      Self.message(Array("%PDF-1.4\n".utf8), name: "essay.pdf")
        == "essay.pdf: cannot read: install poppler-utils to read PDF")
  }

  /// Every prefix and a spread of single-byte corruptions of a real file: never a trap.
  @Test func damagedCopiesOfARealFileNeverTrap() throws {
    let real = try Self.real
    for length in stride(from: 0, to: real.count, by: 1_999) {
      _ = Self.message(Array(real.prefix(length)))
    }
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    var failures = 0
    for _ in 0..<24 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      var copy = real
      copy[Int(state >> 33) % copy.count] ^= UInt8(truncatingIfNeeded: state >> 17) | 1
      let message = Self.message(copy)
      if message != "read" {
        failures += 1
        #expect(!message.contains("\n"))
        #expect(message.hasPrefix("essay.docx: "))
      }
    }
    #expect(failures > 0)
  }
}
