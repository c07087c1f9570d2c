import Foundation

/// The lower-cased ASCII letters of one word part, as the syllable rules read them.
typealias Letters = UnsafeBufferPointer<UInt8>

/// The syllable counter's word loop: folds each hyphen- or apostrophe-separated part into a
/// stack buffer (no allocation per word) and counts it.
enum SyllableCounter {
  /// What counting one word found.
  struct Word {
    var syllables: Int
    /// FNV-1a hash of the word's folded letters, hyphens and apostrophes left out (the key
    /// of ``Readability/familiarWords``).
    var key: UInt64
    /// Letters, digits and marks (Coleman–Liau's letters).
    var characters: Int
  }

  /// The longest part folded; longer tokens (URLs) are counted on their first letters.
  static let maximumPartLength = 64

  /// The syllables of the word at `span`: its hyphen- and apostrophe-separated parts added up.
  static func count(_ scalars: [Unicode.Scalar], _ span: Span) -> Word {
    withWorkspace { count(scalars, span, in: $0) }
  }

  /// Scratch memory for counting a text's words: the letter buffer and a small direct-mapped
  /// cache of part counts (words repeat within a text). Valid only inside ``withWorkspace(_:)``.
  struct Workspace {
    fileprivate let letters: UnsafeMutableBufferPointer<UInt8>
    fileprivate let memoKeys: UnsafeMutableBufferPointer<UInt64>
    fileprivate let memoCounts: UnsafeMutableBufferPointer<UInt8>

    @inline(__always)
    fileprivate func count(_ letters: Letters, key: UInt64) -> Int {
      let slot = Int(truncatingIfNeeded: key) & (SyllableCounter.memoSize - 1)
      if memoKeys[slot] == key { return Int(memoCounts[slot]) }
      let count = SyllableCounter.countFolded(letters, hash: key)
      memoKeys[slot] = key
      memoCounts[slot] = UInt8(truncatingIfNeeded: min(count, 255))
      return count
    }
  }

  /// Slots of the part-count cache (a power of two): a class's vocabulary, so that each thread
  /// runs the rules about once per distinct word of the batch, not once per word per text.
  static let memoSize = 16384

  /// Runs `body` with scratch memory for ``count(_:_:in:)``: the calling thread's own, kept
  /// between texts (a fresh one when the thread's is already in use, as in a nested call).
  ///
  /// The cache holds only what the rules computed for a part's letters, keyed by their 64-bit
  /// hash, so what it holds never changes a count (barring a 64-bit collision).
  static func withWorkspace<Result>(_ body: (Workspace) -> Result) -> Result {
    if let storage = WorkspaceStorage.current(), !storage.inUse {
      storage.inUse = true
      defer { storage.inUse = false }
      return body(storage.workspace)
    }
    let storage = WorkspaceStorage()
    return body(storage.workspace)
  }

  /// The syllables of the word at `span`, using `workspace`.
  static func count(_ scalars: [Unicode.Scalar], _ span: Span, in workspace: Workspace) -> Word {
    scalars.withUnsafeBufferPointer { count($0, span, in: workspace) }
  }

  /// The syllables of the word at `span` of `scalars`, using `workspace`.
  @inline(__always)
  static func count(_ scalars: ScalarBuffer, _ span: Span, in workspace: Workspace) -> Word {
    // Most words are one part of ASCII letters: folded and hashed in one tight loop, the word
    // key being the part key. Anything else (digits, joiners, other scripts, a part longer
    // than the buffer) goes the general way from the start.
    let length = span.end - span.start
    guard length > 0 && length <= maximumPartLength else {
      return countParts(scalars, span, in: workspace)
    }
    let buffer = workspace.letters
    var key = FNV1a()
    var index = 0
    while index < length {
      let folded = scalars[span.start + index].value | 0x20
      guard folded &- 0x61 < 26 else { return countParts(scalars, span, in: workspace) }
      let letter = UInt8(truncatingIfNeeded: folded)
      buffer[index] = letter
      key.combine(letter)
      index += 1
    }
    let letters = Letters(rebasing: buffer[0..<length])
    let syllables = workspace.count(letters, key: key.value)
    return Word(syllables: max(syllables, 1), key: key.value, characters: length)
  }

  /// The general word loop: each hyphen- or apostrophe-separated part folded and counted.
  static func countParts(
    _ scalars: ScalarBuffer, _ span: Span, in workspace: Workspace
  ) -> Word {
    let buffer = workspace.letters
    var word = Word(syllables: 0, key: 0, characters: 0)
    var wordKey = FNV1a()
    var length = 0
    var partKey = FNV1a()
    var afterApostrophe = false
    var lastLetter: UInt8 = 0
    var beforeLastLetter: UInt8 = 0
    var hasLetters = false
    var offset = span.start
    while true {
      let atEnd = offset >= span.end
      let scalar: Unicode.Scalar = atEnd ? " " : scalars[offset]
      let separator = atEnd || ScalarClass.isHyphen(scalar) || ScalarClass.isApostrophe(scalar)
      if !separator {
        let value = ScalarClass.asciiLower(scalar)
        var letter: UInt8 = 0
        if value >= 0x61 && value <= 0x7A {
          letter = UInt8(truncatingIfNeeded: value)
          word.characters += 1
        } else if value >= 0x30 && value <= 0x39 {
          word.characters += 1
        } else if value >= 0x80 && ScalarClass.isWordCharacter(scalar) {
          if value >= 0xC0 { letter = foldAccented(value) }
          word.characters += 1
        }
        if letter != 0 && length < maximumPartLength {
          buffer[length] = letter
          length += 1
          partKey.combine(letter)
          wordKey.combine(letter)
        }
        offset += 1
        continue
      }
      if length > 0 {
        hasLetters = true
        let letters = Letters(rebasing: buffer[0..<length])
        if afterApostrophe {
          word.syllables += contractionEnding(
            letters, lastLetter: lastLetter, beforeLastLetter: beforeLastLetter)
        } else {
          word.syllables += workspace.count(letters, key: partKey.value)
          lastLetter = letters[length - 1]
          beforeLastLetter = length >= 2 ? letters[length - 2] : 0
        }
      }
      if atEnd { break }
      afterApostrophe = ScalarClass.isApostrophe(scalar)
      length = 0
      partKey = FNV1a()
      offset += 1
    }
    word.key = wordKey.value
    if !hasLetters {
      word.syllables = span.isEmpty ? 0 : 1
    } else {
      word.syllables = max(word.syllables, 1)
    }
    return word
  }

  /// Syllables added by what follows an apostrophe, given the last letters before it.
  private static func contractionEnding(
    _ letters: Letters, lastLetter: UInt8, beforeLastLetter: UInt8
  ) -> Int {
    if letters.count == 1 && letters[0] == 0x74 && lastLetter == 0x6E {  // n't
      // can't, don't, aren't: no extra syllable; didn't, isn't, couldn't: one.
      return isVowelLetter(beforeLastLetter) ? 0 : 1
    }
    if letters.count == 1 && letters[0] == 0x73 {  // 's after a sibilant: boss's, Max's
      return lastLetter == 0x73 || lastLetter == 0x78 || lastLetter == 0x7A ? 1 : 0
    }
    if letters.count <= 2 { return 0 }  // 'll 're 've 'd 'm
    return countFolded(letters, hash: hash(letters))
  }

  private static func foldAccented(_ value: UInt32) -> UInt8 {
    switch value {
    case 0xC9, 0xE9: return 0x69  // é is never silent (café, résumé): read as i
    case 0xC0...0xC5, 0xE0...0xE5: return 0x61
    case 0xC8...0xCB, 0xE8...0xEB: return 0x65
    case 0xCC...0xCF, 0xEC...0xEF: return 0x69
    case 0xD2...0xD6, 0xD8, 0xF2...0xF6, 0xF8: return 0x6F
    case 0xD9...0xDC, 0xF9...0xFC: return 0x75
    default: return 0x6B
    }
  }
}

/// One thread's syllable-counting scratch memory, found through a POSIX thread-specific key.
private final class WorkspaceStorage {
  let letters = UnsafeMutableBufferPointer<UInt8>.allocate(
    capacity: SyllableCounter.maximumPartLength)
  let memoKeys = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: SyllableCounter.memoSize)
  let memoCounts = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: SyllableCounter.memoSize)
  var inUse = false

  init() {
    letters.initialize(repeating: 0)
    memoKeys.initialize(repeating: 0)
    memoCounts.initialize(repeating: 0)
  }

  deinit {
    letters.deallocate()
    memoKeys.deallocate()
    memoCounts.deallocate()
  }

  var workspace: SyllableCounter.Workspace {
    SyllableCounter.Workspace(letters: letters, memoKeys: memoKeys, memoCounts: memoCounts)
  }

  /// Released when its thread ends.
  static let key: pthread_key_t? = {
    var key = pthread_key_t()
    let created = pthread_key_create(&key) { pointer in
      if let pointer { Unmanaged<WorkspaceStorage>.fromOpaque(pointer).release() }
    }
    return created == 0 ? key : nil
  }()

  /// The calling thread's storage, made on first use (nil only if no key could be made).
  static func current() -> WorkspaceStorage? {
    guard let key else { return nil }
    if let pointer = pthread_getspecific(key) {
      return Unmanaged<WorkspaceStorage>.fromOpaque(pointer).takeUnretainedValue()
    }
    let storage = WorkspaceStorage()
    guard pthread_setspecific(key, Unmanaged.passRetained(storage).toOpaque()) == 0 else {
      Unmanaged.passUnretained(storage).release()
      return nil
    }
    return storage
  }
}
