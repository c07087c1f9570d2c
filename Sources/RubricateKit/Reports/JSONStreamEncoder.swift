import Foundation

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

/// The `Encoder` a value's `encode(to:)` gets from ``JSONSink/encodeValue(_:)``: containers
/// that write into the sink as they are filled.
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
    member(key) { $0.appendQuoted(value) }
  }

  mutating func encode(_ value: Int, forKey key: Key) throws {
    member(key) { $0.appendInteger(value) }
  }

  mutating func encode(_ value: Double, forKey key: Key) throws {
    member(key) { $0.appendNumber(value) }
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
