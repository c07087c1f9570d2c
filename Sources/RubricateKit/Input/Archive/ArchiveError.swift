/// Why a ZIP archive (a `.docx` or `.odt` file) or one of its entries could not be read.
///
/// Each message is one line without the file name; the reader that opened the archive
/// prefixes the file.
public enum ArchiveError: Error, Equatable, Sendable, CustomStringConvertible {
  /// No ZIP signature at all: a file renamed to `.docx`, or another format.
  case notZip
  /// The data ends before a record or an entry does.
  case truncated(String)
  /// A record or the compressed data is inconsistent.
  case corrupt(String)
  /// A feature this reader refuses: ZIP64, encryption, an unknown compression method.
  case unsupported(String)
  /// An entry or the archive is past a size or count cap, or expands suspiciously far.
  case tooLarge(String)
  /// An entry's data does not match its CRC-32.
  case checksum(entry: String)
  /// A required entry is absent.
  case missingEntry(String)

  public var description: String {
    switch self {
    case .notZip:
      return "not a ZIP archive (a Word or OpenDocument file is one; save it again from the editor)"
    case .truncated(let place):
      return "truncated archive: \(place) (the file is incomplete; download it again)"
    case .corrupt(let reason):
      return "damaged archive: \(reason)"
    case .unsupported(let reason):
      return reason
    case .tooLarge(let reason):
      return reason
    case .checksum(let entry):
      return "\(entry) fails its CRC-32 check (the file is damaged; download it again)"
    case .missingEntry(let name):
      return "the archive has no \(name)"
    }
  }
}
