/// A value that writes its JSON straight into the sink, skipping the `Codable` machinery: the
/// records written once per sentence, which were most of `analyze`'s JSON time. Its
/// `encode(to:)` stays for other encoders; a test checks that both agree.
protocol JSONDirectEncodable: Encodable {
  func writeJSON(to sink: JSONSink) throws
}

extension Array: JSONDirectEncodable where Element: JSONDirectEncodable {
  func writeJSON(to sink: JSONSink) throws {
    sink.append(0x5B)
    for index in indices {
      if index > 0 { sink.append(0x2C) }
      try self[index].writeJSON(to: sink)
    }
    sink.append(0x5D)
  }
}

extension JSONSink {
  /// Writes one object whose members `body` adds. Members must come in key order (checked in
  /// debug builds), as the output is not re-sorted.
  ///
  /// Inlined with `body`, so each member's key is a constant the compiler copies with a few
  /// stores, and whether a comma goes before it is mostly known at compile time.
  @inline(__always)
  func writeObject(_ body: (inout JSONObjectWriter) throws -> Void) rethrows {
    append(0x7B)
    var writer = JSONObjectWriter(sink: self)
    try body(&writer)
    append(0x7D)
  }

  func writeStrings(_ strings: [String]) {
    append(0x5B)
    for index in strings.indices {
      if index > 0 { append(0x2C) }
      appendQuoted(strings[index])
    }
    append(0x5D)
  }
}

/// The members of one object being written directly, in key order.
struct JSONObjectWriter {
  let sink: JSONSink
  private var previousKey: StaticString?

  init(sink: JSONSink) { self.sink = sink }

  /// Writes `,"key":` (no comma before the first member) as one run into reserved room: four
  /// appends to an array a key were a quarter of `analyze`'s JSON time.
  @inline(__always)
  private mutating func key(_ key: StaticString) {
    let length = key.utf8CodeUnitCount
    var cursor = sink.reserve(length + 4)
    if let previousKey {
      assert(
        String(describing: previousKey) < String(describing: key),
        "JSON members out of order: \(previousKey) before \(key)")
      cursor.pointee = 0x2C
      cursor += 1
    }
    previousKey = key
    cursor[0] = 0x22
    (cursor + 1).update(from: key.utf8Start, count: length)
    cursor[length + 1] = 0x22
    cursor[length + 2] = 0x3A
    sink.advance(to: cursor + length + 3)
  }

  @inline(__always)
  mutating func write(_ key: StaticString, _ value: Int) {
    self.key(key)
    sink.appendInteger(value)
  }

  /// The number, or `null` when nil (as `encode` writes an optional).
  @inline(__always)
  mutating func write(_ key: StaticString, _ value: Int?) {
    self.key(key)
    if let value { sink.appendInteger(value) } else { sink.appendNull() }
  }

  @inline(__always)
  mutating func write(_ key: StaticString, _ value: [Int]) {
    self.key(key)
    sink.append(0x5B)
    for index in value.indices {
      if index > 0 { sink.append(0x2C) }
      sink.appendInteger(value[index])
    }
    sink.append(0x5D)
  }

  @inline(__always)
  mutating func write(_ key: StaticString, _ value: Double) {
    self.key(key)
    sink.appendNumber(value)
  }

  @inline(__always)
  mutating func write(_ key: StaticString, _ value: Bool) {
    self.key(key)
    sink.appendBool(value)
  }

  @inline(__always)
  mutating func write(_ key: StaticString, _ value: String) {
    self.key(key)
    sink.appendQuoted(value)
  }

  @inline(__always)
  mutating func write(_ key: StaticString, _ value: String?) {
    self.key(key)
    if let value { sink.appendQuoted(value) } else { sink.appendNull() }
  }

  /// A stretch of a document's text as a string, written from its scalars without making a
  /// String (see ``JSONSink/appendQuoted(_:)-(ArraySlice<Unicode.Scalar>)``).
  @inline(__always)
  mutating func write(_ key: StaticString, text: ArraySlice<Unicode.Scalar>) {
    self.key(key)
    sink.appendQuoted(text)
  }

  /// A string of UTF-8 bytes (a stretch of a document's text), escaped as needed.
  @inline(__always)
  mutating func write(_ key: StaticString, utf8: UnsafeBufferPointer<UInt8>) {
    self.key(key)
    sink.appendQuoted(utf8)
  }

  /// A value written through its `encode(to:)` (records that are rarely large).
  mutating func encode(_ key: StaticString, _ value: some Encodable) throws {
    self.key(key)
    try sink.encodeValue(value)
  }

  @inline(__always)
  mutating func write(_ key: StaticString, _ value: [String]) {
    self.key(key)
    sink.writeStrings(value)
  }

  @inline(__always)
  mutating func write(_ key: StaticString, _ value: some JSONDirectEncodable) throws {
    self.key(key)
    try value.writeJSON(to: sink)
  }

  /// The value, or `null` when nil (as `encode` writes an optional).
  @inline(__always)
  mutating func write(_ key: StaticString, _ value: (some JSONDirectEncodable)?) throws {
    self.key(key)
    if let value { try value.writeJSON(to: sink) } else { sink.appendNull() }
  }

  /// A value `body` writes into the sink itself: arrays written straight from an analysis,
  /// without building an array of records first.
  @inline(__always)
  mutating func write(_ key: StaticString, with body: (JSONSink) throws -> Void) rethrows {
    self.key(key)
    try body(sink)
  }
}
