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
    let sink = JSONSink()
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
  public static func indented(_ compact: [UInt8]) -> [UInt8] {
    compact.withUnsafeBufferPointer { input in
      // Two passes over the same walk: the first measures, the second writes into storage of
      // exactly that size (appending line by line was a twentieth of `grade`'s time).
      var measure = IndentMeasure()
      indent(input, into: &measure)
      let size = measure.size
      return [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
        guard let base = buffer.baseAddress else { return }
        var writer = IndentWriter(cursor: base)
        indent(input, into: &writer)
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

  private static let hexDigits = Array("0123456789abcdef".utf8)

  /// A JSON string literal: quotes, backslashes and control characters escaped.
  static func appendQuoted(_ text: String, to bytes: inout [UInt8]) {
    text.withUTF8Buffer { appendQuoted($0, to: &bytes) }
  }

  /// A JSON string literal of UTF-8 bytes. Runs that need no escaping (nearly all text) are
  /// copied whole: scanning a buffer, not `String.UTF8View`, which cost a thousand
  /// instructions a string.
  static func appendQuoted(_ utf8: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
    bytes.append(0x22)
    var run = 0
    for index in utf8.indices {
      let byte = utf8[index]
      guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<index]))
      run = index + 1
      switch byte {
      case 0x22: bytes += [0x5C, 0x22]
      case 0x5C: bytes += [0x5C, 0x5C]
      case 0x0A: bytes += [0x5C, 0x6E]
      case 0x0D: bytes += [0x5C, 0x72]
      case 0x09: bytes += [0x5C, 0x74]
      default:
        bytes += [0x5C, 0x75, 0x30, 0x30, hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]]
      }
    }
    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run...]))
    bytes.append(0x22)
  }

  /// Integers without a fraction, others in Swift's shortest round-trip form; never NaN.
  static func format(_ number: Double) -> String {
    guard number.isFinite else { return "0" }
    if number.rounded() == number, abs(number) < 1e15 { return String(Int(number)) }
    return number.description
  }

  /// Appends `format(number)` without making a String for the common case.
  ///
  /// Most numbers in reports were rounded to thousandths (weights, confidences, ratios): when
  /// `number` is exactly the double nearest to k/1000, the decimal k/1000 with its trailing
  /// zeros dropped is its shortest round-trip form (any shorter decimal is at least 0.001
  /// away, far more than an ulp below 10⁹), which is what `description` prints.
  static func appendNumber(_ number: Double, to bytes: inout [UInt8]) {
    if number.isFinite, abs(number) < 1e9 {
      if number.rounded() == number {
        appendInteger(Int(number), to: &bytes)
        return
      }
      let thousandths = (number * 1000).rounded()
      if thousandths / 1000 == number {
        let scaled = Int(thousandths)
        if scaled < 0 { bytes.append(0x2D) }
        appendInteger(scaled.magnitude / 1000, to: &bytes)
        bytes.append(0x2E)
        var fraction = Int(scaled.magnitude % 1000)
        var divisor = 100
        while fraction > 0 {
          bytes.append(0x30 + UInt8(fraction / divisor))
          fraction %= divisor
          divisor /= 10
        }
        return
      }
    }
    bytes.append(contentsOf: format(number).utf8)
  }

  /// An integer's decimal digits, as `format` writes it, without making a String.
  static func appendInteger(_ number: UInt, to bytes: inout [UInt8]) {
    appendInteger(Int(number), to: &bytes)
  }

  static func appendInteger(_ number: Int, to bytes: inout [UInt8]) {
    guard number.magnitude < 1_000_000_000_000_000 else {
      bytes.append(contentsOf: format(Double(number)).utf8)
      return
    }
    if number < 0 { bytes.append(0x2D) }
    // Digits counted first and written in place, last digit first (reversing a slice of the
    // buffer afterwards was hundreds of instructions a number).
    let magnitude = number.magnitude
    var digits = 1
    var rest = magnitude
    while rest >= 10 {
      rest /= 10
      digits += 1
    }
    let first = bytes.count
    for _ in 0..<digits { bytes.append(0x30) }
    var index = first + digits - 1
    rest = magnitude
    while rest > 0 {
      bytes[index] = 0x30 + UInt8(rest % 10)
      rest /= 10
      index -= 1
    }
  }
}

/// How ``JSONSink`` writes a value of a given type, found once per type and process.
enum JSONValueKind: Sendable {
  case direct, float, integer, other

  private final class Cache: @unchecked Sendable {
    let lock = NSLock()
    var kinds: [ObjectIdentifier: JSONValueKind] = [:]
  }

  private static let cache = Cache()

  static func of<T>(_ type: T.Type) -> JSONValueKind {
    let id = ObjectIdentifier(type)
    cache.lock.lock()
    let known = cache.kinds[id]
    cache.lock.unlock()
    if let known { return known }
    let kind: JSONValueKind =
      type is any JSONDirectEncodable.Type
      ? .direct
      : type == Float.self ? .float : type is any BinaryInteger.Type ? .integer : .other
    cache.lock.lock()
    cache.kinds[id] = kind
    cache.lock.unlock()
    return kind
  }
}

/// One encoding in progress: the output bytes and the containers still open in it.
///
/// Containers nest strictly (a value's container is closed when its `encode(to:)` returns),
/// so every open container's members are contiguous at the end of `bytes`. A nested container
/// or super-encoder, which may be filled out of order, gets a sink of its own whose bytes are
/// spliced in when its parent closes.
final class JSONSink {
  struct Entry {
    /// The member's key; nil for an array item.
    var key: String?
    /// Where the entry's bytes (`"key":value`, no comma) start and end in `bytes`.
    var start: Int
    var end: Int
    /// The entry's value when it was written through its own sink.
    var deferred: JSONSink?
  }

  struct Frame {
    var isObject: Bool
    /// Just after the opening bracket.
    var start: Int
    var entries: [Entry] = []
    var needsRebuild = false
  }

  /// Unchecked exclusivity: a sink belongs to one encoding on one thread, and the runtime
  /// check on every append was a tenth of encoding time.
  @exclusivity(unchecked) var bytes: [UInt8] = []
  private(set) var frames: [Frame] = []
  private var scratch: [UInt8] = []

  init() { bytes.reserveCapacity(1024) }

  /// Writes one value: primitives directly, everything else through its `encode(to:)`.
  func encodeValue<T: Encodable>(_ value: T) throws {
    // Decided on the static type, with the protocol look-ups cached per type: a failed cast to
    // a protocol cost thousands of instructions each time, for every record's fields.
    if T.self == String.self, let text = value as? String {
      JSONWriter.appendQuoted(text, to: &bytes)
    } else if T.self == Int.self, let number = value as? Int {
      JSONWriter.appendInteger(number, to: &bytes)
    } else if T.self == Double.self, let number = value as? Double {
      JSONWriter.appendNumber(number, to: &bytes)
    } else if T.self == Bool.self, let flag = value as? Bool {
      appendBool(flag)
    } else {
      switch JSONValueKind.of(T.self) {
      case .direct:
        if let direct = value as? any JSONDirectEncodable {
          try direct.writeJSON(to: self)
          return
        }
      case .float:
        if let number = value as? Float {
          bytes.append(contentsOf: JSONWriter.format(Double(number)).utf8)
          return
        }
      case .integer:
        if let number = value as? any BinaryInteger {
          bytes.append(contentsOf: JSONWriter.format(Double(number)).utf8)
          return
        }
      case .other: break
      }
      let depth = frames.count
      let before = bytes.count
      try value.encode(to: JSONStreamEncoder(sink: self, depth: depth))
      while frames.count > depth { close() }
      // A value that encoded nothing is an empty object, as in Foundation.
      if bytes.count == before { bytes += [0x7B, 0x7D] }
    }
  }

  func appendBool(_ flag: Bool) {
    bytes += flag ? [0x74, 0x72, 0x75, 0x65] : [0x66, 0x61, 0x6C, 0x73, 0x65]
  }

  func appendNull() { bytes += [0x6E, 0x75, 0x6C, 0x6C] }

  /// The frame for the container of the value at `depth`, opened on first use.
  func frame(at depth: Int, isObject: Bool) -> Int {
    if frames.count > depth { return depth }
    bytes.append(isObject ? 0x7B : 0x5B)
    frames.append(Frame(isObject: isObject, start: bytes.count))
    return frames.count - 1
  }

  /// Starts an entry of the innermost open container: comma, and `"key":` for a member.
  func beginEntry(_ key: String?, frame index: Int) {
    precondition(index == frames.count - 1, "JSON containers must be filled innermost first")
    if !frames[index].entries.isEmpty { bytes.append(0x2C) }
    let start = bytes.count
    if let key {
      JSONWriter.appendQuoted(key, to: &bytes)
      bytes.append(0x3A)
      if let last = frames[index].entries.last?.key, !(last < key) {
        frames[index].needsRebuild = true
      }
    }
    frames[index].entries.append(Entry(key: key, start: start, end: start))
  }

  func endEntry(frame index: Int) {
    frames[index].entries[frames[index].entries.count - 1].end = bytes.count
  }

  /// An entry whose value is written later, through a sink of its own.
  func deferredEntry(_ key: String?, frame index: Int) -> JSONSink {
    beginEntry(key, frame: index)
    let child = JSONSink()
    frames[index].entries[frames[index].entries.count - 1].deferred = child
    frames[index].needsRebuild = true
    endEntry(frame: index)
    return child
  }

  /// Closes the innermost container: members in key order, deferred values spliced in.
  func close() {
    guard let frame = frames.popLast() else { return }
    if frame.needsRebuild {
      rebuild(frame)
    }
    bytes.append(frame.isObject ? 0x7D : 0x5D)
  }

  private func rebuild(_ frame: Frame) {
    scratch.removeAll(keepingCapacity: true)
    scratch.append(contentsOf: bytes[frame.start...])
    bytes.removeSubrange(frame.start...)
    var entries = frame.entries
    if frame.isObject {
      entries.sort { ($0.key ?? "") < ($1.key ?? "") }
    }
    for (position, entry) in entries.enumerated() {
      if position > 0 { bytes.append(0x2C) }
      let start = entry.start - frame.start
      let end = entry.end - frame.start
      bytes.append(contentsOf: scratch[start..<end])
      if let child = entry.deferred {
        child.finish()
        bytes.append(contentsOf: child.bytes.isEmpty ? [0x7B, 0x7D] : child.bytes)
      }
    }
  }

  /// Closes every container still open (a deferred sink, when its parent closes).
  func finish() {
    while !frames.isEmpty { close() }
  }
}

struct JSONStreamEncoder: Encoder {
  let sink: JSONSink
  /// How many containers were open when this value began.
  let depth: Int
  var codingPath: [any CodingKey] { [] }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    KeyedEncodingContainer(
      JSONStreamKeyed<Key>(sink: sink, frame: sink.frame(at: depth, isObject: true)))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    JSONStreamUnkeyed(sink: sink, frame: sink.frame(at: depth, isObject: false))
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    JSONStreamSingle(sink: sink)
  }
}

struct JSONStreamKeyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let sink: JSONSink
  let frame: Int
  var codingPath: [any CodingKey] { [] }

  /// One member: its key, then what `value` writes.
  private func member(_ key: Key, _ value: (JSONSink) throws -> Void) rethrows {
    sink.beginEntry(key.stringValue, frame: frame)
    try value(sink)
    sink.endEntry(frame: frame)
  }

  // The primitive overloads skip `encodeValue`'s dynamic casts.
  mutating func encodeNil(forKey key: Key) throws { member(key) { $0.appendNull() } }

  mutating func encode(_ value: String, forKey key: Key) throws {
    member(key) { JSONWriter.appendQuoted(value, to: &$0.bytes) }
  }

  mutating func encode(_ value: Int, forKey key: Key) throws {
    member(key) { JSONWriter.appendInteger(value, to: &$0.bytes) }
  }

  mutating func encode(_ value: Double, forKey key: Key) throws {
    member(key) { JSONWriter.appendNumber(value, to: &$0.bytes) }
  }

  mutating func encode(_ value: Bool, forKey key: Key) throws {
    member(key) { $0.appendBool(value) }
  }

  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    try member(key) { try $0.encodeValue(value) }
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  ) -> KeyedEncodingContainer<NestedKey> {
    let child = sink.deferredEntry(key.stringValue, frame: frame)
    return KeyedEncodingContainer(
      JSONStreamKeyed<NestedKey>(sink: child, frame: child.frame(at: 0, isObject: true)))
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    let child = sink.deferredEntry(key.stringValue, frame: frame)
    return JSONStreamUnkeyed(sink: child, frame: child.frame(at: 0, isObject: false))
  }

  mutating func superEncoder() -> any Encoder {
    JSONStreamEncoder(sink: sink.deferredEntry("super", frame: frame), depth: 0)
  }

  mutating func superEncoder(forKey key: Key) -> any Encoder {
    JSONStreamEncoder(sink: sink.deferredEntry(key.stringValue, frame: frame), depth: 0)
  }
}

struct JSONStreamUnkeyed: UnkeyedEncodingContainer {
  let sink: JSONSink
  let frame: Int
  var codingPath: [any CodingKey] { [] }
  var count: Int { sink.frames[frame].entries.count }

  mutating func encodeNil() throws {
    sink.beginEntry(nil, frame: frame)
    sink.appendNull()
    sink.endEntry(frame: frame)
  }

  mutating func encode<T: Encodable>(_ value: T) throws {
    sink.beginEntry(nil, frame: frame)
    try sink.encodeValue(value)
    sink.endEntry(frame: frame)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    let child = sink.deferredEntry(nil, frame: frame)
    return KeyedEncodingContainer(
      JSONStreamKeyed<NestedKey>(sink: child, frame: child.frame(at: 0, isObject: true)))
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    let child = sink.deferredEntry(nil, frame: frame)
    return JSONStreamUnkeyed(sink: child, frame: child.frame(at: 0, isObject: false))
  }

  mutating func superEncoder() -> any Encoder {
    JSONStreamEncoder(sink: sink.deferredEntry(nil, frame: frame), depth: 0)
  }
}

struct JSONStreamSingle: SingleValueEncodingContainer {
  let sink: JSONSink
  var codingPath: [any CodingKey] { [] }

  mutating func encodeNil() throws { sink.appendNull() }

  mutating func encode<T: Encodable>(_ value: T) throws { try sink.encodeValue(value) }
}

/// A value that writes its JSON straight into the sink, skipping the `Codable` machinery: the
/// records written once per sentence, which were most of `analyze`'s JSON time. Its
/// `encode(to:)` stays for other encoders; a test checks that both agree.
protocol JSONDirectEncodable: Encodable {
  func writeJSON(to sink: JSONSink) throws
}

extension Array: JSONDirectEncodable where Element: JSONDirectEncodable {
  func writeJSON(to sink: JSONSink) throws {
    sink.bytes.append(0x5B)
    for (index, element) in enumerated() {
      if index > 0 { sink.bytes.append(0x2C) }
      try element.writeJSON(to: sink)
    }
    sink.bytes.append(0x5D)
  }
}

extension JSONSink {
  /// Writes one object whose members `body` adds. Members must come in key order (checked in
  /// debug builds), as the output is not re-sorted.
  func writeObject(_ body: (inout JSONObjectWriter) throws -> Void) rethrows {
    bytes.append(0x7B)
    var writer = JSONObjectWriter(sink: self)
    try body(&writer)
    bytes.append(0x7D)
  }

  func writeStrings(_ strings: [String]) {
    bytes.append(0x5B)
    for (index, string) in strings.enumerated() {
      if index > 0 { bytes.append(0x2C) }
      JSONWriter.appendQuoted(string, to: &bytes)
    }
    bytes.append(0x5D)
  }
}

/// The members of one object being written directly, in key order.
struct JSONObjectWriter {
  let sink: JSONSink
  private var previousKey: StaticString?

  init(sink: JSONSink) { self.sink = sink }

  private mutating func key(_ key: StaticString) {
    if let previousKey {
      assert(
        String(describing: previousKey) < String(describing: key),
        "JSON members out of order: \(previousKey) before \(key)")
      sink.bytes.append(0x2C)
    }
    previousKey = key
    sink.bytes.append(0x22)
    sink.bytes.append(
      contentsOf: UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
    sink.bytes.append(0x22)
    sink.bytes.append(0x3A)
  }

  mutating func write(_ key: StaticString, _ value: Int) {
    self.key(key)
    JSONWriter.appendInteger(value, to: &sink.bytes)
  }

  mutating func write(_ key: StaticString, _ value: Double) {
    self.key(key)
    JSONWriter.appendNumber(value, to: &sink.bytes)
  }

  mutating func write(_ key: StaticString, _ value: Bool) {
    self.key(key)
    sink.appendBool(value)
  }

  mutating func write(_ key: StaticString, _ value: String) {
    self.key(key)
    JSONWriter.appendQuoted(value, to: &sink.bytes)
  }

  mutating func write(_ key: StaticString, _ value: String?) {
    self.key(key)
    if let value { JSONWriter.appendQuoted(value, to: &sink.bytes) } else { sink.appendNull() }
  }

  /// A value written through its `encode(to:)` (records that are rarely large).
  mutating func encode(_ key: StaticString, _ value: some Encodable) throws {
    self.key(key)
    try sink.encodeValue(value)
  }

  mutating func write(_ key: StaticString, _ value: [String]) {
    self.key(key)
    sink.writeStrings(value)
  }

  mutating func write(_ key: StaticString, _ value: some JSONDirectEncodable) throws {
    self.key(key)
    try value.writeJSON(to: sink)
  }

  /// The value, or `null` when nil (as `encode` writes an optional).
  mutating func write(_ key: StaticString, _ value: (some JSONDirectEncodable)?) throws {
    self.key(key)
    if let value { try value.writeJSON(to: sink) } else { sink.appendNull() }
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
