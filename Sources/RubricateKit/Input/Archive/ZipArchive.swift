/// A ZIP archive held in memory (APPNOTE.TXT): its central directory, and each entry's data
/// on request, stored or deflated, checked against its CRC-32.
///
/// Bounded throughout: at most ``Limits/entries`` entries, no entry past ``Limits/entryBytes``
/// or a suspicious compression ratio, no more than ``Limits/totalBytes`` expanded in all.
/// ZIP64, multi-part and encrypted archives are refused by name, and so are entry names that
/// climb out of the archive (nothing is written to disk, but such a file is not a document).
struct ZipArchive: Sendable {
  /// The caps a reader applies.
  struct Limits: Sendable, Equatable {
    var entries = 10_000
    var entryBytes = 64 << 20
    var totalBytes = 64 << 20
    /// An entry larger than `ratioFloor` that expands more than `ratio` times is a bomb: real
    /// XML compresses 5–30 times.
    var ratio = 200
    var ratioFloor = 1 << 20
  }

  /// One central directory record.
  struct Entry: Sendable, Equatable {
    var name: String
    var flags: UInt16
    var method: UInt16
    var crc: UInt32
    var compressedSize: Int
    var uncompressedSize: Int
    var localOffset: Int
  }

  let bytes: [UInt8]
  let entries: [Entry]
  let limits: Limits
  /// Bytes expanded so far, against ``Limits/totalBytes``.
  private(set) var expanded = 0

  static let localSignature: UInt32 = 0x0403_4B50
  static let centralSignature: UInt32 = 0x0201_4B50
  static let endSignature: UInt32 = 0x0605_4B50
  static let zip64LocatorSignature: UInt32 = 0x0706_4B50

  /// Whether `bytes` start like a ZIP archive.
  static func hasSignature(_ bytes: [UInt8]) -> Bool {
    bytes.count >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B && bytes[2] == 3 && bytes[3] == 4
  }

  /// Reads the central directory of `bytes`.
  init(bytes: [UInt8], limits: Limits = Limits()) throws {
    self.bytes = bytes
    self.limits = limits
    guard let end = Self.findEnd(bytes) else {
      throw Self.hasSignature(bytes)
        ? ArchiveError.truncated("no end-of-central-directory record") : ArchiveError.notZip
    }
    let disk = Self.u16(bytes, end + 4)
    let count = Int(Self.u16(bytes, end + 10))
    let size = Int(Self.u32(bytes, end + 12))
    let offset = Int(Self.u32(bytes, end + 16))
    if end >= 20,
      Self.u32(bytes, end - 20) == Self.zip64LocatorSignature || count == 0xFFFF
        || offset == 0xFFFF_FFFF
    {
      throw ArchiveError.unsupported("a ZIP64 archive, which this reader does not read")
    }
    guard disk == 0 else { throw ArchiveError.unsupported("a multi-part archive") }
    guard count <= limits.entries else {
      throw ArchiveError.tooLarge("\(count) entries in the archive; the limit is \(limits.entries)")
    }
    guard offset <= end, size <= end - offset else {
      throw ArchiveError.truncated("the central directory lies outside the file")
    }
    var entries: [Entry] = []
    entries.reserveCapacity(count)
    var at = offset
    for index in 0..<count {
      guard at + 46 <= end, Self.u32(bytes, at) == Self.centralSignature else {
        throw ArchiveError.corrupt("central directory record \(index + 1) is missing")
      }
      let nameLength = Int(Self.u16(bytes, at + 28))
      let extraLength = Int(Self.u16(bytes, at + 30))
      let commentLength = Int(Self.u16(bytes, at + 32))
      guard at + 46 + nameLength <= end else {
        throw ArchiveError.truncated("central directory record \(index + 1)")
      }
      let name = String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
      let entry = Entry(
        name: name, flags: Self.u16(bytes, at + 8), method: Self.u16(bytes, at + 10),
        crc: Self.u32(bytes, at + 16), compressedSize: Int(Self.u32(bytes, at + 20)),
        uncompressedSize: Int(Self.u32(bytes, at + 24)),
        localOffset: Int(Self.u32(bytes, at + 42)))
      if entry.compressedSize == 0xFFFF_FFFF || entry.uncompressedSize == 0xFFFF_FFFF
        || entry.localOffset == 0xFFFF_FFFF
      {
        throw ArchiveError.unsupported("a ZIP64 archive, which this reader does not read")
      }
      if Self.escapes(name) {
        throw ArchiveError.unsupported(
          "entry name '\(Self.shown(name))' points outside the archive; not a document")
      }
      entries.append(entry)
      at += 46 + nameLength + extraLength + commentLength
    }
    self.entries = entries
  }

  /// The entry called `name`, if any.
  func entry(named name: String) -> Entry? {
    entries.first { $0.name == name }
  }

  /// The expanded bytes of the entry called `name`, or nil when there is none.
  mutating func contents(of name: String) throws -> [UInt8]? {
    guard let entry = entry(named: name) else { return nil }
    return try contents(of: entry)
  }

  /// The expanded, checked bytes of `entry`.
  mutating func contents(of entry: Entry) throws -> [UInt8] {
    let name = Self.shown(entry.name)
    if entry.flags & 0x41 != 0 {
      throw ArchiveError.unsupported(
        "\(name) is encrypted (remove the password in the editor and save again)")
    }
    let megabytes = Inflater.megabytes
    if entry.uncompressedSize > limits.entryBytes {
      throw ArchiveError.tooLarge(
        "\(name) declares \(megabytes(entry.uncompressedSize)) MB uncompressed; the limit is \(megabytes(limits.entryBytes)) MB"
      )
    }
    if entry.uncompressedSize > limits.ratioFloor,
      entry.uncompressedSize / max(entry.compressedSize, 1) > limits.ratio
    {
      throw ArchiveError.tooLarge(
        "\(name) expands \(entry.uncompressedSize / max(entry.compressedSize, 1)) times (a zip bomb?); the limit is \(limits.ratio)"
      )
    }
    guard expanded + entry.uncompressedSize <= limits.totalBytes else {
      throw ArchiveError.tooLarge(
        "the archive expands past \(megabytes(limits.totalBytes)) MB in all")
    }
    let data = try rawData(of: entry, name: name)
    let result: [UInt8]
    switch entry.method {
    case 0:
      guard entry.compressedSize == entry.uncompressedSize else {
        throw ArchiveError.corrupt("\(name) is stored with two different sizes")
      }
      result = Array(data)
    case 8:
      do {
        result = try Inflate.decompress(
          data, sizeHint: entry.uncompressedSize, limit: entry.uncompressedSize)
      } catch ArchiveError.tooLarge {
        throw ArchiveError.corrupt("\(name) expands past its declared size")
      } catch ArchiveError.corrupt(let reason) {
        throw ArchiveError.corrupt("\(name): \(reason)")
      } catch ArchiveError.truncated(let reason) {
        throw ArchiveError.truncated("\(name): \(reason)")
      }
    default:
      throw ArchiveError.unsupported(
        "\(name) uses compression method \(entry.method); only stored and deflated are read")
    }
    guard result.count == entry.uncompressedSize else {
      throw ArchiveError.corrupt("\(name) is shorter than its declared size")
    }
    guard CRC32.checksum(result) == entry.crc else { throw ArchiveError.checksum(entry: name) }
    expanded += result.count
    return result
  }

  /// The compressed bytes of `entry`, found through its local header.
  private func rawData(of entry: Entry, name: String) throws -> ArraySlice<UInt8> {
    let local = entry.localOffset
    guard local <= bytes.count - 30, Self.u32(bytes, local) == Self.localSignature else {
      throw ArchiveError.truncated("\(name)'s local header is missing")
    }
    let start = local + 30 + Int(Self.u16(bytes, local + 26)) + Int(Self.u16(bytes, local + 28))
    guard start <= bytes.count, entry.compressedSize <= bytes.count - start else {
      throw ArchiveError.truncated("\(name)'s data ends early")
    }
    return bytes[start..<(start + entry.compressedSize)]
  }

  /// The end-of-central-directory record's offset: searched backwards over the longest
  /// possible archive comment.
  static func findEnd(_ bytes: [UInt8]) -> Int? {
    guard bytes.count >= 22 else { return nil }
    var at = bytes.count - 22
    let lowest = max(0, at - 65_535)
    while at >= lowest {
      if bytes[at] == 0x50, u32(bytes, at) == endSignature,
        at + 22 + Int(u16(bytes, at + 20)) <= bytes.count
      {
        return at
      }
      at -= 1
    }
    return nil
  }

  /// Whether an entry name is absolute or climbs out with `..`.
  static func escapes(_ name: String) -> Bool {
    if name.hasPrefix("/") || name.hasPrefix("\\") { return true }
    let scalars = Array(name.unicodeScalars.prefix(2))
    if scalars.count == 2, scalars[1] == ":", scalars[0].properties.isAlphabetic { return true }
    return name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).contains("..")
  }

  /// An entry name as a message shows it: printable, at most 80 characters.
  static func shown(_ name: String) -> String {
    let printable = String(
      String.UnicodeScalarView(
        name.unicodeScalars.prefix(80).map { $0.value < 0x20 || $0.value == 0x7F ? "?" : $0 }))
    return name.unicodeScalars.count > 80 ? printable + "…" : printable
  }

  static func u16(_ bytes: [UInt8], _ at: Int) -> UInt16 {
    guard at >= 0, at + 2 <= bytes.count else { return 0 }
    return UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
  }

  static func u32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
    guard at >= 0, at + 4 <= bytes.count else { return 0 }
    return UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16
      | UInt32(bytes[at + 3]) << 24
  }
}
