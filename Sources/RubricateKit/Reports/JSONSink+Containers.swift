/// Values written through their `encode(to:)`: containers as ``JSONStreamEncoder`` opens and
/// fills them, members put in key order when a container closes.
extension JSONSink {
  /// Writes one value: primitives directly, everything else through its `encode(to:)`.
  func encodeValue<T: Encodable>(_ value: T) throws {
    // Decided on the static type, with the protocol look-ups cached per type: a failed cast to
    // a protocol cost thousands of instructions each time, for every record's fields.
    if T.self == String.self, let text = value as? String {
      appendQuoted(text)
    } else if T.self == Int.self, let number = value as? Int {
      appendInteger(number)
    } else if T.self == Double.self, let number = value as? Double {
      appendNumber(number)
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
          appendASCII(JSONWriter.format(Double(number)))
          return
        }
      case .integer:
        if let number = value as? any BinaryInteger {
          appendASCII(JSONWriter.format(Double(number)))
          return
        }
      case .other: break
      }
      let depth = frames.count
      let before = count
      try value.encode(to: JSONStreamEncoder(sink: self, depth: depth))
      while frames.count > depth { close() }
      // A value that encoded nothing is an empty object, as in Foundation.
      if count == before {
        append(0x7B)
        append(0x7D)
      }
    }
  }

  /// The frame for the container of the value at `depth`, opened on first use.
  func frame(at depth: Int, isObject: Bool) -> Int {
    if frames.count > depth { return depth }
    append(isObject ? 0x7B : 0x5B)
    frames.append(Frame(isObject: isObject, start: count))
    return frames.count - 1
  }

  /// Starts an entry of the innermost open container: comma, and `"key":` for a member.
  func beginEntry(_ key: String?, frame index: Int) {
    precondition(index == frames.count - 1, "JSON containers must be filled innermost first")
    if !frames[index].entries.isEmpty { append(0x2C) }
    let start = count
    if let key {
      appendQuoted(key)
      append(0x3A)
      if let last = frames[index].entries.last?.key, !(last < key) {
        frames[index].needsRebuild = true
      }
    }
    frames[index].entries.append(Entry(key: key, start: start, end: start))
  }

  func endEntry(frame index: Int) {
    frames[index].entries[frames[index].entries.count - 1].end = count
  }

  /// An entry whose value is written later, through a sink of its own.
  func deferredEntry(_ key: String?, frame index: Int) -> JSONSink {
    beginEntry(key, frame: index)
    let child = JSONSink(capacity: 64)
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
    append(frame.isObject ? 0x7D : 0x5D)
  }

  private func rebuild(_ frame: Frame) {
    scratch.removeAll(keepingCapacity: true)
    scratch.append(contentsOf: written(from: frame.start))
    truncate(to: frame.start)
    var entries = frame.entries
    if frame.isObject {
      entries.sort { ($0.key ?? "") < ($1.key ?? "") }
    }
    scratch.withUnsafeBufferPointer { saved in
      for (position, entry) in entries.enumerated() {
        if position > 0 { append(0x2C) }
        let start = entry.start - frame.start
        let end = entry.end - frame.start
        append(UnsafeBufferPointer(rebasing: saved[start..<end]))
        if let child = entry.deferred {
          child.finish()
          if child.count == 0 {
            append(0x7B)
            append(0x7D)
          } else {
            append(contentsOf: child)
          }
        }
      }
    }
  }

  /// Closes every container still open (a deferred sink, when its parent closes).
  func finish() {
    while !frames.isEmpty { close() }
  }
}
