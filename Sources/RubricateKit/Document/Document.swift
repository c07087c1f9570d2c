/// Decoded text with the index that reports need to turn offsets into lines and columns.
///
/// Analysis works on ``scalars`` (an array, so indexing is constant time) and stores
/// ``Span`` offsets into it; ``line(of:)`` is only called when a report is written. Text
/// extracted from markup carries a ``SourceMap``, so lines and columns are the original file's.
public struct Document: Sendable {
  /// Where the text came from: a file path, `-` for standard input, or a label.
  public let name: String
  /// The decoded text, line endings normalised to `\n`.
  public let text: String
  /// The text as Unicode scalars; ``Span`` offsets index this array.
  public let scalars: [Unicode.Scalar]
  /// The scalar offset at which each line starts; the first is always 0.
  public let lineStarts: [Int]
  /// Where the text came from in the original file, when a reader extracted it from markup;
  /// nil when the text is the file's own (its lines are the file's lines).
  public let sourceMap: SourceMap?

  /// Creates a document. CRLF and lone CR line endings become `\n` so that offsets agree
  /// with what a reader of the decoded text sees.
  public init(name: String = "", text: String, sourceMap: SourceMap? = nil) {
    let decoded =
      text.utf8.withContiguousStorageIfAvailable { Document.decode($0) }
      ?? Array(text.utf8).withUnsafeBufferPointer { Document.decode($0) }
    self.name = name
    self.scalars = decoded.scalars
    self.text = decoded.normalised ? Document.string(from: decoded.scalars[...]) : text
    self.lineStarts = decoded.lineStarts
    self.sourceMap = sourceMap
  }

  /// Decodes valid UTF-8 into scalars, normalising line endings and indexing line starts in the
  /// same pass.
  ///
  /// Iterating `String.unicodeScalars`, appending to an array and then looking for line breaks
  /// cost ~40 instructions a scalar in a profile (a third of reading a plain-text essay); this
  /// loop takes about 12. The bytes come from a `String`, so they are valid UTF-8 and every
  /// lead byte says how many continuation bytes follow.
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> (
    scalars: [Unicode.Scalar], lineStarts: [Int], normalised: Bool
  ) {
    var lineStarts = [0]
    var normalised = false
    let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
      var index = 0
      var written = 0
      while index < bytes.count {
        // Runs of printable ASCII (and the controls above CR) are copied without the checks
        // below: that is nearly every byte of an essay.
        while index < bytes.count, bytes[index] > 0x0D, bytes[index] < 0x80 {
          buffer[written] = Unicode.Scalar(bytes[index])
          index += 1
          written += 1
        }
        guard index < bytes.count else { break }
        let lead = bytes[index]
        var scalar: Unicode.Scalar
        if lead < 0x80 {
          scalar = Unicode.Scalar(lead)
          index += 1
          if lead == 0x0D {
            // CR LF and a lone CR both become one `\n`.
            scalar = "\n"
            normalised = true
            if index < bytes.count, bytes[index] == 0x0A { index += 1 }
          }
          if scalar == "\n" { lineStarts.append(written + 1) }
        } else {
          var value: UInt32
          var length: Int
          if lead < 0xE0 {
            (value, length) = (UInt32(lead & 0x1F), 2)
          } else if lead < 0xF0 {
            (value, length) = (UInt32(lead & 0x0F), 3)
          } else {
            (value, length) = (UInt32(lead & 0x07), 4)
          }
          for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
          scalar = Unicode.Scalar(value) ?? "\u{FFFD}"  // never nil: the UTF-8 is valid
          index += length
        }
        buffer[written] = scalar
        written += 1
      }
      count = written
    }
    return (scalars, lineStarts, normalised)
  }

  /// The whole text as a span.
  public var fullSpan: Span { Span(0, scalars.count) }

  /// The text a span covers (clamped to the document).
  public func text(of span: Span) -> String {
    let lower = min(max(0, span.start), scalars.count)
    let upper = min(max(lower, span.end), scalars.count)
    return Document.string(from: scalars[lower..<upper])
  }

  public subscript(span: Span) -> String { text(of: span) }

  /// The 1-based line and column (in scalars) of an offset in the student's file: through the
  /// ``sourceMap`` for text extracted from markup. What reports print.
  public func position(of offset: Int) -> (line: Int, column: Int) {
    if let sourceMap { return sourceMap.position(of: offset) }
    let index = lineIndex(of: offset)
    return (index + 1, offset - lineStarts[index] + 1)
  }

  /// The index into ``lineStarts`` of the line of this text (not the original file's) on which
  /// an offset falls.
  func lineIndex(of offset: Int) -> Int {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
    }
    return low
  }

  /// Where line `index` ends: at its `\n`, or at the end of the text for the last line.
  func lineEnd(_ index: Int) -> Int {
    index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : scalars.count
  }

  /// The 1-based line of the student's file on which an offset falls (see ``position(of:)``).
  public func line(of offset: Int) -> Int { position(of: offset).line }

  /// The 1-based column (in scalars) of the student's file at which an offset falls.
  public func column(of offset: Int) -> Int { position(of: offset).column }

  /// Builds a `String` from a slice of scalars.
  ///
  /// Encodes to UTF-8 in one pass into the string's own storage: appending scalars to a
  /// `String.UnicodeScalarView` one by one was a third of `grade`'s time in a profile.
  public static func string(from scalars: ArraySlice<Unicode.Scalar>) -> String {
    var capacity = 0
    for scalar in scalars {
      capacity +=
        scalar.value < 0x80 ? 1 : scalar.value < 0x800 ? 2 : scalar.value < 0x10000 ? 3 : 4
    }
    return String(unsafeUninitializedCapacity: capacity) { buffer in
      var index = 0
      for scalar in scalars {
        let value = scalar.value
        if value < 0x80 {
          buffer[index] = UInt8(value)
          index += 1
        } else if value < 0x800 {
          buffer[index] = UInt8(0xC0 | (value >> 6))
          buffer[index + 1] = UInt8(0x80 | (value & 0x3F))
          index += 2
        } else if value < 0x10000 {
          buffer[index] = UInt8(0xE0 | (value >> 12))
          buffer[index + 1] = UInt8(0x80 | ((value >> 6) & 0x3F))
          buffer[index + 2] = UInt8(0x80 | (value & 0x3F))
          index += 3
        } else {
          buffer[index] = UInt8(0xF0 | (value >> 18))
          buffer[index + 1] = UInt8(0x80 | ((value >> 12) & 0x3F))
          buffer[index + 2] = UInt8(0x80 | ((value >> 6) & 0x3F))
          buffer[index + 3] = UInt8(0x80 | (value & 0x3F))
          index += 4
        }
      }
      return index
    }
  }
}

extension Document: Equatable {
  public static func == (lhs: Document, rhs: Document) -> Bool {
    lhs.name == rhs.name && lhs.scalars == rhs.scalars
  }
}
