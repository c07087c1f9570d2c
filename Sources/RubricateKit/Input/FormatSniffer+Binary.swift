extension FormatSniffer {
  static let wordExtensions: Set<String> = ["docx", "docm", "dotx"]
  static let openDocumentExtensions: Set<String> = ["odt", "ott"]

  /// The binary format of a file by its extension or its first bytes, or nil for text.
  static func binaryFormat(name: String, bytes: [UInt8]) -> InputFormat? {
    let base = name.splitting(at: "/\\").last.map(String.init) ?? name
    let ext = base.containsText(".") ? String(base.splitting(at: ".").last ?? "").lowercased() : ""
    if wordExtensions.contains(ext) { return .docx }
    if openDocumentExtensions.contains(ext) { return .odt }
    if ext == "pdf" || bytes.starts(with: pdfSignature) { return .pdf }
    guard ZipArchive.hasSignature(bytes) else { return nil }
    // An OpenDocument package starts with its uncompressed `mimetype` entry.
    return bytes.prefix(100).starts(with: [0x50, 0x4B, 3, 4])
      && String(decoding: bytes.prefix(100), as: UTF8.self).contains("opendocument.text")
      ? .odt : .docx
  }

  /// `%PDF-`, the first bytes of every PDF.
  static let pdfSignature: [UInt8] = Array("%PDF-".utf8)
  /// An OLE compound file: Word 97–2003, or a password-protected `.docx`.
  static let compoundFileSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
}
