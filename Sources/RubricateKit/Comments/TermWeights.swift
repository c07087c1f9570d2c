import Foundation

/// Term weights for relevance: inverse document frequencies, keyed by ``CommentStemmer`` stem.
public struct TermWeights: Sendable, Equatable {
  public var idf: [String: Double]
  /// The weight of a term the table does not know (rarer than anything in it).
  public var defaultIDF: Double

  public init(idf: [String: Double] = [:], defaultIDF: Double = 1) {
    self.idf = idf
    self.defaultIDF = defaultIDF
  }

  /// How the class's document frequencies are smoothed with general English: as if the class
  /// also held this many documents of this many words of ordinary English. Without it a class
  /// writing on one topic weights its topic words near zero and a comment's everyday words as
  /// rare; with it, a word common in English stays cheap whatever the class.
  enum EnglishPrior {
    static let documents = 10.0
    static let words = 600.0
  }

  /// Weights learnt from a class's posts (each the post's body text): the smoothed
  /// `1 + ln((n + 1) / (df + 1))` of scikit-learn's `TfidfTransformer`, where `n` and `df` also
  /// count the ``EnglishPrior`` documents (a word's expected document frequency there follows
  /// from its English frequency, ``englishWordFrequencies``).
  public init(documents: [String]) {
    var frequencies: [String: Int] = [:]
    var memo = CommentText.Memo()
    for text in documents {
      let document = Document(text: text)
      var seen = Set<Int>()
      for token in CommentText.tokens(in: document, spans: [document.fullSpan], memo: &memo)
      where token.isContent && seen.insert(token.stemHash).inserted {
        frequencies[token.stem, default: 0] += 1
      }
    }
    let english = TermWeights.english
    let total = Double(documents.count) + EnglishPrior.documents + 1
    func idf(documentFrequency: Int, perBillion: Double) -> Double {
      let chance = 1 - exp(-EnglishPrior.words * perBillion / 1e9)
      return 1 + log(total / (Double(documentFrequency) + EnglishPrior.documents * chance + 1))
    }
    var weights = english.perBillion.mapValues { idf(documentFrequency: 0, perBillion: $0) }
    for (stem, count) in frequencies {
      weights[stem] = idf(
        documentFrequency: count, perBillion: english.perBillion[stem] ?? english.unknown)
    }
    self.init(idf: weights, defaultIDF: idf(documentFrequency: 0, perBillion: english.unknown))
  }

  /// Occurrences per billion words of each stem in general English (the words sharing a stem
  /// summed), and the frequency assumed for a stem the table lacks (below its rarest entry).
  static let english: (perBillion: [String: Double], unknown: Double) = {
    var perBillion: [String: Double] = [:]
    var lowest = 9.0
    for (word, tenths) in englishWords {
      let zipf = Double(tenths) / 10
      lowest = min(lowest, zipf)
      perBillion[CommentText.stemForm(word), default: 0] += pow(10, zipf)
    }
    return (perBillion, pow(10, lowest - 0.3))
  }()

  /// The words of ``englishWordFrequencies`` with their Zipf frequency × 10, in the table's
  /// order.
  static let englishWords: [(word: String, tenths: UInt8)] = {
    var text = englishWordFrequencies
    return text.withUTF8(parseWordFrequencies)
  }()

  /// Lines of a Zipf tenths (decimal digits, at most 255) and then its words, each after a
  /// space; a line that does not start so is passed over. Read byte by byte in one pass: it
  /// is read at every run, on the way to the first spelling check, and splitting it into
  /// lines and fields took five times as long.
  ///
  ///     "77 the\n74 to and\n" → (the, 77), (to, 74), (and, 74)
  static func parseWordFrequencies(_ bytes: UnsafeBufferPointer<UInt8>) -> [(
    word: String, tenths: UInt8
  )] {
    var words: [(word: String, tenths: UInt8)] = []
    words.reserveCapacity(6_000)
    let count = bytes.count
    var offset = 0
    while offset < count {
      var tenths = 0
      var digits = 0
      while offset < count && bytes[offset] &- 0x30 < 10 {
        tenths = min(tenths * 10 + Int(bytes[offset] &- 0x30), 256)
        digits += 1
        offset += 1
      }
      let fieldEnds = offset == count || bytes[offset] == 0x20 || bytes[offset] == 0x0A
      let valid = digits > 0 && tenths <= 255 && fieldEnds
      // The rest of the line: its words, or nothing worth keeping.
      while offset < count && bytes[offset] != 0x0A {
        guard valid && bytes[offset] != 0x20 else {
          offset += 1
          continue
        }
        let start = offset
        while offset < count && bytes[offset] != 0x20 && bytes[offset] != 0x0A { offset += 1 }
        words.append(
          (
            String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self),
            UInt8(tenths)
          ))
      }
      offset += 1
    }
    return words
  }

  /// The built-in English weights, used when there is no class to learn from: a word's weight
  /// falls with its frequency in general English (``englishWordFrequencies``), as
  /// `max(0.5, 8 − zipf)` where zipf sums the Zipf frequencies of the words sharing its stem.
  public static let builtIn: TermWeights = {
    let english = TermWeights.english
    return TermWeights(
      idf: english.perBillion.mapValues { max(0.5, 8 - log10($0)) },
      defaultIDF: 8 - log10(english.unknown))
  }()

  /// The weight of a stem.
  public func weight(of stem: String) -> Double {
    idf[stem] ?? defaultIDF
  }
}
