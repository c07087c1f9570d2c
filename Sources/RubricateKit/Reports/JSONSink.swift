/// One encoding in progress: the output bytes and the containers still open in it.
///
/// The bytes live in storage of the sink's own, written through a pointer: each write asks
/// ``reserve(_:)`` once for room for everything it may write (a key, a number, a string with
/// its quotes), then stores bytes with no further checks. Appending to an `[UInt8]` byte by
/// byte and run by run (a uniqueness and a capacity check each, and generic
/// `append(contentsOf:)`) was about a third of writing `analyze`'s JSON.
///
/// Containers nest strictly (a value's container is closed when its `encode(to:)` returns),
/// so every open container's members are contiguous at the end of the bytes. A nested
/// container or super-encoder, which may be filled out of order, gets a sink of its own whose
/// bytes are spliced in when its parent closes.
final class JSONSink {
  struct Entry {
    /// The member's key; nil for an array item.
    var key: String?
    /// Where the entry's bytes (`"key":value`, no comma) start and end in the output.
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

  // Unchecked exclusivity: a sink belongs to one encoding on one thread, and the runtime
  // check on every access was a tenth of encoding time.
  /// The output: `count` bytes written at `base`, room for `capacity`.
  @exclusivity(unchecked) private var base: UnsafeMutablePointer<UInt8>
  @exclusivity(unchecked) private(set) var count = 0
  @exclusivity(unchecked) private var capacity: Int
  @exclusivity(unchecked) var frames: [Frame] = []
  /// Where ``close()`` keeps a container's bytes while it puts its members in order.
  var scratch: [UInt8] = []

  init(capacity: Int = 1024) {
    self.capacity = max(capacity, 16)
    base = .allocate(capacity: self.capacity)
  }

  deinit { base.deallocate() }

  /// The bytes written so far.
  var bytes: [UInt8] { [UInt8](UnsafeBufferPointer(start: base, count: count)) }

  // MARK: Raw output

  /// Where the next byte goes, with room for at least `extra` bytes from there. Write them,
  /// then ``advance(to:)`` past the last written.
  @inline(__always)
  func reserve(_ extra: Int) -> UnsafeMutablePointer<UInt8> {
    if capacity - count < extra { grow(extra) }
    return base + count
  }

  /// Counts everything up to `end` (a pointer into room ``reserve(_:)`` returned) as output.
  @inline(__always)
  func advance(to end: UnsafeMutablePointer<UInt8>) { count = base.distance(to: end) }

  @inline(never)
  private func grow(_ extra: Int) {
    let larger = max(capacity * 2, count + extra)
    let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
    UnsafeMutableRawPointer(moved).copyMemory(from: base, byteCount: count)
    base.deallocate()
    base = moved
    capacity = larger
  }

  @inline(__always)
  func append(_ byte: UInt8) {
    reserve(1).pointee = byte
    count += 1
  }

  func append(_ run: UnsafeBufferPointer<UInt8>) {
    guard let source = run.baseAddress, !run.isEmpty else { return }
    reserve(run.count).update(from: source, count: run.count)
    count += run.count
  }

  /// Appends everything `other` has written.
  func append(contentsOf other: JSONSink) {
    append(UnsafeBufferPointer(start: other.base, count: other.count))
  }

  /// The bytes written from offset `start` on: valid until the next write.
  func written(from start: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: base + start, count: count - start)
  }

  /// Drops the bytes written from offset `start` on.
  func truncate(to start: Int) {
    precondition(start <= count, "JSON output can only be cut back")
    count = start
  }

  /// ASCII text that needs no escaping (numbers in their fallback form, literals).
  func appendASCII(_ text: String) {
    text.withUTF8Buffer { append($0) }
  }

  @inline(__always)
  func appendBool(_ flag: Bool) {
    let cursor = reserve(5)
    if flag {
      (cursor[0], cursor[1], cursor[2], cursor[3]) = (0x74, 0x72, 0x75, 0x65)
      count += 4
    } else {
      (cursor[0], cursor[1], cursor[2], cursor[3], cursor[4]) = (0x66, 0x61, 0x6C, 0x73, 0x65)
      count += 5
    }
  }

  @inline(__always)
  func appendNull() {
    let cursor = reserve(4)
    (cursor[0], cursor[1], cursor[2], cursor[3]) = (0x6E, 0x75, 0x6C, 0x6C)
    count += 4
  }

  // MARK: Numbers (strings in JSONSink+Strings.swift, `Codable` in JSONSink+Containers.swift)

  /// An integer's decimal digits, as ``JSONWriter/format(_:)`` writes it.
  @inline(__always)
  func appendInteger(_ number: Int) {
    guard number.magnitude < 1_000_000_000_000_000 else {
      appendASCII(JSONWriter.format(Double(number)))
      return
    }
    let cursor = reserve(20)
    count += JSONSink.writeInteger(number, at: cursor)
  }

  /// Writes the digits of a number below 10¹⁸ in magnitude (at most 19 and a sign); returns
  /// how many bytes it wrote.
  @inline(__always)
  static func writeInteger(_ number: Int, at cursor: UnsafeMutablePointer<UInt8>) -> Int {
    var start = cursor
    if number < 0 {
      start.pointee = 0x2D
      start += 1
    }
    // Digits counted first and written in place, last digit first.
    var rest = number.magnitude
    var digits = 1
    var limit: UInt = 10
    while rest >= limit, digits < 19 {
      digits += 1
      limit &*= 10
    }
    var index = digits
    repeat {
      index -= 1
      start[index] = 0x30 + UInt8(truncatingIfNeeded: rest % 10)
      rest /= 10
    } while index > 0
    return cursor.distance(to: start) + digits
  }

  /// Appends `JSONWriter.format(number)` without making a String for the common case.
  ///
  /// Most numbers in reports were rounded to thousandths (weights, confidences, ratios): when
  /// `number` is exactly the double nearest to k/1000, the decimal k/1000 with its trailing
  /// zeros dropped is its shortest round-trip form (any shorter decimal is at least 0.001
  /// away, far more than an ulp below 10⁹), which is what `description` prints.
  func appendNumber(_ number: Double) {
    if number.isFinite, abs(number) < 1e9 {
      // Rounded by hand rather than with `rounded()`, a call into the C library (two a number
      // were a third of writing one): below 10¹², a double less its integer part is exact.
      let whole = Int(number)
      if Double(whole) == number {
        let cursor = reserve(20)
        count += JSONSink.writeInteger(whole, at: cursor)
        return
      }
      let product = number * 1000
      var scaled = Int(product)
      let excess = product - Double(scaled)
      // Half away from zero, as `rounded()` rounds.
      if excess >= 0.5 {
        scaled += 1
      } else if excess <= -0.5 {
        scaled -= 1
      }
      if Double(scaled) / 1000 == number {
        var cursor = reserve(16)
        if scaled < 0 {
          cursor.pointee = 0x2D
          cursor += 1
        }
        let magnitude = Int(scaled.magnitude)
        cursor += JSONSink.writeInteger(magnitude / 1000, at: cursor)
        cursor.pointee = 0x2E
        cursor += 1
        var fraction = magnitude % 1000
        var divisor = 100
        while fraction > 0 {
          cursor.pointee = 0x30 + UInt8(truncatingIfNeeded: fraction / divisor)
          cursor += 1
          fraction %= divisor
          divisor /= 10
        }
        advance(to: cursor)
        return
      }
    }
    appendASCII(JSONWriter.format(number))
  }
}
