import Foundation

/// Ranks corrections for a misspelled word: every listed word one edit away (a letter
/// deleted, inserted, changed, two swapped, or a missing space), or, when there is none, every
/// listed word within two edits; ranked by ``SpellingCost`` and then by how common the word is.
public struct SpellingSuggester: Sendable {
  public let dictionary: SpellingDictionary
  /// Words of SCOWL size 50 or less in plain ASCII, lower-cased, for the two-edit scan.
  private let pool: [UInt8]
  private let poolStarts: [Int32]
  private let poolEntries: [Int32]
  /// Each pool word's letter-presence bits (bit 0 `a` … bit 25 `z`, bit 26 anything else),
  /// and bit 31 set when it has a doubled letter (``doubledBit``).
  private let poolLetters: [UInt32]
  /// Where the pool words of each bucket begin (and, at the next bucket, end); a bucket holds
  /// the words of one first byte and one length (see ``bucket(first:length:)``).
  private let poolBucketStarts: [Int]
  /// What ranking reads of each dictionary entry, side by side: its estimated Zipf
  /// frequency and where its listed form is. Read from three arrays, a candidate's ranking
  /// waited on three cache misses; from one record, on one.
  private let ranks: [Rank]

  /// One entry's ``ranks`` record.
  struct Rank {
    var zipf: Float
    var formStart: Int32
    var formLength: UInt8
  }

  /// How much a step of the Zipf scale (ten times rarer) adds to a candidate's cost.
  static let rarityWeight = 0.2
  /// The largest distance a suggestion may be (two plain edits).
  static let maximumDistance = 2.0
  /// The Zipf frequency assumed for a word by its smallest SCOWL size, when it is not among
  /// the most frequent words of ``TermWeights/englishWordFrequencies``.
  static let zipfBySize: [UInt8: Float] = [
    10: 4.0, 20: 3.6, 35: 3.2, 40: 3.0, 50: 2.6, 55: 2.4, 60: 2.2, 70: 1.5,
  ]

  /// The suggester over the built-in dictionary (prepared once, at first use).
  public static let builtIn = SpellingSuggester(dictionary: .builtIn)

  init(dictionary: SpellingDictionary) {
    self.dictionary = dictionary
    // The frequencies on a second thread while this one groups the pool (``Concurrently``).
    let (pool, zipf) = Concurrently.run({ Pool(dictionary) }, { Self.zipf(of: dictionary) })
    self.ranks = zipf.indices.map {
      Rank(
        zipf: zipf[$0], formStart: dictionary.formStarts[$0],
        formLength: dictionary.formLengths[$0])
    }
    self.pool = pool.bytes
    self.poolStarts = pool.starts
    self.poolEntries = pool.entries
    self.poolLetters = pool.letters
    self.poolBucketStarts = pool.bucketStarts
  }

  /// The pool's arrays (see ``SpellingSuggester``'s properties of the same names).
  struct Pool {
    var bytes: [UInt8]
    var starts: [Int32]
    var entries: [Int32]
    var letters: [UInt32]
    var bucketStarts: [Int]

    /// The pool is grouped by first byte and length (a counting sort, entries in index order
    /// within a bucket), so a scan reads only the words sharing the typed word's first letter
    /// and nearly its length.
    init(_ dictionary: SpellingDictionary) {
      let entries = dictionary.entries
      var buckets = [Int16](repeating: -1, count: entries.count)
      var groupCounts = [Int](repeating: 0, count: SpellingSuggester.bucketCount + 1)
      var poolBytes = 0
      dictionary.bytes.withUnsafeBufferPointer { bytes in
        let raw = UnsafeRawBufferPointer(bytes)
        for index in entries.indices where entries[index].size <= 50 {
          let start = Int(dictionary.formStarts[index])
          let end = start + Int(dictionary.formLengths[index])
          guard end > start else { continue }
          // Eight bytes at a time while they last (a spelling is nine bytes on average, and
          // this test was a third of the pool's making, a byte at a time), then the rest.
          var offset = start
          var high: UInt64 = 0
          while offset + 8 <= end {
            high |= raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            offset += 8
          }
          while offset < end {
            high |= UInt64(bytes[offset])
            offset += 1
          }
          guard high & 0x8080_8080_8080_8080 == 0 else { continue }
          let bucket = SpellingSuggester.bucket(
            first: SpellingDictionary.fold(bytes[start]), length: end - start)
          buckets[index] = Int16(bucket)
          groupCounts[bucket] += 1
          poolBytes += end - start
        }
      }
      var bucketStarts = [Int](repeating: 0, count: SpellingSuggester.bucketCount + 1)
      var total = 0
      for bucket in 0..<SpellingSuggester.bucketCount {
        bucketStarts[bucket] = total
        total += groupCounts[bucket]
      }
      bucketStarts[SpellingSuggester.bucketCount] = total
      var order = [Int32](repeating: 0, count: total)
      var next = bucketStarts
      for index in entries.indices where buckets[index] >= 0 {
        let bucket = Int(buckets[index])
        order[next[bucket]] = Int32(index)
        next[bucket] += 1
      }
      // Each word's bytes lower-cased, where it starts, and its letters, written in place.
      var starts = [Int32](repeating: 0, count: total + 1)
      var letters = [UInt32](repeating: 0, count: total)
      let pool = [UInt8](unsafeUninitializedCapacity: poolBytes) { pool, initialized in
        dictionary.bytes.withUnsafeBufferPointer { bytes in
          starts.withUnsafeMutableBufferPointer { starts in
            letters.withUnsafeMutableBufferPointer { letters in
              var written = 0
              for (item, index) in order.enumerated() {
                let start = Int(dictionary.formStarts[Int(index)])
                var bits: UInt32 = 0
                var previous: UInt8 = 0
                for offset in start..<start + Int(dictionary.formLengths[Int(index)]) {
                  let lowered = SpellingDictionary.fold(bytes[offset])
                  pool.initializeElement(at: written, to: lowered)
                  written += 1
                  bits |= SpellingSuggester.letterBit(lowered)
                  if lowered == previous { bits |= SpellingSuggester.doubledBit }
                  previous = lowered
                }
                starts[item + 1] = Int32(written)
                letters[item] = bits
              }
              initialized = written
            }
          }
        }
      }
      self.bytes = pool
      self.starts = starts
      self.entries = order
      self.letters = letters
      self.bucketStarts = bucketStarts
    }
  }

  /// Lengths from this one on share a bucket.
  static let longestBucketLength = 63
  static let bucketCount = 128 * (longestBucketLength + 1)

  /// The pool bucket of the words with this first byte (lower-case ASCII) and length.
  @inline(__always)
  static func bucket(first: UInt8, length: Int) -> Int {
    Int(first & 0x7F) * (longestBucketLength + 1) + min(length, longestBucketLength)
  }

  /// Each entry's Zipf frequency: the English table's, or the one its SCOWL size implies if
  /// that is higher. The table is read byte by byte (its words are lower case; a word with
  /// other bytes is keyed through ``SpellingDictionary/key(_:)``).
  static func zipf(of dictionary: SpellingDictionary) -> [Float] {
    var bySize = [Float](repeating: 1.5, count: 256)
    for (size, value) in zipfBySize { bySize[Int(size)] = value }
    var zipf = dictionary.entries.map { bySize[Int($0.size)] }
    var table = TermWeights.englishWordFrequencies
    table.withUTF8 { text in
      var offset = 0
      let count = text.count
      while offset < count {
        // One line: Zipf × 10, then the words that have it.
        while offset < count && (text[offset] == 0x20 || text[offset] == 0x0A) { offset += 1 }
        var tenths = 0
        var digits = 0
        while offset < count && text[offset] >= 0x30 && text[offset] <= 0x39 {
          tenths = tenths &* 10 &+ Int(text[offset] &- 0x30)
          digits += 1
          offset += 1
        }
        let value = Float(tenths) / 10
        while offset < count && text[offset] != 0x0A {
          if text[offset] == 0x20 {
            offset += 1
            continue
          }
          let start = offset
          var hasher = FNV1a()
          var plain = true
          while offset < count && text[offset] != 0x20 && text[offset] != 0x0A {
            let byte = text[offset]
            if byte >= 0x80 || (byte >= 0x41 && byte <= 0x5A) { plain = false }
            hasher.combine(byte)
            offset += 1
          }
          guard digits > 0 else { continue }
          let key =
            plain
            ? hasher.value
            : SpellingDictionary.key(
              String(decoding: UnsafeBufferPointer(rebasing: text[start..<offset]), as: UTF8.self)
                .unicodeScalars)
          if let index = dictionary.index(of: key) { zipf[index] = max(zipf[index], value) }
        }
      }
    }
    return zipf
  }

  /// The bit of ``poolLetters`` set for a word with a doubled letter, which alone can be
  /// inserted for less than a whole step.
  static let doubledBit: UInt32 = 1 << 31
  /// The letter bits of ``poolLetters`` (all but ``doubledBit``).
  static let letterBits: UInt32 = 0x7FF_FFFF

  @inline(__always)
  static func letterBit(_ byte: UInt8) -> UInt32 {
    byte >= 0x61 && byte <= 0x7A ? 1 << UInt32(byte - 0x61) : 1 << 26
  }

  /// The listed spellings that could be meant by `word`, best first (at most `limit`).
  public func suggestions(for word: String, dialects: Dialect = .any, limit: Int = 5) -> [String] {
    var typed = Array(word.utf8)
    guard limit > 0, !typed.isEmpty, typed.allSatisfy({ $0 < 0x80 }) else { return [] }
    let capitalised = typed[0] >= 0x41 && typed[0] <= 0x5A
    for index in typed.indices where typed[index] >= 0x41 && typed[index] <= 0x5A {
      typed[index] |= 0x20
    }
    var candidates = oneEditCandidates(typed, dialects: dialects)
    if candidates.isEmpty { candidates = scan(typed, dialects: dialects) }
    var rows: [Double] = []
    var form: [UInt8] = []
    var scores: [Double] = []
    scores.reserveCapacity(candidates.count)
    ranks.withUnsafeBufferPointer { ranks in
      dictionary.bytes.withUnsafeBufferPointer { bytes in
        for candidate in candidates {
          switch candidate {
          case .word(let index):
            let rank = ranks[index]
            let start = Int(rank.formStart)
            form.removeAll(keepingCapacity: true)
            for byte in bytes[start..<start + Int(rank.formLength)] {
              form.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            }
            let distance = typed.withUnsafeBufferPointer { a in
              form.withUnsafeBufferPointer { b in
                SpellingCost.distance(a, b, limit: Self.maximumDistance, rows: &rows)
              }
            }
            scores.append(distance + Self.rarityWeight * Double(6.5 - rank.zipf))
          case .split(let first, let second):
            scores.append(
              1 + Self.rarityWeight * Double(6.5 - min(ranks[first].zipf, ranks[second].zipf)))
          }
        }
      }
    }
    // Only candidates scoring at most the `limit`-th best score can be among the first
    // `limit` (every candidate's text is its own: entries differ in their lower-case
    // spelling, and only a split holds a space), so only theirs are written out and sorted.
    let cutoff = scores.count > limit ? scores.sorted()[limit - 1] : Double.infinity
    var scored: [(text: String, score: Double)] = []
    for (candidate, score) in zip(candidates, scores) where score <= cutoff {
      var text: String
      switch candidate {
      case .word(let index): text = dictionary.form(index)
      case .split(let first, let second):
        text = dictionary.form(first) + " " + dictionary.form(second)
      }
      if capitalised, let initial = text.first, initial.isLowercase {
        text = initial.uppercased() + text.dropFirst()
      }
      scored.append((text, score))
    }
    scored.sort { $0.score != $1.score ? $0.score < $1.score : $0.text < $1.text }
    var result: [String] = []
    for candidate in scored where result.count < limit && !result.contains(candidate.text) {
      result.append(candidate.text)
    }
    return result
  }

  enum Candidate: Hashable {
    case word(Int)
    case split(Int, Int)
  }

  /// The letters an insertion or a substitution tries.
  static let alphabet = Array("abcdefghijklmnopqrstuvwxyz'".utf8)

  /// Listed words one edit from `typed` (lower-case ASCII), and two listed words it joins.
  /// Each candidate's key is made from the keys of the typed word's unchanged head and tail
  /// (``SpellingDictionary/editKey(_:_:)``), without building or hashing it.
  func oneEditCandidates(_ typed: [UInt8], dialects: Dialect) -> [Candidate] {
    Self.oneEditCandidates(typed, in: dictionary, dialects: dialects)
  }

  /// ``oneEditCandidates(_:dialects:)`` in any dictionary (it needs no pool).
  ///
  /// Each edit's key is made from the typed word's head and tail keys
  /// (``SpellingDictionary/editKey(_:_:)``) and tried against the dictionary's edit filter;
  /// the few it lets through are hashed whole (FNV-1a, from the hash of the head) and looked
  /// up in the dictionary.
  ///
  /// The work is done in passes: every position's letter slots, then every edit's key, then
  /// every key against the filter, then the look-ups. Each of the filters' reads is as
  /// likely as not to miss the processor's caches; done one edit at a time, with a branch on
  /// each answer, they waited for one another, and in a pass of their own the processor
  /// has many of them under way at once.
  static func oneEditCandidates(
    _ typed: [UInt8], in dictionary: SpellingDictionary, dialects: Dialect
  ) -> [Candidate] {
    let scratch = EditScratch(count: typed.count)
    defer { scratch.deallocate() }
    return oneEditCandidates(typed, in: dictionary, dialects: dialects, scratch: scratch)
  }

  /// The per-position tables of ``oneEditCandidates(_:in:dialects:)`` for a typed word of
  /// `count` letters, in one block of memory, zeroed, and `powers[0]` 1. Six arrays made and
  /// freed for every misspelling cost a third as much as the rest of the work on them. (A
  /// first version kept them in temporary allocations, whose closures copied the dictionary,
  /// a struct of a dozen arrays, and retained each of them.)
  struct EditScratch {
    /// The edit keys of typed[..<i] and typed[i...], and the powers of the base.
    let heads, tails, powers: UnsafeMutableBufferPointer<UInt64>
    /// The FNV-1a hashes of typed[..<i].
    let hashedHeads: UnsafeMutableBufferPointer<FNV1a>
    /// The letters the letter-slot filter lets through at each cut.
    let insertable, substitutable: UnsafeMutableBufferPointer<UInt32>
    private let block: UnsafeMutableRawPointer

    /// Words of eight bytes: 3 × count + 4 keys, count + 1 hashes, then 2 × count + 2
    /// letter sets in count + 1 words.
    init(count: Int) {
      let keyWords = 3 * count + 4
      let hashWords = count + 1
      let letterWords = count + 1
      block = UnsafeMutableRawPointer.allocate(
        byteCount: 8 * (keyWords + hashWords + letterWords), alignment: 8)
      let keys = block.bindMemory(to: UInt64.self, capacity: keyWords)
      keys.initialize(repeating: 0, count: keyWords)
      keys[2 * count + 2] = 1
      heads = UnsafeMutableBufferPointer(start: keys, count: count + 1)
      tails = UnsafeMutableBufferPointer(start: keys + count + 1, count: count + 1)
      powers = UnsafeMutableBufferPointer(start: keys + 2 * count + 2, count: count + 2)
      let hashes = (block + 8 * keyWords).bindMemory(to: FNV1a.self, capacity: hashWords)
      hashes.initialize(repeating: FNV1a(), count: hashWords)
      hashedHeads = UnsafeMutableBufferPointer(start: hashes, count: hashWords)
      let letters = (block + 8 * (keyWords + hashWords))
        .bindMemory(to: UInt32.self, capacity: 2 * letterWords)
      letters.initialize(repeating: 0, count: 2 * letterWords)
      insertable = UnsafeMutableBufferPointer(start: letters, count: count + 1)
      substitutable = UnsafeMutableBufferPointer(start: letters + count + 1, count: count + 1)
    }

    func deallocate() { block.deallocate() }
  }

  /// ``oneEditCandidates(_:in:dialects:)``, its per-position tables kept in `scratch`.
  static func oneEditCandidates(
    _ typed: [UInt8], in dictionary: SpellingDictionary, dialects: Dialect, scratch: EditScratch
  ) -> [Candidate] {
    let count = typed.count
    let base = SpellingDictionary.editBase
    let heads = scratch.heads
    let tails = scratch.tails
    let powers = scratch.powers
    let hashedHeads = scratch.hashedHeads
    for index in 0..<count {
      heads[index + 1] = SpellingDictionary.editKey(heads[index], typed[index])
      hashedHeads[index + 1] = hashedHeads[index]
      hashedHeads[index + 1].combine(typed[index])
    }
    for power in 1..<count + 2 { powers[power] = powers[power - 1] &* base }
    for index in stride(from: count - 1, through: 0, by: -1) {
      tails[index] = UInt64(typed[index]) &* powers[count - 1 - index] &+ tails[index + 1]
    }
    // The letters the letter-slot filter lets through for the blank at each cut: inserted
    // there, or put in place of the letter there (not the same letter: that is no edit).
    let slots = dictionary.letterSlots
    let insertable = scratch.insertable
    let substitutable = scratch.substitutable
    for cut in 0...count {
      insertable[cut] = slots.letters(
        LetterSlotFilter.pattern(head: heads[cut], tail: tails[cut], tailPower: powers[count - cut])
      )
      if cut < count {
        let same = LetterSlotFilter.letterIndex(typed[cut]).map { UInt32(1) << UInt32($0) } ?? 0
        substitutable[cut] =
          slots.letters(
            LetterSlotFilter.pattern(
              head: heads[cut], tail: tails[cut + 1], tailPower: powers[count - cut - 1]))
          & ~same
      }
    }
    // Every edit, in the order its candidate is added: at each cut a deletion, a
    // transposition, each letter's insertion then substitution (in the alphabet's order), and
    // the two words of a split (a `first` and a `second` edit, side by side).
    var edits: [Edit] = []
    edits.reserveCapacity(4 * count + 4)
    for cut in 0...count {
      let head = heads[cut]
      // A deletion (never of the only letter: nothing would be left), a transposition.
      if cut < count && count > 1 {
        edits.append(
          Edit(
            key: head &* powers[count - cut - 1] &+ tails[cut + 1], cut: cut, from: cut + 1))
      }
      if count - cut >= 2 {
        let swapped = SpellingDictionary.editKey(
          SpellingDictionary.editKey(head, typed[cut + 1]), typed[cut])
        edits.append(
          Edit(
            key: swapped &* powers[count - cut - 2] &+ tails[cut + 2], cut: cut, from: cut + 2,
            extra: (typed[cut + 1], typed[cut]), extraCount: 2))
      }
      var letters = insertable[cut] | substitutable[cut]
      while letters != 0 {
        let bit = letters.trailingZeroBitCount
        letters &= letters &- 1
        let letter = alphabet[bit]
        let inserted = SpellingDictionary.editKey(head, letter)
        if insertable[cut] & (1 << UInt32(bit)) != 0 {
          edits.append(
            Edit(
              key: inserted &* powers[count - cut] &+ tails[cut], cut: cut, from: cut,
              extra: (letter, 0), extraCount: 1))
        }
        if substitutable[cut] & (1 << UInt32(bit)) != 0 {
          edits.append(
            Edit(
              key: inserted &* powers[count - cut - 1] &+ tails[cut + 1], cut: cut,
              from: cut + 1, extra: (letter, 0), extraCount: 1))
        }
      }
      if cut >= 1 && cut < count, cut > 1 || typed[0] == 0x61, count - cut > 1 || typed[cut] == 0x61
      {
        edits.append(Edit(key: head, cut: cut, from: count, role: .first))
        edits.append(Edit(key: tails[cut], cut: 0, from: cut, role: .second))
      }
    }
    // Which keys the edit filter lets through.
    var passes = [Bool](repeating: false, count: edits.count)
    dictionary.withEditFilter { filter in
      for index in edits.indices { passes[index] = filter.mayContain(edits[index].key) }
    }
    // The entries they spell, then the candidates, in the edits' order and each once (the
    // same entry may come from several edits).
    var found: [Candidate] = []
    func add(_ candidate: Candidate) {
      if case .word(let index) = candidate,
        dictionary.entries[index].dialects.isDisjoint(with: dialects)
      {
        return
      }
      if !found.contains(candidate) { found.append(candidate) }
    }
    typed.withUnsafeBufferPointer { typed in
      /// The entry `edit` spells, if any.
      func entry(_ edit: Edit) -> Int? {
        var hasher = edit.role == .second ? FNV1a() : hashedHeads[edit.cut]
        if edit.extraCount >= 1 { hasher.combine(edit.extra.0) }
        if edit.extraCount == 2 { hasher.combine(edit.extra.1) }
        for offset in edit.from..<count { hasher.combine(typed[offset]) }
        return dictionary.index(of: hasher.value)
      }
      var index = 0
      while index < edits.count {
        let edit = edits[index]
        if edit.role == .first {
          if passes[index] && passes[index + 1], let first = entry(edit),
            let second = entry(edits[index + 1]),
            dictionary.entries[first].size <= 35, dictionary.entries[second].size <= 35
          {
            add(.split(first, second))
          }
          index += 2
          continue
        }
        if passes[index], let entry = entry(edit) { add(.word(entry)) }
        index += 1
      }
    }
    return found
  }

  /// One edit of a typed word, for ``oneEditCandidates(_:in:dialects:)``: its edit key, and
  /// how to hash the spelling it makes whole (the head's hash up to `cut`, the `extra`
  /// bytes, then the typed word from `from` on).
  struct Edit {
    enum Role { case word, first, second }

    var key: UInt64
    var cut: Int
    var from: Int
    var extra: (UInt8, UInt8) = (0, 0)
    var extraCount = 0
    /// A word, or the first or second word of a split (whose hash starts from nothing).
    var role = Role.word
  }

  /// Pool words within ``maximumDistance`` of `typed`.
  func scan(_ typed: [UInt8], dialects: Dialect) -> [Candidate] {
    scan(typed, dialects: dialects, within: Self.maximumDistance).map { .word($0.index) }
  }

  /// Pool words within `limit` of `typed`, with their distances.
  ///
  /// Most words of the typed word's buckets are turned away before the distance is computed:
  /// by their letters (``poolLetters``), then by a lower bound from letter counts (every
  /// insertion or deletion costs at least half a step, and a whole one unless the word it
  /// is made in has a doubled letter, and changes the counts by one; a substitution costs at
  /// least 0.6 and changes them by two), then by the distance in whole
  /// twentieths (``SpellingCost/exceeds(_:deleteCosts:_:limit:rows:)``). Only the few left get
  /// the exact `Double` distance, so the result is what computing it for every word gives.
  func scan(_ typed: [UInt8], dialects: Dialect, within limit: Double) -> [(
    index: Int, distance: Double
  )] {
    var bits: UInt32 = 0
    // How often each byte occurs in the typed word, and scratch for the shared letters.
    var typedCounts = [Int16](repeating: 0, count: 128)
    var taken = [Int16](repeating: 0, count: 128)
    for byte in typed {
      bits |= Self.letterBit(byte)
      typedCounts[Int(byte & 0x7F)] += 1
    }
    let n = typed.count
    let cheapestIndel = SpellingCost.cheapestIndel
    let cheapestSubstitution = SpellingCost.cheapestSubstitution
    // Costs are whole twentieths: an exact total above `limitTwentieths` is above `limit`.
    let limitTwentieths = Int32((limit * 20 + 1e-9).rounded(.down))
    let deleteCosts: [Int32] = typed.withUnsafeBufferPointer { typed in
      typed.indices.map {
        SpellingCost.isDoubled(typed, at: $0) ? cheapestIndel : SpellingCost.wholeStep
      }
    }
    // The cheapest deletion from the typed word, and the cheapest insertion into a pool word
    // with or without a doubled letter.
    let cheapestDeletion = deleteCosts.min() ?? SpellingCost.wholeStep
    let cheapestInsertion = (plain: SpellingCost.wholeStep, doubled: cheapestIndel)
    var rows: [Double] = []
    var integerRows = [Int32](repeating: 0, count: 4 * (n + 4))
    var found: [(index: Int, distance: Double)] = []
    // Writers seldom get the first letter wrong: the scan keeps to words sharing it and nearly
    // its length (the bucket of the longest words holds every longer one).
    let low = Self.bucket(first: typed[0], length: max(n - 2, 0))
    let high = Self.bucket(first: typed[0], length: n + 2)
    let items = poolBucketStarts[low]..<poolBucketStarts[high + 1]
    typed.withUnsafeBufferPointer { typedBytes in
      deleteCosts.withUnsafeBufferPointer { deleteCosts in
        typedCounts.withUnsafeBufferPointer { counts in
          taken.withUnsafeMutableBufferPointer { taken in
            integerRows.withUnsafeMutableBufferPointer { integerRows in
              SpellingCost.substitutionTwentieths.withUnsafeBufferPointer { costs in
                pool.withUnsafeBufferPointer { pool in
                  poolStarts.withUnsafeBufferPointer { starts in
                    poolLetters.withUnsafeBufferPointer { letters in
                      guard let scratch = integerRows.baseAddress else { return }
                      for item in items {
                        // More than four letters in one word and not the other is more than
                        // two edits. Tested first, and by clearing the lowest four differing
                        // bits: without the processor's population count (not in baseline
                        // x86-64) counting them took sixteen instructions a word, and most
                        // words of the buckets stop here.
                        var differing = (letters[item] ^ bits) & Self.letterBits
                        differing &= differing &- 1
                        differing &= differing &- 1
                        differing &= differing &- 1
                        differing &= differing &- 1
                        guard differing == 0 else { continue }
                        let start = Int(starts[item])
                        let length = Int(starts[item + 1]) - start
                        guard abs(length - n) <= 2 else { continue }
                        let word = UnsafeBufferPointer(rebasing: pool[start..<start + length])
                        // Letters the two words share, counted with repeats.
                        // (Counted without a branch on the letters, which the processor
                        // mispredicted often.)
                        var common: Int32 = 0
                        for byte in word {
                          let slot = Int(byte & 0x7F)
                          let shared: Int16 = taken[slot] < counts[slot] ? 1 : 0
                          taken[slot] &+= shared
                          common &+= Int32(shared)
                        }
                        for byte in word { taken[Int(byte & 0x7F)] = 0 }
                        let lengthGap = Int32(abs(length - n))
                        let unmatched = Int32(n + length) - 2 * common
                        // The gap is made up by deletions from a longer typed word, or by
                        // insertions into it.
                        let indel =
                          length < n
                          ? cheapestDeletion
                          : letters[item] & Self.doubledBit != 0
                            ? cheapestInsertion.doubled : cheapestInsertion.plain
                        guard
                          indel * lengthGap + cheapestSubstitution
                            * max(0, unmatched - lengthGap) / 2 <= limitTwentieths,
                          !SpellingCost.exceeds(
                            typedBytes, deleteCosts: deleteCosts, word, limit: limitTwentieths,
                            costs: costs, rows: scratch)
                        else { continue }
                        let index = Int(poolEntries[item])
                        guard !dictionary.entries[index].dialects.isDisjoint(with: dialects)
                        else { continue }
                        let distance = SpellingCost.distance(
                          typedBytes, word, limit: limit, rows: &rows)
                        if distance <= limit { found.append((index, distance)) }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    return found
  }
}
