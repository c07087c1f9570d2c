import Foundation

/// Encodes `Encodable` values to JSON text with keys sorted: the same JSON as Foundation's
/// `JSONEncoder` with `.sortedKeys` (slashes not escaped), written straight into one byte
/// buffer instead of through a tree of boxed nodes.
///
/// Each object is written as its `encode(to:)` produces it; when the value is done, its members
/// are put in key order in place (most are already in order or short). This made JSON output a
/// small part of `analyze` and `grade`, where the tree encoder it replaces was a third of
/// `analyze`'s time. The pretty form is the compact form re-indented, so a report and its
/// `results.jsonl` line are encoded once.
public enum JSONWriter {
  /// One line of JSON as UTF-8, keys sorted (throws what the value's `encode(to:)` throws).
  public static func compactBytes(_ value: some Encodable) throws -> [UInt8] {
    // A submission's `analyze` record is some tens of kilobytes (18 KB on average for the
    // 2,000 essays): room for 64 KB spares most of them the copy of growing.
    let sink = JSONSink(capacity: 64 * 1024)
    try sink.encodeValue(value)
    return sink.bytes
  }

  /// One line of JSON, keys sorted.
  public static func compact(_ value: some Encodable) throws -> String {
    String(decoding: try compactBytes(value), as: UTF8.self)
  }

  /// Indented JSON (two spaces), keys sorted, no trailing newline.
  public static func pretty(_ value: some Encodable) throws -> String {
    String(decoding: indented(try compactBytes(value)), as: UTF8.self)
  }

  /// Compact JSON (as this writer makes it) indented by two spaces, with `": "` after keys and
  /// empty arrays and objects kept as `[]` and `{}`. Runs between structural bytes (strings,
  /// numbers) are copied whole.
  /// With `lineBreak`, a `\n` ends the output (a report file), written into the same storage
  /// instead of by copying the whole text into a larger array.
  public static func indented(_ compact: [UInt8], lineBreak: Bool = false) -> [UInt8] {
    compact.withUnsafeBufferPointer { input in
      // Two passes over the same walk: the first measures, the second writes into storage of
      // exactly that size (appending line by line was a twentieth of `grade`'s time).
      var measure = IndentMeasure()
      indent(input, into: &measure)
      let size = measure.size + (lineBreak ? 1 : 0)
      return [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
        guard let base = buffer.baseAddress else { return }
        var writer = IndentWriter(cursor: base)
        indent(input, into: &writer)
        if lineBreak { base[size - 1] = 0x0A }
        initialized = size
      }
    }
  }

  /// The offset after the quote that closes a string whose text starts at `start`: `memchr`
  /// finds each quote (strings are most of the bytes), and one preceded by an odd number of
  /// backslashes is escaped.
  private static func endOfString(_ input: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    guard let base = input.baseAddress else { return input.count }
    var index = start
    while index < input.count {
      guard let found = memchr(base + index, 0x22, input.count - index) else { return input.count }
      let quote = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
      var backslashes = 0
      while quote - backslashes - 1 >= start, input[quote - backslashes - 1] == 0x5C {
        backslashes += 1
      }
      if backslashes % 2 == 0 { return quote + 1 }
      index = quote + 1
    }
    return input.count
  }

  /// Walks compact JSON, handing `output` the runs to copy, the line breaks (with their depth)
  /// and the spaces after colons of the indented form.
  @inline(__always)
  private static func indent<Output: IndentOutput>(
    _ input: UnsafeBufferPointer<UInt8>, into output: inout Output
  ) {
    var depth = 0
    var index = 0
    var run = 0  // the first byte not yet copied
    let count = input.count
    while index < count {
      let byte = input[index]
      if byte == 0x22 {  // a string: skipped to its closing quote, copied with its run
        index = endOfString(input, from: index + 1)
        continue
      }
      guard
        byte == 0x7B || byte == 0x5B || byte == 0x7D || byte == 0x5D || byte == 0x2C
          || byte == 0x3A
      else {
        index += 1
        continue
      }
      switch byte {
      case 0x7B, 0x5B:
        if index + 1 < count, input[index + 1] == byte + 2 {  // `{}` and `[]` stay as they are
          index += 2
          continue
        }
        output.copy(input, run, index + 1)
        depth += 1
        output.newline(depth)
      case 0x7D, 0x5D:
        output.copy(input, run, index)
        depth = max(depth - 1, 0)
        output.newline(depth)
        output.copy(input, index, index + 1)
      case 0x2C:
        output.copy(input, run, index + 1)
        output.newline(depth)
      default:  // 0x3A
        output.copy(input, run, index + 1)
        output.space()
      }
      index += 1
      run = index
    }
    output.copy(input, min(run, count), count)
  }

  /// A JSON string literal: quotes, backslashes and control characters escaped (for callers
  /// building their own bytes; encodings write through ``JSONSink``).
  static func appendQuoted(_ text: String, to bytes: inout [UInt8]) {
    let sink = JSONSink(capacity: text.utf8.count + 2)
    sink.appendQuoted(text)
    bytes += sink.bytes
  }

  /// Integers without a fraction, others in Swift's shortest round-trip form; never NaN.
  static func format(_ number: Double) -> String {
    guard number.isFinite else { return "0" }
    if number.rounded() == number, abs(number) < 1e15 { return String(Int(number)) }
    return number.description
  }

  /// Appends `format(number)` as ``JSONSink/appendNumber(_:)`` writes it.
  static func appendNumber(_ number: Double, to bytes: inout [UInt8]) {
    let sink = JSONSink(capacity: 32)
    sink.appendNumber(number)
    bytes += sink.bytes
  }
}

/// Where ``JSONWriter/indented(_:)`` puts its output: measured first, then written.
private protocol IndentOutput {
  mutating func copy(_ input: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
  mutating func newline(_ depth: Int)
  mutating func space()
}

private struct IndentMeasure: IndentOutput {
  var size = 0
  mutating func copy(_ input: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
    size += end - start
  }
  mutating func newline(_ depth: Int) { size += 1 + 2 * depth }
  mutating func space() { size += 1 }
}

private struct IndentWriter: IndentOutput {
  var cursor: UnsafeMutablePointer<UInt8>
  mutating func copy(_ input: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
    guard let base = input.baseAddress, end > start else { return }
    cursor.update(from: base + start, count: end - start)
    cursor += end - start
  }
  mutating func newline(_ depth: Int) {
    cursor.pointee = 0x0A
    (cursor + 1).update(repeating: 0x20, count: 2 * depth)
    cursor += 1 + 2 * depth
  }
  mutating func space() {
    cursor.pointee = 0x20
    cursor += 1
  }
}
